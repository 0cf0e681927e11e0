"""Writes to opportunities and sign-ups: every business rule about them lives here."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.services import profile_update
from associations.services import association_contact_recipients
from core.emails import current_language, send_email
from core.publishing import set_status
from core.search import build_search_text, refresh_search_vectors

from .models import Opportunity, OpportunityTime, SignUp
from .rules import (
    ALREADY_SIGNED_UP,
    needs_guardian,
    places_left,
    places_to_promote,
    schedule_flags,
    signup_refusal,
)

SEARCH_WEIGHTS = (("title", "A"), ("short_description", "B"), ("description", "C"))


def opportunity_search_text(opportunity: Opportunity) -> str:
    categories = [
        name for c in opportunity.categories.all() for name in (c.name_fi, c.name_sv, c.name_en)
    ]
    place = opportunity.municipality
    return build_search_text(
        opportunity.title,
        opportunity.short_description,
        opportunity.description,
        opportunity.plain_language_summary,
        opportunity.association.name,
        opportunity.get_type_display(),
        " ".join(categories),
        f"{place.name_fi} {place.name_sv}" if place else "",
    )


def opportunity_refresh_derived_fields(*, opportunity: Opportunity) -> None:
    """Recompute the evening and weekend flags and the search index after a change."""
    opportunity.is_evening, opportunity.is_weekend = schedule_flags(
        opportunity, list(opportunity.times.all())
    )
    opportunity.search_text = opportunity_search_text(opportunity)
    opportunity.save(update_fields=["is_evening", "is_weekend", "search_text", "updated_at"])
    refresh_search_vectors(Opportunity.objects.filter(pk=opportunity.pk), *SEARCH_WEIGHTS)


@transaction.atomic
def opportunity_create(
    *,
    association,
    fields: dict,
    categories=(),
    languages=(),
    weekly_times: Iterable[dict] = (),
    status: str = Opportunity.Status.DRAFT,
) -> Opportunity:
    """Create an opportunity of `association` with its topics, languages and weekly times
    (dicts of OpportunityTime fields); it starts as a draft and then takes `status` through the
    status rule."""
    opportunity = Opportunity(association=association, **fields)
    opportunity.full_clean()
    opportunity.save()
    opportunity.categories.set(categories)
    opportunity.languages.set(languages)
    for values in weekly_times:
        time = OpportunityTime(opportunity=opportunity, **values)
        time.full_clean()
        time.save()
    opportunity_refresh_derived_fields(opportunity=opportunity)
    if status != opportunity.status:
        opportunity_set_status(opportunity=opportunity, status=status)
    return opportunity


@transaction.atomic
def opportunity_set_status(*, opportunity: Opportunity, status: str) -> Opportunity:
    set_status(opportunity, status, published=Opportunity.Status.PUBLISHED)
    return opportunity


def opportunity_is_open(opportunity: Opportunity) -> bool:
    """Takes sign-ups: published, its association public, and neither past its deadline nor over."""
    return Opportunity.objects.current().filter(pk=opportunity.pk).exists()


def places_taken(opportunity: Opportunity) -> int:
    return opportunity.signups.filter(status__in=SignUp.HOLDS_PLACE).count()


def _waiting_list(opportunity: Opportunity):
    """The waiting list in order: who signed up first is first."""
    return opportunity.signups.filter(status=SignUp.Status.WAITLISTED).order_by("created_at", "pk")


def _lock(opportunity: Opportunity) -> Opportunity:
    """Lock the opportunity's row until the transaction ends, so that its places and its waiting
    list are counted and changed one at a time; returns the row as it is now."""
    return Opportunity.objects.select_for_update().get(pk=opportunity.pk)


@transaction.atomic
def signup_create(
    *,
    user,
    opportunity: Opportunity,
    birth_year: int,
    home_municipality,
    phone: str = "",
    message: str = "",
    interests: str = "",
    consent: bool,
    preferred_name: str = "",
) -> SignUp:
    """Sign a person up: a place when one is free, otherwise the waiting list. Never overbooks,
    and never gives a newcomer a place that belongs to someone waiting."""
    if not consent:
        raise ValidationError(
            _("Please agree to share these details with the association."), code="consent"
        )
    opportunity = _lock(opportunity)
    signup = SignUp.objects.filter(opportunity=opportunity, user=user).first()
    refusal = signup_refusal(
        opportunity,
        is_open=opportunity_is_open(opportunity),
        birth_year=birth_year,
        existing_signup=signup,
    )
    if refusal is not None:
        raise ValidationError(refusal.message, code=refusal.code)
    profile_update(
        user=user,
        preferred_name=preferred_name or None,
        birth_year=birth_year,
        home_municipality=home_municipality,
        phone=phone,
        interests=interests,
    )
    language = current_language()
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])

    # Anyone waiting gets a free place before the newcomer.
    _promoted, taken, waiting = _promote_from_waiting_list(opportunity)
    has_place = places_left(opportunity.places, taken, waiting) != 0
    signup = signup or SignUp(opportunity=opportunity, user=user)
    signup.status = SignUp.Status.ACCEPTED if has_place else SignUp.Status.WAITLISTED
    signup.birth_year = birth_year
    signup.home_municipality = home_municipality
    signup.phone = phone
    signup.message = message.strip()
    signup.interests = interests.strip()
    signup.consent_at = timezone.now()
    # Signing up again after withdrawing: the place in line is from now.
    signup.created_at = signup.consent_at
    signup.language = language
    signup.full_clean(validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        raise ValidationError(
            _("You have already signed up for this."), code=ALREADY_SIGNED_UP
        ) from None
    _notify_signup(signup)
    return signup


@transaction.atomic
def signup_withdraw(*, signup: SignUp) -> SignUp:
    """Withdraw the person; a place that frees up goes to the first person on the waiting list."""
    opportunity = _lock(signup.opportunity)
    signup.refresh_from_db(fields=["status"])
    if not signup.can_withdraw:
        raise ValidationError(_("This sign-up can no longer be withdrawn."), code="not_active")
    signup.status = SignUp.Status.WITHDRAWN
    signup.save(update_fields=["status", "updated_at"])
    signup.opportunity = opportunity
    for email, language in opportunity_contact_recipients(opportunity):
        send_email(
            to=email,
            language=language,
            template="volunteering/email/signup_withdrawn",
            context={"signup": signup, "opportunity": opportunity},
        )
    _promote_from_waiting_list(opportunity)
    return signup


@transaction.atomic
def signups_fill_free_places(*, opportunity: Opportunity) -> list[SignUp]:
    """Give free places to the people waiting, first in line first, and tell them.

    Call after anything that may free or add places (more places, a sign-up declined).
    Returns the sign-ups that got a place.
    """
    promoted, _taken, _waiting = _promote_from_waiting_list(_lock(opportunity))
    return promoted


def _promote_from_waiting_list(opportunity: Opportunity) -> tuple[list[SignUp], int, int]:
    """With the opportunity's row locked: the first people in line get the free places, and are
    told. Nobody moves up once the opportunity is over or no longer published.

    Returns who got a place, then the places taken and the people waiting after that.
    """
    taken = places_taken(opportunity)
    waiting = _waiting_list(opportunity)
    waiting_count = waiting.count()
    if not waiting_count:
        return [], taken, 0
    running = (
        Opportunity.objects.published()
        .not_over(timezone.localdate())
        .filter(pk=opportunity.pk)
        .exists()
    )
    count = places_to_promote(opportunity.places, taken, waiting_count) if running else 0
    promoted = list(waiting.select_related("user")[:count])
    for signup in promoted:
        signup.status = SignUp.Status.ACCEPTED
        signup.opportunity = opportunity
        signup.save(update_fields=["status", "updated_at"])
        _notify_promoted(signup)
    return promoted, taken + len(promoted), waiting_count - len(promoted)


def opportunity_contact_recipients(opportunity: Opportunity) -> list[tuple[str, str]]:
    """The opportunity's own contact first, then the association's contacts and staff."""
    recipients = {}
    if opportunity.contact_email:
        recipients[opportunity.contact_email] = opportunity.contact_language
    for email, language in association_contact_recipients(opportunity.association):
        recipients.setdefault(email, language)
    return list(recipients.items())


def _person_context(signup: SignUp) -> dict:
    return {
        "signup": signup,
        "opportunity": signup.opportunity,
        "person": signup.user,
        "needs_guardian": needs_guardian(signup.birth_year),
    }


def _notify_signup(signup: SignUp) -> None:
    _notify_person_and_association(
        signup,
        language=signup.language,
        template="volunteering/email/signup_confirmation",
        association_template="volunteering/email/signup_received",
    )


def _notify_promoted(signup: SignUp) -> None:
    """The person first in line got a place: tell them in their own language, and the
    association."""
    _notify_person_and_association(
        signup,
        language=signup.user.language or signup.language,
        template="volunteering/email/signup_promoted",
        association_template="volunteering/email/signup_promoted_received",
    )


def _notify_person_and_association(signup, *, language, template, association_template) -> None:
    context = _person_context(signup)
    send_email(to=signup.user.email, language=language, template=template, context=context)
    for email, contact_language in opportunity_contact_recipients(signup.opportunity):
        send_email(
            to=email, language=contact_language, template=association_template, context=context
        )
