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

An app may also say why an account cannot be deleted yet (`refuse=`: user -> list of reasons, each
telling what to do first), for example the only owner of an association's card;
`refusals_for(user)` gathers them, and the deletion page shows them before anything is erased.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q


@dataclass(frozen=True)
class Section:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None] | None
    refuse: Callable[[Any], list[str]] | None = None


_sections: dict[str, Section] = {}


def register(
    name: str,
    *,
    export: Callable[[Any], Any],
    erase: Callable[[Any], None] | None = None,
    refuse: Callable[[Any], list[str]] | None = None,
):
    """Register a section of a person's data; `erase` may be None when deleting the account
    deletes the rows anyway (a foreign key that cascades)."""
    section = Section(name, export, erase, refuse)
    if name in _sections and _sections[name] != section:
        raise ValueError(f"A personal-data section named {name!r} is already registered.")
    _sections[name] = section


def sections() -> list[Section]:
    return list(_sections.values())


def export_for(user) -> dict[str, Any]:
    """All the person's data, section by section, ready for json.dumps."""
    return {section.name: section.export(user) for section in _sections.values()}


def refusals_for(user) -> list[str]:
    """Why the person's account cannot be deleted yet, each reason saying what to do first."""
    return [
        reason
        for section in _sections.values()
        if section.refuse is not None
        for reason in section.refuse(user)
    ]


def erase_for(user) -> None:
    """Erase what every app keeps on the person (call inside a transaction)."""
    for section in reversed(_sections.values()):
        if section.erase is not None:
            section.erase(user)


def moment(value) -> str | None:
    """A date and time for the download, as ISO 8601 text."""
    return value.isoformat() if value is not None else None


def addresses_of(user) -> set[str]:
    """The person's login address and the other addresses of their account, in lower case."""
    return {user.email.lower()} | {
        email.lower() for email in user.emailaddress_set.values_list("email", flat=True)
    }


def any_address(user, lookup: str) -> Q:
    """Rows whose `lookup` (e.g. "email__iexact") is one of the person's addresses; no row when
    there is none."""
    query = Q(pk__in=[])
    for address in addresses_of(user):
        query |= Q(**{lookup: address})
    return query
