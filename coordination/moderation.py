"""Reads for the moderation queue: what waits for a coordinator in their regions."""

import dataclasses
import datetime

from django.db.models.functions import Coalesce

from associations.models import Association
from associations.services import association_find_similar
from core.models import Region
from volunteering.models import Opportunity

ASSOCIATION, OPPORTUNITY = "association", "opportunity"


@dataclasses.dataclass
class QueueItem:
    kind: str  # ASSOCIATION or OPPORTUNITY
    item: Association | Opportunity
    waiting_since: datetime.datetime

    @property
    def association(self) -> Association:
        return self.item if self.kind == ASSOCIATION else self.item.association


def associations_in(regions: list[Region] | None):
    """Cards active in one of `regions` (None: everywhere), the rule of a coordinator's role."""
    if regions is None:
        return Association.objects.all()
    return Association.objects.filter(
        pk__in=Association.municipalities.through.objects.filter(
            municipality__region__in=regions
        ).values("association_id")
    )


def waiting_associations(regions):
    return (
        associations_in(regions)
        .filter(status=Association.Status.PENDING)
        .annotate(waiting_since=Coalesce("submitted_at", "created_at"))
        .select_related("home_municipality")
    )


def waiting_opportunities(regions):
    return (
        Opportunity.objects.filter(
            status=Opportunity.Status.PENDING, association__in=associations_in(regions)
        )
        .annotate(waiting_since=Coalesce("submitted_at", "created_at"))
        .select_related("association", "municipality")
    )


def moderation_queue(*, regions, kind: str = "") -> list[QueueItem]:
    """What waits in `regions` (None: everywhere), oldest first: cards waiting for verification
    and opportunities waiting for review (`kind` picks one of them). Two queries."""
    items = []
    if kind in ("", ASSOCIATION):
        items += [QueueItem(ASSOCIATION, a, a.waiting_since) for a in waiting_associations(regions)]
    if kind in ("", OPPORTUNITY):
        items += [
            QueueItem(OPPORTUNITY, o, o.waiting_since) for o in waiting_opportunities(regions)
        ]
    return sorted(items, key=lambda entry: (entry.waiting_since, entry.kind, entry.item.pk))


def moderation_counts(*, regions) -> dict[str, int]:
    """How many cards and opportunities wait in `regions` (None: everywhere)."""
    return {
        ASSOCIATION: waiting_associations(regions).count(),
        OPPORTUNITY: waiting_opportunities(regions).count(),
    }


def similar_associations(association: Association) -> list[Association]:
    """Other cards that may be the same association (the same business ID or a close name)."""
    return [
        other
        for other in association_find_similar(
            name=association.name, business_id=association.business_id
        )
        if other.pk != association.pk
    ]
