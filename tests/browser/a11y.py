"""axe-core checks for the browser tests, with no Node.js needed.

axe-core comes from the axe-playwright-python package, which bundles ``axe.min.js``. It is injected with
``page.evaluate``, which the portal's Content-Security-Policy (``script-src 'self'``) does not block, so the
pages are checked with the real CSP on.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

# The WCAG 2.1 A and AA success criteria: what the Finnish Act on the Provision of Digital Services requires.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# resultTypes: only the violations get every failing element listed, which spares axe building selectors
# for the thousands of elements that pass.
AXE_RUN = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations;
}"""


@functools.cache
def axe_source() -> str:
    import axe_playwright_python

    path = Path(axe_playwright_python.__file__).resolve().parent / "axe.min.js"
    return path.read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page as it is now; returns axe's list of violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    return page.evaluate(AXE_RUN, AXE_TAGS)


def format_violations(violations: list[dict], url: str = "") -> str:
    lines = [
        f"{len(violations)} accessibility violation(s) (axe-core, {', '.join(AXE_TAGS)}) on {url}:"
    ]
    for violation in violations:
        lines.append("")
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"  - {target}")
            lines.append(f"    {node['html']}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n      ")
            if summary:
                lines.append(f"      {summary}")
    return "\n".join(lines)


def assert_no_axe_violations(page) -> None:
    """Fail the test, listing what to fix, when axe-core finds WCAG 2.1 A/AA violations on the page."""
    violations = axe_violations(page)
    if violations:
        message = format_violations(violations, page.url)
        print(message)
        pytest.fail(message, pytrace=False)
