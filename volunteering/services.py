"""Writes to opportunities and sign-ups: every business rule about them lives here."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.services import profile_update
from associations.services import association_contact_recipients
from core.emails import current_language, send_email
from core.publishing import set_status
from core.search import build_search_text, refresh_search_vectors

from .models import Opportunity, SignUp
from .rules import age_this_year, schedule_flags

SEARCH_WEIGHTS = (("title", "A"), ("short_description", "B"), ("description", "C"))


def opportunity_unique_slug(title: str, *, exclude_pk=None) -> str:
    base = slugify(title.replace("å", "a").replace("Å", "A"))[:200] or "tehtava"
    slug, number = base, 1
    taken = Opportunity.objects.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


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
def opportunity_set_status(*, opportunity: Opportunity, status: str) -> Opportunity:
    set_status(opportunity, status, published=Opportunity.Status.PUBLISHED)
    return opportunity


def opportunity_is_open(opportunity: Opportunity) -> bool:
    """Takes sign-ups: published, its association public, and neither past its deadline nor over."""
    return Opportunity.objects.current().filter(pk=opportunity.pk).exists()


def places_taken(opportunity: Opportunity) -> int:
    return opportunity.signups.filter(status__in=SignUp.HOLDS_PLACE).count()


def signup_age_problem(*, opportunity: Opportunity, birth_year: int) -> str | None:
    """Why a person born in `birth_year` cannot sign up, in words they understand; or None."""
    age = age_this_year(birth_year)
    if opportunity.min_age is not None and age < opportunity.min_age:
        return _(
            "This task is for people who are at least %(min)s years old this year. "
            "You can look for other tasks that suit your age."
        ) % {"min": opportunity.min_age}
    if opportunity.max_age is not None and age > opportunity.max_age:
        return _(
            "This task is for people who are at most %(max)s years old this year. "
            "You can look for other tasks that suit your age."
        ) % {"max": opportunity.max_age}
    return None


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
) -> SignUp:
    """Sign a person up: a place when one is left, otherwise the waiting list. Never overbooks."""
    if not consent:
        raise ValidationError(
            _("Please agree to share these details with the association."), code="consent"
        )
    if not opportunity_is_open(opportunity):
        raise ValidationError(_("This opportunity no longer takes sign-ups."), code="closed")
    problem = signup_age_problem(opportunity=opportunity, birth_year=birth_year)
    if problem:
        raise ValidationError(problem, code="age")
    profile_update(
        user=user,
        birth_year=birth_year,
        home_municipality=home_municipality,
        phone=phone,
        interests=interests,
    )
    language = current_language()
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])

    # Lock the opportunity row, so that sign-ups for it are counted one at a time.
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    has_place = opportunity.places is None or places_taken(opportunity) < opportunity.places
    signup = SignUp.objects.filter(opportunity=opportunity, user=user).first()
    if signup is not None and signup.status != SignUp.Status.WITHDRAWN:
        raise ValidationError(_("You have already signed up for this."), code="duplicate")
    signup = signup or SignUp(opportunity=opportunity, user=user)
    signup.status = SignUp.Status.ACCEPTED if has_place else SignUp.Status.WAITLISTED
    signup.birth_year = birth_year
    signup.home_municipality = home_municipality
    signup.phone = phone
    signup.message = message.strip()
    signup.interests = interests.strip()
    signup.consent_at = timezone.now()
    signup.language = language
    signup.full_clean(validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        raise ValidationError(_("You have already signed up for this."), code="duplicate") from None
    _notify_signup(signup)
    return signup


@transaction.atomic
def signup_withdraw(*, signup: SignUp) -> SignUp:
    if not signup.can_withdraw:
        raise ValidationError(_("This sign-up can no longer be withdrawn."), code="not_active")
    signup.status = SignUp.Status.WITHDRAWN
    signup.save(update_fields=["status", "updated_at"])
    for email, language in opportunity_contact_recipients(signup.opportunity):
        send_email(
            to=email,
            language=language,
            template="volunteering/email/signup_withdrawn",
            context={"signup": signup, "opportunity": signup.opportunity},
        )
    return signup


def opportunity_contact_recipients(opportunity: Opportunity) -> list[tuple[str, str]]:
    """The opportunity's own contact first, then the association's contacts and staff."""
    recipients = {}
    if opportunity.contact_email:
        recipients[opportunity.contact_email] = opportunity.contact_language
    for email, language in association_contact_recipients(opportunity.association):
        recipients.setdefault(email, language)
    return list(recipients.items())


def _notify_signup(signup: SignUp) -> None:
    context = {"signup": signup, "opportunity": signup.opportunity, "person": signup.user}
    send_email(
        to=signup.user.email,
        language=signup.language,
        template="volunteering/email/signup_confirmation",
        context=context,
    )
    for email, language in opportunity_contact_recipients(signup.opportunity):
        send_email(
            to=email,
            language=language,
            template="volunteering/email/signup_received",
            context=context,
        )
