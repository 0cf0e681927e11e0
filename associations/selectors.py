"""Reads of association cards for public pages. Query counts stay constant whatever the data size."""

from django.db.models import Count, F, Prefetch, Q

from core.facets import count_by
from core.models import Municipality

from .filters import AssociationFilter
from .models import Association, Invitation, JoinRequest

PAGE_SIZE = 20

# What a card in a list shows; fetched with one query per relation for the whole page.
LIST_PREFETCH = ["categories", "languages"]


# What a card in a list shows: only these columns are read, so that sorting and paging do not
# carry the long texts and the search index along.
LIST_FIELDS = [
    "name",
    "slug",
    "short_description",
    "has_evening_activity",
    "step_free_access",
    "is_verified",
    "published_at",
    "home_municipality__name_fi",
    "home_municipality__name_sv",
    "home_municipality__slug",
    "home_municipality__region__slug",
]


def with_list_relations(queryset):
    return (
        queryset.select_related("home_municipality__region")
        .only(*LIST_FIELDS)
        .prefetch_related(*LIST_PREFETCH)
    )


def published_associations():
    return Association.objects.published()


def browse_associations(data, *, page_number=None):
    """The filtered, sorted page of published cards, with each filter option's count shown."""
    filterset = AssociationFilter(data, queryset=published_associations())
    counts = filterset.facet_counts()
    page = filterset.paginate(
        with_list_relations(filterset.qs), counts, per_page=PAGE_SIZE, page_number=page_number
    )
    filterset.show_counts(counts)
    return filterset, page


def association_counts_by_region(*, regions=None) -> dict[str, int]:
    """Published cards active in each region (or in each of the given regions)."""
    queryset = published_associations()
    if regions is not None:
        queryset = queryset.filter(municipalities__region__in=regions)
    return count_by(queryset, "municipalities__region__slug")


def association_counts_by_municipality(*, region=None, municipalities=None) -> dict[str, int]:
    """Published cards active in each municipality of a region, or in the given municipalities."""
    queryset = published_associations()
    if region is not None:
        queryset = queryset.filter(municipalities__region=region)
    if municipalities is not None:
        queryset = queryset.filter(municipalities__in=municipalities)
    return count_by(queryset, "municipalities__slug")


def _published_in(*, region=None, municipality=None):
    queryset = published_associations()
    if municipality is not None:
        return queryset.in_municipality(municipality)
    if region is not None:
        return queryset.in_region(region)
    return queryset


def association_count(*, region=None, municipality=None) -> int:
    return _published_in(region=region, municipality=municipality).count()


def newest_associations(*, limit=6, region=None, municipality=None):
    queryset = _published_in(region=region, municipality=municipality)
    return list(with_list_relations(queryset.order_by("-published_at", "pk"))[:limit])


def card_queryset():
    """Associations with everything their card page shows, in a constant number of queries."""
    return Association.objects.select_related("home_municipality__region").prefetch_related(
        "categories",
        "target_groups",
        "languages",
        Prefetch("municipalities", queryset=Municipality.objects.select_related("region")),
        "meeting_times",  # in weekday and time order (WeeklyTime.Meta.ordering)
        "offerings",  # in the order the association gave (Offering.Meta.ordering)
    )


def join_requests_of(user):
    """The person's own join requests, newest first."""
    return user.join_requests.select_related("association").order_by("-created_at")


def associations_managed_by(user):
    """The associations where the person is staff, with their role and the join requests that
    wait for an answer (`role`, `pending_join_requests`); by name."""
    return (
        Association.objects.filter(memberships__user=user)
        .annotate(
            role=F("memberships__role"),
            pending_join_requests=Count(
                "join_requests",
                filter=Q(join_requests__status=JoinRequest.Status.PENDING),
                distinct=True,
            ),
        )
        .order_by("name", "pk")
    )


def invitations_waiting_for(user) -> list[Invitation]:
    """Pending invitations sent to the person's login address (for the workspace start page)."""
    return list(
        Invitation.objects.pending()
        .filter(email__iexact=user.email)
        .select_related("association", "invited_by")
        .order_by("-created_at")
    )
