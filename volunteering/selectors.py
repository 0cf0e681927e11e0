"""Reads of opportunities for public pages. Query counts stay constant whatever the data size."""

from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce

from .filters import OpportunityFilter
from .models import Opportunity, SignUp

PAGE_SIZE = 20


def _count_signups(status, **conditions):
    return Coalesce(
        Subquery(
            SignUp.objects.filter(opportunity=OuterRef("pk"), status__in=status, **conditions)
            .order_by()
            .values("opportunity")
            .annotate(count=Count("pk"))
            .values("count"),
            output_field=IntegerField(),
        ),
        Value(0),
    )


def with_places_taken(queryset):
    """Annotate `places_taken` and `places_waiting`, which `Opportunity.places_left` needs.

    Subqueries, so that filter joins cannot multiply the counts.
    """
    return queryset.annotate(
        places_taken=_count_signups(SignUp.HOLDS_PLACE),
        places_waiting=_count_signups([SignUp.Status.WAITLISTED]),
    )


def with_list_relations(queryset):
    return with_places_taken(
        queryset.select_related("association", "municipality__region").prefetch_related(
            "categories"
        )
    )


def _current_filtered(data, request) -> OpportunityFilter:
    return OpportunityFilter(data, queryset=Opportunity.objects.current(), request=request)


def browse_opportunities(data, *, request, page_number=None):
    """The filtered, sorted page of current opportunities and the counts beside each option."""
    filterset = _current_filtered(data, request)
    counts = filterset.facet_counts()
    page = filterset.paginate(
        with_list_relations(filterset.qs), counts, per_page=PAGE_SIZE, page_number=page_number
    )
    filterset.show_counts(counts)
    return filterset, page


def feed_opportunities(data, *, request, limit=50):
    filterset = _current_filtered(data, request)
    return filterset, list(with_list_relations(filterset.qs)[:limit])


def current_opportunities(*, association=None, region=None, municipality=None, limit=6):
    queryset = Opportunity.objects.current()
    if association is not None:
        queryset = queryset.filter(association=association)
    if municipality is not None:
        queryset = queryset.filter(municipality=municipality)
    elif region is not None:
        queryset = queryset.filter(municipality__region=region)
    ordered = queryset.order_by("start_date", "-published_at", "pk")
    return list(with_list_relations(ordered)[:limit])


def page_queryset():
    """Opportunities with everything their page shows, in a constant number of queries."""
    return with_places_taken(
        Opportunity.objects.select_related(
            "association__home_municipality", "municipality__region"
        ).prefetch_related("categories", "languages", "times")
    )


def signup_of(user, opportunity) -> SignUp | None:
    if not user.is_authenticated:
        return None
    return SignUp.objects.filter(user=user, opportunity=opportunity).first()


def signups_of(user):
    """The person's own sign-ups, newest first."""
    return user.signups.select_related("opportunity__association").order_by("-created_at")


def new_signup_counts(associations) -> dict[int, int]:
    """Association id → new sign-ups: still active (waiting for an answer, accepted or on the
    waiting list) and not yet seen by the staff (`services.signups_mark_seen`, when they open
    the opportunity's people page, or any answer)."""
    rows = (
        SignUp.objects.filter(
            opportunity__association__in=associations,
            status__in=SignUp.ACTIVE,
            seen_at__isnull=True,
        )
        .order_by()
        .values("opportunity__association")
        .annotate(count=Count("pk"))
    )
    return {row["opportunity__association"]: row["count"] for row in rows}


def opportunity_signups(opportunity):
    """The opportunity's sign-ups for its staff, with only what the people agreed to share:
    those waiting for an answer first, then the accepted, the waiting list in its order, the rest.
    """
    order = Case(
        *(When(status=status, then=Value(rank)) for rank, status in enumerate(SIGNUP_ORDER)),
        default=Value(len(SIGNUP_ORDER)),
        output_field=IntegerField(),
    )
    return (
        opportunity.signups.select_related("user", "home_municipality")
        .annotate(status_rank=order)
        .order_by("status_rank", "created_at", "pk")
    )


SIGNUP_ORDER = (
    SignUp.Status.PENDING,
    SignUp.Status.ACCEPTED,
    SignUp.Status.WAITLISTED,
    SignUp.Status.COMPLETED,
    SignUp.Status.DECLINED,
    SignUp.Status.WITHDRAWN,
)


def opportunity_messages(opportunity):
    return opportunity.messages.select_related("sender")


def workspace_opportunities(association):
    """The association's opportunities in every status, for its workspace: the newest first,
    with the numbers of sign-ups that are new to the staff (as `new_signup_counts`), wait for an
    answer, hold a place or wait for one."""
    return (
        with_places_taken(association.opportunities.all())
        .annotate(
            places_pending=_count_signups([SignUp.Status.PENDING]),
            signups_new=_count_signups(SignUp.ACTIVE, seen_at__isnull=True),
        )
        .order_by("-created_at", "pk")
    )
