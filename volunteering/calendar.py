"""iCalendar (.ics) files, so that a person can put a task in their own calendar."""

import datetime
import zoneinfo

from django.conf import settings
from icalendar import Calendar, Event, vRecur

from core.schedule import Weekday

from .models import Opportunity

ICAL_WEEKDAYS = {
    Weekday.MONDAY: "MO",
    Weekday.TUESDAY: "TU",
    Weekday.WEDNESDAY: "WE",
    Weekday.THURSDAY: "TH",
    Weekday.FRIDAY: "FR",
    Weekday.SATURDAY: "SA",
    Weekday.SUNDAY: "SU",
}


def has_calendar(opportunity: Opportunity) -> bool:
    if opportunity.schedule == Opportunity.Schedule.ONE_OFF:
        return opportunity.start_date is not None
    if opportunity.schedule == Opportunity.Schedule.RECURRING:
        return opportunity.start_date is not None and bool(opportunity.times.all())
    return False


def _first_on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _event(opportunity, *, uid, start, end, url):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", datetime.datetime.now(tz=datetime.UTC))
    event.add("summary", f"{opportunity.title} – {opportunity.association.name}")
    event.add("description", f"{opportunity.short_description}\n\n{url}")
    event.add("url", url)
    location = opportunity.address or (
        opportunity.municipality.name if opportunity.municipality else ""
    )
    if location:
        event.add("location", location)
    event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    return event


def opportunity_calendar(opportunity: Opportunity, *, url: str, domain: str) -> bytes:
    """One event for a one-off task (all-day when it has no times), a weekly repeating event for
    each weekly time of a recurring one."""
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.SITE_NAME}//{domain}//")
    calendar.add("version", "2.0")
    last_day = opportunity.end_date or opportunity.start_date
    if opportunity.schedule == Opportunity.Schedule.ONE_OFF:
        if opportunity.start_time:
            start = datetime.datetime.combine(opportunity.start_date, opportunity.start_time, tz)
            end_time = opportunity.end_time or opportunity.start_time
            end = datetime.datetime.combine(last_day, end_time, tz)
        else:
            start, end = opportunity.start_date, last_day + datetime.timedelta(days=1)
        calendar.add_component(
            _event(
                opportunity,
                uid=f"opportunity-{opportunity.pk}@{domain}",
                start=start,
                end=end,
                url=url,
            )
        )
    else:
        for time in opportunity.times.all():
            day = _first_on_or_after(opportunity.start_date, time.weekday)
            start = datetime.datetime.combine(day, time.start_time, tz)
            end = datetime.datetime.combine(day, time.end_time, tz) if time.end_time else None
            event = _event(
                opportunity,
                uid=f"opportunity-{opportunity.pk}-time-{time.pk}@{domain}",
                start=start,
                end=end,
                url=url,
            )
            rule = {"freq": "weekly", "byday": ICAL_WEEKDAYS[time.weekday]}
            if opportunity.end_date:
                rule["until"] = datetime.datetime.combine(
                    opportunity.end_date, datetime.time(23, 59), tz
                ).astimezone(datetime.UTC)
            event.add("rrule", vRecur(rule))
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
