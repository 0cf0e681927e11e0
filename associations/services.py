"""Writes to association cards and join requests: every business rule about them lives here."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.services import user_set_preferred_name
from core.emails import current_language, send_email
from core.models import Municipality
from core.publishing import set_status
from core.search import build_search_text, refresh_search_vectors

from .models import Association, Category, JoinRequest, MeetingTime

SEARCH_WEIGHTS = (("name", "A"), ("short_description", "B"), ("description", "C"))


def association_search_text(association: Association) -> str:
    return association_build_search_text(
        name=association.name,
        short_description=association.short_description,
        description=association.description,
        categories=association.categories.all(),
        municipalities=association.municipalities.all(),
    )


def association_build_search_text(
    *,
    name: str,
    short_description: str,
    description: str,
    categories: Iterable[Category],
    municipalities: Iterable[Municipality],
) -> str:
    """A card's search document: its texts, then every name of its categories and municipalities
    (sorted, so the text does not depend on the order they were read in). Shared with the bench
    data generator, which builds cards before they are saved."""
    places = sorted(text for m in municipalities for text in (m.name_fi, m.name_sv))
    terms = sorted(text for c in categories for text in (c.name_fi, c.name_sv, c.name_en))
    return build_search_text(
        name, short_description, description, " ".join(terms), " ".join(places)
    )


def association_has_evening_activity(meeting_times: Iterable[MeetingTime]) -> bool:
    """A card has evening activity when any of its meeting times runs in the evening."""
    return any(meeting.is_evening for meeting in meeting_times)


def association_refresh_search_vectors(queryset: QuerySet[Association]) -> None:
    """Recompute the stored search vectors of these cards in one UPDATE (PostgreSQL only)."""
    refresh_search_vectors(queryset, *SEARCH_WEIGHTS)


def association_refresh_derived_fields(*, association: Association) -> None:
    """Recompute what is derived from the card: evening flag, home municipality, search index.

    Call after the card, its meeting times, categories or municipalities have changed.
    """
    association.municipalities.add(association.home_municipality)
    association.has_evening_activity = association_has_evening_activity(
        association.meeting_times.all()
    )
    association.search_text = association_search_text(association)
    association.save(update_fields=["has_evening_activity", "search_text", "updated_at"])
    association_refresh_search_vectors(Association.objects.filter(pk=association.pk))


@transaction.atomic
def association_create(
    *,
    fields: dict,
    categories: Iterable[Category] = (),
    target_groups: Iterable = (),
    languages: Iterable = (),
    municipalities: Iterable[Municipality] = (),
    meeting_times: Iterable[dict] = (),
    status: str = Association.Status.DRAFT,
) -> Association:
    """Create a card with its terms, the municipalities where it is active (its home always
    among them) and its meeting times (dicts of MeetingTime fields); it starts as a draft and
    then takes `status` through the status rule."""
    association = Association(**fields)
    association.full_clean()
    association.save()
    association.categories.set(categories)
    association.target_groups.set(target_groups)
    association.languages.set(languages)
    association.municipalities.set([association.home_municipality, *municipalities])
    for values in meeting_times:
        meeting = MeetingTime(association=association, **values)
        meeting.full_clean()
        meeting.save()
    association_refresh_derived_fields(association=association)
    if status != association.status:
        association_set_status(association=association, status=status)
    return association


@transaction.atomic
def association_set_status(*, association: Association, status: str) -> Association:
    set_status(association, status, published=Association.Status.PUBLISHED)
    return association


@transaction.atomic
def association_set_verified(*, association: Association, verified: bool) -> Association:
    association.is_verified = verified
    association.verified_at = timezone.now() if verified else None
    association.save(update_fields=["is_verified", "verified_at", "updated_at"])
    return association


def association_contact_recipients(association: Association) -> list[tuple[str, str]]:
    """(email, language) of everyone who should hear of a request to the association."""
    recipients = {association.contact_email: association.contact_language}
    for membership in association.memberships.select_related("user"):
        recipients.setdefault(
            membership.user.email, membership.user.language or association.contact_language
        )
    return list(recipients.items())


@transaction.atomic
def join_request_create(
    *, user, association: Association, message: str, preferred_name: str = ""
) -> JoinRequest:
    """Send the association a request; `preferred_name`, when given, is saved on the account."""
    if not association.is_public:
        raise ValidationError(_("This association does not take requests at the moment."))
    if JoinRequest.objects.filter(
        user=user, association=association, status=JoinRequest.Status.PENDING
    ).exists():
        raise ValidationError(
            _("You have already sent a request to this association. It is waiting for an answer.")
        )
    if preferred_name:
        user_set_preferred_name(user=user, preferred_name=preferred_name)
    join_request = JoinRequest(
        user=user,
        association=association,
        message=message.strip(),
        language=current_language(),
    )
    join_request.full_clean()
    join_request.save()
    _notify_join_request(join_request)
    return join_request


def _notify_join_request(join_request: JoinRequest) -> None:
    association = join_request.association
    for email, language in association_contact_recipients(association):
        send_email(
            to=email,
            language=language,
            template="associations/email/join_request_received",
            context={
                "join_request": join_request,
                "association": association,
                "person": join_request.user,
            },
        )
    send_email(
        to=join_request.user.email,
        language=join_request.language,
        template="associations/email/join_request_sent",
        context={"join_request": join_request, "association": association},
    )
