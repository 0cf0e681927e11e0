"""Calendar files: /opportunities/<slug>/calendar.ics for one-off and weekly opportunities."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from core.schedule import Weekday
from tests.factories import OpportunityFactory, next_weekday
from volunteering.models import Opportunity

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def calendar_url(opportunity):
    return f"/en/opportunities/{opportunity.slug}/calendar.ics"


def events(response):
    calendar = Calendar.from_ical(response.content)
    return calendar, calendar.walk("VEVENT")


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), HELSINKI)


def test_one_off_with_times(client, association):
    day = next_weekday(Weekday.WEDNESDAY, weeks_ahead=2)
    opportunity = OpportunityFactory(
        association=association,
        title="Satamajuhlien talkoot",
        short_description="Opasta kävijöitä.",
        evening=True,
        start_date=day,
        address="Satamakatu 1, Kotka",
    )

    response = client.get(calendar_url(opportunity))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{opportunity.slug}.ics"'
    calendar, (event,) = events(response)
    assert calendar["VERSION"] == "2.0"
    assert event.decoded("DTSTART") == at(day, 18)
    assert event.decoded("DTEND") == at(day, 20)
    assert event["DTSTART"].params["TZID"] == "Europe/Helsinki"
    # The time zone is described in the file, so any calendar places it right.
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    assert str(event["SUMMARY"]) == "Satamajuhlien talkoot – Kouvolan Nuorisoseura"
    assert str(event["LOCATION"]) == "Satamakatu 1, Kotka"
    url = f"http://testserver/en/opportunities/{opportunity.slug}/"
    assert str(event["URL"]) == url
    assert url in str(event["DESCRIPTION"])
    assert str(event["UID"]) == f"opportunity-{opportunity.pk}@testserver"
    assert "RRULE" not in event
    text = response.content.decode()
    assert f"DTSTART;TZID=Europe/Helsinki:{day:%Y%m%d}T180000" in text
    assert f"DTEND;TZID=Europe/Helsinki:{day:%Y%m%d}T200000" in text


def test_one_off_over_several_days(client, association):
    monday = next_weekday(Weekday.MONDAY, weeks_ahead=3)
    opportunity = OpportunityFactory(
        association=association,
        schedule=Opportunity.Schedule.ONE_OFF,
        start_date=monday,
        end_date=monday + datetime.timedelta(days=4),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(15, 0),
    )

    _calendar, (event,) = events(client.get(calendar_url(opportunity)))

    assert event.decoded("DTSTART") == at(monday, 9)
    assert event.decoded("DTEND") == at(monday + datetime.timedelta(days=4), 15)


def test_one_off_without_times_is_all_day(client, association):
    day = next_weekday(Weekday.SATURDAY, weeks_ahead=2)
    opportunity = OpportunityFactory(
        association=association, schedule=Opportunity.Schedule.ONE_OFF, start_date=day
    )

    _calendar, (event,) = events(client.get(calendar_url(opportunity)))

    assert event.decoded("DTSTART") == day
    assert event.decoded("DTEND") == day + datetime.timedelta(days=1)
    # Without an address, the municipality tells where.
    assert str(event["LOCATION"]) == "Kouvola"


def test_recurring_repeats_weekly_until_the_last_day(client, association):
    start = next_weekday(Weekday.WEDNESDAY, weeks_ahead=1)
    last_day = start + datetime.timedelta(weeks=10)
    opportunity = OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        schedule=Opportunity.Schedule.RECURRING,
        start_date=start,
        end_date=last_day,
        times=[
            (Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0)),
            (Weekday.THURSDAY, datetime.time(18, 0), None),
        ],
    )

    response = client.get(calendar_url(opportunity))

    _calendar, (tuesday, thursday) = events(response)
    # The first Tuesday and Thursday on or after the first day (a Wednesday).
    assert tuesday.decoded("DTSTART") == at(start + datetime.timedelta(days=6), 17)
    assert tuesday.decoded("DTEND") == at(start + datetime.timedelta(days=6), 19)
    assert thursday.decoded("DTSTART") == at(start + datetime.timedelta(days=1), 18)
    assert "DTEND" not in thursday
    until = at(last_day, 23, 59).astimezone(datetime.UTC)
    for event, byday in [(tuesday, "TU"), (thursday, "TH")]:
        rule = event["RRULE"]
        assert rule["FREQ"] == ["WEEKLY"]
        assert rule["BYDAY"] == [byday]
        assert rule["UNTIL"] == [until]
        assert str(event["SUMMARY"]) == "Läksykerhon ohjaaja – Kouvolan Nuorisoseura"
    assert tuesday["UID"] != thursday["UID"]
    text = response.content.decode()
    assert f"RRULE:FREQ=WEEKLY;UNTIL={until:%Y%m%dT%H%M%SZ};BYDAY=TU" in text


def test_recurring_without_a_last_day_repeats_without_end(client, association):
    opportunity = OpportunityFactory(
        association=association,
        schedule=Opportunity.Schedule.RECURRING,
        start_date=next_weekday(Weekday.MONDAY),
        times=[(Weekday.MONDAY, datetime.time(10, 0), datetime.time(12, 0))],
    )

    _calendar, (event,) = events(client.get(calendar_url(opportunity)))

    assert event["RRULE"]["BYDAY"] == ["MO"]
    assert "UNTIL" not in event["RRULE"]


@pytest.mark.parametrize(
    "fields",
    [
        {"schedule": Opportunity.Schedule.FLEXIBLE},
        {"schedule": Opportunity.Schedule.ONE_OFF, "start_date": None},
        # Weekly, but the weekly times are not given.
        {"schedule": Opportunity.Schedule.RECURRING, "start_date": datetime.date(2026, 1, 5)},
    ],
    ids=["flexible", "one-off-without-date", "recurring-without-times"],
)
def test_no_calendar_without_known_times(client, association, fields):
    opportunity = OpportunityFactory(association=association, **fields)

    assert client.get(calendar_url(opportunity)).status_code == 404
    html = client.get(opportunity.get_absolute_url()).content.decode()
    assert "calendar.ics" not in html


def test_not_found_when_the_opportunity_is_not_visible(client, association):
    opportunity = OpportunityFactory(association=association, draft=True, one_off=True)

    assert client.get(calendar_url(opportunity)).status_code == 404
