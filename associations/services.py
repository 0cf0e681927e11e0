"""Writes to association cards and join requests: every business rule about them lives here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.emails import current_language, send_email
from core.publishing import set_status
from core.search import build_search_text, refresh_search_vectors

from .models import Association, JoinRequest

SEARCH_WEIGHTS = (("name", "A"), ("short_description", "B"), ("description", "C"))


def association_search_text(association: Association) -> str:
    places = [name for m in association.municipalities.all() for name in (m.name_fi, m.name_sv)]
    categories = [
        name for c in association.categories.all() for name in (c.name_fi, c.name_sv, c.name_en)
    ]
    return build_search_text(
        association.name,
        association.short_description,
        association.description,
        " ".join(categories),
        " ".join(places),
    )


def association_refresh_derived_fields(*, association: Association) -> None:
    """Recompute what is derived from the card: evening flag, home municipality, search index.

    Call after the card, its meeting times, categories or municipalities have changed.
    """
    association.municipalities.add(association.home_municipality)
    association.has_evening_activity = any(
        meeting.is_evening for meeting in association.meeting_times.all()
    )
    association.search_text = association_search_text(association)
    association.save(update_fields=["has_evening_activity", "search_text", "updated_at"])
    refresh_search_vectors(Association.objects.filter(pk=association.pk), *SEARCH_WEIGHTS)


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
def join_request_create(*, user, association: Association, message: str) -> JoinRequest:
    if not association.is_public:
        raise ValidationError(_("This association does not take requests at the moment."))
    if JoinRequest.objects.filter(
        user=user, association=association, status=JoinRequest.Status.PENDING
    ).exists():
        raise ValidationError(
            _("You have already sent a request to this association. It is waiting for an answer.")
        )
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
