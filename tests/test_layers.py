"""The code is a house of floors: every import points down, never up, not even inside a function.

The floors, from the ground up: `core` (shared by all), then the apps `accounts`, `associations`,
`volunteering`, then `coordination` (the coordinators' tools) and `matching` (suggestions for a person) side by side, then the project (`portal`) and the tools beside it (`demo`, and `bench`,
which may use everything). Modules of one package import each other freely.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {
    "core": 0,
    "accounts": 1,
    "associations": 2,
    "volunteering": 3,
    "coordination": 4,
    "matching": 4,
    "alerts": 4,
    "shortlists": 4,
    "portal": 5,
    "demo": 5,
    "bench": 6,
}


def imported_packages(path: Path) -> set[str]:
    """The project packages a module imports, wherever in the module the import stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {name.split(".")[0] for name in names} & FLOORS.keys()
    return found


def modules():
    for package in FLOORS:
        yield from sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", list(modules()), ids=lambda path: str(path.relative_to(ROOT)))
def test_imports_point_down(path):
    package = path.relative_to(ROOT).parts[0]
    upward = {
        other for other in imported_packages(path) - {package} if FLOORS[other] >= FLOORS[package]
    }
    assert not upward, f"{package} (floor {FLOORS[package]}) imports {sorted(upward)}"


def test_the_check_sees_an_upward_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("def later():\n    from volunteering.models import Opportunity\n")
    assert imported_packages(module) == {"volunteering"}
