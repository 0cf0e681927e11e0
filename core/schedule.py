"""Time-of-day rules shared by association meeting times and opportunities."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

# Young people and people at work or school can take part after this time.
EVENING_STARTS = datetime.time(16, 0)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


WEEKEND = {Weekday.SATURDAY, Weekday.SUNDAY}


def runs_in_evening(start: datetime.time, end: datetime.time | None) -> bool:
    """An activity is an evening activity when any of it runs after 16:00."""
    if end is not None and end < start:  # runs past midnight
        return True
    return start >= EVENING_STARTS or (end is not None and end > EVENING_STARTS)


class WeeklyTime(models.Model):
    """A time in the week when something happens: a card's meeting, an opportunity's shift."""

    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    start_time = models.TimeField(_("starts"))
    end_time = models.TimeField(_("ends"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["weekday", "start_time"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start_time:%H.%M}"

    @property
    def is_evening(self) -> bool:
        return runs_in_evening(self.start_time, self.end_time)
