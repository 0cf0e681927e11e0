"""Reading short lists: their items with what the list page, the print view and a shared link
show, in a constant number of queries however long the list is."""

from dataclasses import dataclass

from associations.models import Offering
from volunteering.models import Opportunity
from volunteering.permissions import opportunity_is_public
from volunteering.selectors import with_places_taken

from .services import Entry


@dataclass
class Row:
    """An item as the list shows it. `target` is None when it is no longer public (deleted
    items leave the list with their row)."""

    kind: str
    pk: int
    note: str
    target: Opportunity | Offering | None
    is_open: bool = False  # an opportunity that still takes sign-ups

    @property
    def field_name(self) -> str:
        return f"note-{self.kind}-{self.pk}"


def rows_of(entries: list[Entry]) -> list[Row]:
    """The entries with their opportunities and activities: three queries at most."""
    opportunity_ids = [entry.pk for entry in entries if entry.kind == "opportunity"]
    offering_ids = [entry.pk for entry in entries if entry.kind == "offering"]
    opportunities, current, offerings = {}, set(), {}
    if opportunity_ids:
        opportunities = with_places_taken(
            Opportunity.objects.select_related("association", "municipality")
        ).in_bulk(opportunity_ids)
        current = set(
            Opportunity.objects.current()
            .filter(pk__in=opportunity_ids)
            .values_list("pk", flat=True)
        )
    if offering_ids:
        offerings = Offering.objects.select_related("association").in_bulk(offering_ids)
    rows = []
    for entry in entries:
        if entry.kind == "opportunity":
            target = opportunities.get(entry.pk)
            if target is not None and not opportunity_is_public(target):
                target = None
        else:
            target = offerings.get(entry.pk)
            if target is not None and not target.association.is_public:
                target = None
        rows.append(
            Row(
                entry.kind,
                entry.pk,
                entry.note,
                target,
                is_open=entry.kind == "opportunity" and entry.pk in current,
            )
        )
    return rows


def addable_opportunity(pk) -> Opportunity | None:
    """An opportunity that may be added to a list: current (published, public card, not over)."""
    return Opportunity.objects.current().filter(pk=pk).first()


def addable_offering(pk) -> Offering | None:
    """An activity that may be added to a list: its card is public."""
    return Offering.objects.published().filter(pk=pk).first()


def addable(kind: str, pk) -> Opportunity | Offering | None:
    """The opportunity or activity of a button, if it may be added to a list."""
    return addable_opportunity(pk) if kind == "opportunity" else addable_offering(pk)
