"""Phone-width checks for the browser tests: every page they open must fit a 320 px and a 360 px screen.

WCAG 2.1 SC 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways; 360 px is a common small
phone. `track_page_loads` lists the documents a page loads and `assert_fits_phones` the ones it checked,
so that the `page` fixture can fail a test that opened a page without checking it (see conftest.py).
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest

REFLOW_VIEWPORT = {"width": 320, "height": 640}
SMALL_PHONE_VIEWPORT = {"width": 360, "height": 740}
PHONE_VIEWPORTS = [REFLOW_VIEWPORT, SMALL_PHONE_VIEWPORT]

# The page's width, and the visible elements that reach past the right edge of the screen: these are
# cut off even when a box around them hides its overflow, so the page itself does not scroll sideways.
MEASURE = """() => {
  const width = document.documentElement.clientWidth;
  const outside = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width > 1 && box.height > 1 && box.right > width + 1) {
      const name = element.tagName.toLowerCase() + (element.className ? "." + element.className : "");
      outside.push(`${name} (${Math.round(box.left)}-${Math.round(box.right)} px): `
        + (element.textContent || "").trim().slice(0, 60));
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, outside: outside};
}"""


def track_page_loads(page) -> None:
    """List each document `page` loads, and each one `assert_fits_phones` checks."""
    page.loaded_urls, page.checked_urls = [], []
    page.on("load", lambda loaded: page.loaded_urls.append(short_url(loaded.url)))


def unchecked_urls(page) -> list[str]:
    """The pages loaded since `track_page_loads` and not checked at phone widths."""
    page.evaluate("0")  # Lets Playwright hand over the load events still on their way.
    return list((Counter(page.loaded_urls) - Counter(page.checked_urls)).elements())


def short_url(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def assert_fits_phones(page) -> None:
    """The page as it is now fits a 320 px and a 360 px wide screen; the viewport is left as it was."""
    previous = page.viewport_size
    problems = []
    try:
        for viewport in PHONE_VIEWPORTS:
            page.set_viewport_size(viewport)
            measured = page.evaluate(MEASURE)
            if measured["scrollWidth"] > viewport["width"] or measured["outside"]:
                problems.append(
                    f"on a {viewport['width']} px wide screen the page is {measured['scrollWidth']} px "
                    "wide; past the right edge:\n    " + "\n    ".join(measured["outside"][:8])
                )
    finally:
        page.set_viewport_size(previous)
    # A document counts once, however often it is checked.
    if hasattr(page, "checked_urls") and not page.evaluate("window.checkedAtPhoneWidths === true"):
        page.evaluate("window.checkedAtPhoneWidths = true")
        page.checked_urls.append(short_url(page.url))
    if problems:
        pytest.fail(
            f"{short_url(page.url)} scrolls sideways: " + "\n  ".join(problems), pytrace=False
        )
