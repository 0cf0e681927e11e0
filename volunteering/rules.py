"""Business rules about who an opportunity suits and when it takes place. One place for each."""

import dataclasses
import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from core.schedule import WEEKEND, runs_in_evening

# Below this age (this year) a guardian should know before the person takes part.
GUARDIAN_AGE = 15
GUARDIAN_NOTICE = gettext_lazy(
    "You are under 15. Talk with your guardian, for example a parent, before you take part, "
    "and agree on it together."
)


def age_this_year(birth_year: int, today: datetime.date | None = None) -> int:
    """Only the birth year is known: a person counts as the age they turn this year."""
    return (today or timezone.localdate()).year - birth_year


def own_age(user) -> int | None:
    profile = getattr(user, "profile", None) if user and user.is_authenticated else None
    if profile is None or profile.birth_year is None:
        return None
    return age_this_year(profile.birth_year)


def needs_guardian(birth_year: int | None) -> bool:
    """Under 15 this year: the person is told to involve a guardian, the association is told."""
    return birth_year is not None and age_this_year(birth_year) < GUARDIAN_AGE


def suits_age(age: int) -> Q:
    """Opportunities open to a person of this age."""
    return (Q(min_age__isnull=True) | Q(min_age__lte=age)) & (
        Q(max_age__isnull=True) | Q(max_age__gte=age)
    )


def schedule_flags(opportunity, weekly_times) -> tuple[bool, bool]:
    """(evening, weekend) of an opportunity, from its schedule."""
    Schedule = type(opportunity).Schedule
    if opportunity.schedule == Schedule.RECURRING:
        evening = any(runs_in_evening(time.start_time, time.end_time) for time in weekly_times)
        weekend = any(time.weekday in WEEKEND for time in weekly_times)
        return evening, weekend
    if opportunity.schedule == Schedule.ONE_OFF and opportunity.start_date:
        evening = opportunity.start_time is not None and runs_in_evening(
            opportunity.start_time, opportunity.end_time
        )
        last_day = opportunity.end_date or opportunity.start_date
        days = (last_day - opportunity.start_date).days + 1
        weekend = any(
            (opportunity.start_date + datetime.timedelta(days=offset)).weekday() in WEEKEND
            for offset in range(min(days, 7))
        )
        return evening, weekend
    return False, False


# --- Signing up ------------------------------------------------------------------------------
# The page asks these rules to explain before the form; the service asks them again after it
# has locked the opportunity's row, and enforces them.


@dataclasses.dataclass(frozen=True)
class Refusal:
    """Why a person cannot sign up: a stable `code` and a `message` in the active language."""

    code: str
    message: str


ALREADY_SIGNED_UP = "already_signed_up"
CLOSED = "closed"
AGE_TOO_YOUNG = "age_too_young"
AGE_TOO_OLD = "age_too_old"
AGE_CODES = (AGE_TOO_YOUNG, AGE_TOO_OLD)


def signup_refusal(
    opportunity, *, is_open: bool, birth_year: int | None, existing_signup=None
) -> Refusal | None:
    """Why this person cannot sign up for `opportunity`, or None when they can.

    `is_open`: whether the opportunity takes sign-ups (`Opportunity.objects.current()`).
    `birth_year`: None when not known yet; the age is then checked when it is given.
    `existing_signup`: the person's earlier sign-up for it, if any (a withdrawn one does not
    count). Places are no reason to refuse: when none is left, the person waits in line.
    """
    if (
        existing_signup is not None
        and existing_signup.status != type(existing_signup).Status.WITHDRAWN
    ):
        return Refusal(ALREADY_SIGNED_UP, gettext("You have already signed up for this."))
    if not is_open:
        return Refusal(CLOSED, gettext("This opportunity no longer takes sign-ups."))
    if birth_year is None:
        return None
    age = age_this_year(birth_year)
    if opportunity.min_age is not None and age < opportunity.min_age:
        return Refusal(
            AGE_TOO_YOUNG,
            gettext(
                "This task is for people who are at least %(min)s years old this year. "
                "You can look for other tasks that suit your age."
            )
            % {"min": opportunity.min_age},
        )
    if opportunity.max_age is not None and age > opportunity.max_age:
        return Refusal(
            AGE_TOO_OLD,
            gettext(
                "This task is for people who are at most %(max)s years old this year. "
                "You can look for other tasks that suit your age."
            )
            % {"max": opportunity.max_age},
        )
    return None


def places_left(places: int | None, taken: int, waiting: int) -> int | None:
    """Places free for a newcomer; None when there is no limit.

    While anyone is on the waiting list no place is free for a newcomer: a freed place belongs
    to the first person in line.
    """
    if places is None:
        return None
    if waiting:
        return 0
    return max(places - taken, 0)


def places_to_promote(places: int | None, taken: int, waiting: int) -> int:
    """How many from the head of the waiting list get a place now."""
    if places is None:
        return waiting
    return min(max(places - taken, 0), waiting)
