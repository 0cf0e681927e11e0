"""Everything the portal keeps on a person, gathered from every app, and erased from every app.

Each app knows its own personal data, so each registers what it keeps in its AppConfig.ready():

    personal_data.register(
        "signups",                 # the section's name in the person's download
        export=signups_export,     # user -> JSON-ready data (lists, dicts, strings, numbers)
        erase=signups_erase,       # user -> None; runs inside the deletion's transaction
    )

`export_for(user)` is the person's download (`/me/data/`); `erase_for(user)` runs every eraser
before the account itself is deleted. Erasers run in the order the apps were registered in
reverse, from the top floor down, so that an app can still read the rows of the apps beneath it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None] | None


_sections: dict[str, Section] = {}


def register(name: str, *, export: Callable[[Any], Any], erase: Callable[[Any], None] | None = None):
    """Register a section of a person's data; `erase` may be None when deleting the account
    deletes the rows anyway (a foreign key that cascades)."""
    if name in _sections and _sections[name] != Section(name, export, erase):
        raise ValueError(f"A personal-data section named {name!r} is already registered.")
    _sections[name] = Section(name, export, erase)


def sections() -> list[Section]:
    return list(_sections.values())


def export_for(user) -> dict[str, Any]:
    """All the person's data, section by section, ready for json.dumps."""
    return {section.name: section.export(user) for section in _sections.values()}


def erase_for(user) -> None:
    """Erase what every app keeps on the person (call inside a transaction)."""
    for section in reversed(_sections.values()):
        if section.erase is not None:
            section.erase(user)
