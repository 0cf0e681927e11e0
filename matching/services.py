"""Writes to what a person is looking for: every rule about it lives here."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.services import profile_update
from volunteering.models import Opportunity, Skill

from .models import Preferences

# `preferences_update(home_municipality=UNCHANGED)` leaves the profile's municipality as it is.
UNCHANGED = object()


def _choices(values: Iterable[str], choices, field: str, errors: dict) -> list[str]:
    """The values in the order of the choices, each once; an unknown value is an error of
    `field`."""
    values = set(values)
    unknown = sorted(values - set(choices.values))
    if unknown:
        errors[field] = ValidationError(
            _("Choose from the list: %(values)s is not one of the options."),
            code="invalid_choice",
            params={"values": ", ".join(unknown)},
        )
    return [value for value in choices.values if value in values]


@transaction.atomic
def preferences_update(
    *,
    user,
    home_municipality=UNCHANGED,
    travel_range: str = "",
    topics=(),
    kinds: Iterable[str] = (),
    free_times: Iterable[str] = (),
    languages=(),
    skills: Iterable[str] = (),
    own_skills: str = "",
) -> Preferences:
    """Save what the person is looking for, creating it the first time. The home municipality
    the travel range starts from is saved on their profile (None clears it)."""
    errors = {}
    kinds = _choices(kinds, Opportunity.Type, "kinds", errors)
    free_times = _choices(free_times, Preferences.FreeTime, "free_times", errors)
    skills = _choices(skills, Skill, "skills", errors)
    if errors:
        raise ValidationError(errors)
    if home_municipality is not UNCHANGED:
        profile_update(user=user, home_municipality=home_municipality)
    preferences = Preferences.objects.filter(user=user).first() or Preferences(user=user)
    preferences.travel_range = travel_range
    preferences.kinds = kinds
    preferences.free_times = free_times
    preferences.skills = skills
    preferences.own_skills = " ".join(own_skills.split())
    preferences.full_clean()
    preferences.save()
    preferences.topics.set(topics)
    preferences.languages.set(languages)
    return preferences
