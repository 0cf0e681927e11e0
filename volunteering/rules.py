"""Business rules about who an opportunity suits and when it takes place. One place for each."""

import datetime

from django.db.models import Q
from django.utils import timezone

from core.schedule import WEEKEND, runs_in_evening


def age_this_year(birth_year: int, today: datetime.date | None = None) -> int:
    """Only the birth year is known: a person counts as the age they turn this year."""
    return (today or timezone.localdate()).year - birth_year


def own_age(user) -> int | None:
    profile = getattr(user, "profile", None) if user and user.is_authenticated else None
    if profile is None or profile.birth_year is None:
        return None
    return age_this_year(profile.birth_year)


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
