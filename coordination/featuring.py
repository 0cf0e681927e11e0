"""Featured cards and opportunities: coordinators pick them for their regions' pages, and the
newest of them show on the home page.

A feature names one region and one card or opportunity located there. It stays in the table
when its card or opportunity stops being public; the public pages simply leave it out
(`Feature.objects.public()`), and show it again when it is public again.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch, Q
from django.utils.translation import gettext as _

from associations import selectors as association_selectors
from associations.audit import record_decision
from associations.models import Association
from core.audit import AuditAction
from core.caching import public_pages_changed
from core.models import Region
from volunteering import selectors as opportunity_selectors
from volunteering.models import Opportunity

from .models import Feature

# How many featured items a region page and the home page show.
SHOWN = 6
SEARCH_RESULTS = 20


# --- Reads -------------------------------------------------------------------------------------


def associations_in(region: Region):
    """Cards located in `region`: active in one of its municipalities (the home municipality
    is always among those)."""
    return Association.objects.in_region(region)


def opportunities_in(region: Region):
    """Opportunities located in `region`; a remote one by its association's home."""
    return Opportunity.objects.filter(
        Q(municipality__region=region)
        | Q(municipality__isnull=True, association__home_municipality__region=region)
    )


def features_of(regions) -> list[Feature]:
    """The coordinator's list: the features of `regions` in position order, with their items
    and whether each is public now (`is_shown`)."""
    features = list(
        Feature.objects.filter(region__in=regions)
        .select_related("region", "association", "opportunity__association", "created_by")
        .order_by("region__slug", "position", "pk")
    )
    shown = set(Feature.objects.public().filter(region__in=regions).values_list("pk", flat=True))
    for feature in features:
        feature.is_shown = feature.pk in shown
    return features


def feature_candidates(*, region: Region, query: str) -> dict:
    """Public cards and current opportunities of `region` whose name contains `query`, with the
    ones already featured there left out."""
    query = query.strip()
    featured = Feature.objects.filter(region=region)
    associations = (
        associations_in(region)
        .published()
        .filter(name__icontains=query)
        .exclude(pk__in=featured.filter(association__isnull=False).values("association_id"))
        .select_related("home_municipality")
        .order_by("name")
    )
    opportunities = (
        opportunities_in(region)
        .current()
        .filter(title__icontains=query)
        .exclude(pk__in=featured.filter(opportunity__isnull=False).values("opportunity_id"))
        .select_related("association", "municipality")
        .order_by("title")
    )
    return {
        "associations": list(associations[:SEARCH_RESULTS]),
        "opportunities": list(opportunities[:SEARCH_RESULTS]),
    }


def _with_list_items(features):
    """The features with their cards and opportunities as the public lists show them: a
    constant number of queries, however many there are."""
    return features.prefetch_related(
        Prefetch(
            "association",
            queryset=association_selectors.with_list_relations(Association.objects.all()),
        ),
        Prefetch(
            "opportunity",
            queryset=opportunity_selectors.with_list_relations(Opportunity.objects.all()),
        ),
    )


def featured_in_region(region: Region) -> list[Feature]:
    """What the region page shows first: up to six public features, in position order."""
    features = Feature.objects.public().filter(region=region).order_by("position", "pk")
    return list(_with_list_items(features)[:SHOWN])


def featured_on_home() -> list[Feature]:
    """What the home page shows: the newest public features of all regions, each card or
    opportunity once (one featured in two regions is not shown twice)."""
    features = Feature.objects.public().order_by("-created_at", "-pk")
    # Twice as many rows as shown leaves room for items featured in several regions.
    shown, seen = [], set()
    for feature in _with_list_items(features)[: SHOWN * 2]:
        key = (feature.association_id, feature.opportunity_id)
        if key not in seen:
            seen.add(key)
            shown.append(feature)
    return shown[:SHOWN]


# --- Decisions ---------------------------------------------------------------------------------


def _record(feature: Feature, *, user, action: str) -> None:
    item = feature.item
    association = feature.association or feature.opportunity.association
    record_decision(
        actor=user,
        action=action,
        association=association,
        target=item,
        details={"region": feature.region.slug},
    )


@transaction.atomic
def feature_create(
    *,
    user,
    region: Region,
    association: Association | None = None,
    opportunity: Opportunity | None = None,
) -> Feature:
    """Feature a public card or a current opportunity located in `region`, last in its list.
    The caller has checked that `user` coordinates `region`."""
    if association is not None:
        located = associations_in(region).filter(pk=association.pk).exists()
        public = association.is_public
        already = Feature.objects.filter(region=region, association=association)
    else:
        located = opportunities_in(region).filter(pk=opportunity.pk).exists()
        public = Opportunity.objects.current().filter(pk=opportunity.pk).exists()
        already = Feature.objects.filter(region=region, opportunity=opportunity)
    if not located:
        raise ValidationError(_("It is not located in this region."), code="not_in_region")
    if not public:
        raise ValidationError(
            _("Only published cards and open opportunities can be featured."), code="not_public"
        )
    if already.exists():
        raise ValidationError(_("It is already featured in this region."), code="already")
    last = Feature.objects.filter(region=region).aggregate(last=Max("position"))["last"]
    feature = Feature(
        region=region,
        association=association,
        opportunity=opportunity,
        position=0 if last is None else last + 1,
        created_by=user,
    )
    feature.full_clean()
    feature.save()
    _record(feature, user=user, action=AuditAction.FEATURED)
    transaction.on_commit(public_pages_changed)
    return feature


@transaction.atomic
def feature_delete(*, user, feature: Feature) -> None:
    _record(feature, user=user, action=AuditAction.UNFEATURED)
    feature.delete()
    transaction.on_commit(public_pages_changed)


@transaction.atomic
def feature_move(*, feature: Feature, up: bool) -> None:
    """Swap the feature with the one before it (`up`) or after it in its region's list; the
    positions are numbered 0, 1, 2… again."""
    features = list(
        Feature.objects.select_for_update()
        .filter(region_id=feature.region_id)
        .order_by("position", "pk")
    )
    index = next(i for i, other in enumerate(features) if other.pk == feature.pk)
    other = index - 1 if up else index + 1
    if 0 <= other < len(features):
        features[index], features[other] = features[other], features[index]
    for position, each in enumerate(features):
        if each.position != position:
            each.position = position
            each.save(update_fields=["position"])
    transaction.on_commit(public_pages_changed)
