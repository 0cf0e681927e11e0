"""volunteering/rules.py: a person's age from their birth year, when an opportunity runs, who
may sign up, and how many places are free.

No database: opportunities and their weekly times are built, not saved.
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone, translation

from accounts.models import Profile, User
from core.schedule import Weekday
from tests.factories import OpportunityFactory
from volunteering.models import Opportunity, OpportunityTime, SignUp
from volunteering.rules import (
    AGE_TOO_OLD,
    AGE_TOO_YOUNG,
    ALREADY_SIGNED_UP,
    CLOSED,
    age_this_year,
    needs_guardian,
    own_age,
    places_left,
    places_to_promote,
    schedule_flags,
    signup_refusal,
)

# 2025-06-02 is a Monday.
MONDAY = datetime.date(2025, 6, 2)
WEDNESDAY = MONDAY + datetime.timedelta(days=2)
FRIDAY = MONDAY + datetime.timedelta(days=4)
SATURDAY = MONDAY + datetime.timedelta(days=5)
SUNDAY = MONDAY + datetime.timedelta(days=6)


def time(text):
    return datetime.time.fromisoformat(text)


# --- age_this_year ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "today", [datetime.date(2024, 1, 1), datetime.date(2024, 6, 15), datetime.date(2024, 12, 31)]
)
def test_age_is_the_age_the_person_turns_this_year(today):
    # Only the birth year is known, so the birthday does not matter.
    assert age_this_year(2010, today=today) == 14


@pytest.mark.clock
def test_age_this_year_defaults_to_today():
    this_year = timezone.localdate().year

    assert age_this_year(this_year - 30) == 30


@pytest.mark.clock
def test_own_age_needs_a_profile_with_a_birth_year():
    person = User(email="person@example.com")
    this_year = timezone.localdate().year

    assert own_age(None) is None
    assert own_age(AnonymousUser()) is None
    person.profile = Profile(birth_year=None)
    assert own_age(person) is None
    person.profile = Profile(birth_year=this_year - 16)
    assert own_age(person) == 16


# --- schedule_flags --------------------------------------------------------------------------


def one_off(start_date, start=None, end=None, *, end_date=None):
    return OpportunityFactory.build(
        association=None,
        place=None,
        schedule=Opportunity.Schedule.ONE_OFF,
        start_date=start_date,
        end_date=end_date,
        start_time=time(start) if start else None,
        end_time=time(end) if end else None,
    )


@pytest.mark.parametrize(
    ("opportunity", "expected"),
    [
        (one_off(WEDNESDAY, "10:00", "14:00"), (False, False)),
        # Ending exactly at 16.00 is not an evening; running past it is.
        (one_off(WEDNESDAY, "12:00", "16:00"), (False, False)),
        (one_off(WEDNESDAY, "14:00", "17:00"), (True, False)),
        (one_off(WEDNESDAY, "18:00", "20:00"), (True, False)),
        (one_off(WEDNESDAY, "16:00"), (True, False)),
        (one_off(WEDNESDAY, "22:00", "02:00"), (True, False)),
        # No times given: not known to be in the evening.
        (one_off(WEDNESDAY), (False, False)),
        (one_off(SATURDAY, "10:00", "14:00"), (False, True)),
        (one_off(SUNDAY, "18:00", "21:00"), (True, True)),
        # Several days: a weekend when any of them falls on one.
        (one_off(MONDAY, "09:00", "15:00", end_date=FRIDAY), (False, False)),
        (
            one_off(FRIDAY, "09:00", "15:00", end_date=FRIDAY + datetime.timedelta(days=3)),
            (False, True),
        ),
        (one_off(MONDAY, end_date=MONDAY + datetime.timedelta(days=40)), (False, True)),
        # Without a first day nothing is known.
        (one_off(None, "18:00", "20:00"), (False, False)),
    ],
    ids=[
        "weekday-morning",
        "ends-at-16",
        "runs-past-16",
        "weekday-evening",
        "starts-at-16",
        "past-midnight",
        "no-times",
        "saturday",
        "sunday-evening",
        "monday-to-friday",
        "friday-to-monday",
        "weeks-long",
        "no-date",
    ],
)
def test_one_off(opportunity, expected):
    assert schedule_flags(opportunity, []) == expected


def weekly(weekday, start, end=None):
    return OpportunityTime(
        weekday=weekday, start_time=time(start), end_time=time(end) if end else None
    )


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        ([weekly(Weekday.TUESDAY, "17:00", "19:00")], (True, False)),
        ([weekly(Weekday.TUESDAY, "09:00", "11:00")], (False, False)),
        ([weekly(Weekday.SATURDAY, "10:00", "12:00")], (False, True)),
        (
            [weekly(Weekday.MONDAY, "09:00", "11:00"), weekly(Weekday.SUNDAY, "18:00")],
            (True, True),
        ),
        ([], (False, False)),
    ],
    ids=["tuesday-evening", "tuesday-morning", "saturday", "monday-and-sunday-evening", "no-times"],
)
def test_recurring(times, expected):
    opportunity = OpportunityFactory.build(
        association=None, place=None, schedule=Opportunity.Schedule.RECURRING, start_date=MONDAY
    )

    assert schedule_flags(opportunity, times) == expected


def test_recurring_ignores_the_dates_and_times_of_a_one_off():
    opportunity = OpportunityFactory.build(
        association=None,
        place=None,
        schedule=Opportunity.Schedule.RECURRING,
        start_date=SATURDAY,
        start_time=time("18:00"),
    )

    assert schedule_flags(opportunity, [weekly(Weekday.WEDNESDAY, "10:00", "12:00")]) == (
        False,
        False,
    )


def test_flexible_is_neither_evening_nor_weekend():
    opportunity = OpportunityFactory.build(
        association=None,
        place=None,
        schedule=Opportunity.Schedule.FLEXIBLE,
        start_date=SATURDAY,
        start_time=time("18:00"),
        end_time=time("20:00"),
    )

    assert schedule_flags(opportunity, [weekly(Weekday.SUNDAY, "18:00", "20:00")]) == (
        False,
        False,
    )


# --- signup_refusal --------------------------------------------------------------------------


def refusal_code(opportunity, *, is_open=True, birth_year=None, existing_signup=None):
    with translation.override("en"):
        refusal = signup_refusal(
            opportunity, is_open=is_open, birth_year=birth_year, existing_signup=existing_signup
        )
    return refusal and refusal.code


def test_each_refusal_has_its_code():
    this_year = timezone.localdate().year
    limited = OpportunityFactory.build(association=None, place=None, min_age=15, max_age=29)
    signed_up = SignUp(status=SignUp.Status.ACCEPTED)

    assert refusal_code(limited, birth_year=this_year - 20) is None
    assert refusal_code(limited, birth_year=this_year - 15) is None
    assert refusal_code(limited, birth_year=this_year - 29) is None
    assert refusal_code(limited, birth_year=this_year - 14) == AGE_TOO_YOUNG
    assert refusal_code(limited, birth_year=this_year - 30) == AGE_TOO_OLD
    assert refusal_code(limited, is_open=False, birth_year=this_year - 20) == CLOSED
    assert refusal_code(limited, existing_signup=signed_up) == ALREADY_SIGNED_UP
    # An unknown birth year is checked when the person gives it.
    assert refusal_code(limited, birth_year=None) is None


@pytest.mark.parametrize("status", ["pending", "accepted", "waitlisted", "declined", "completed"])
def test_any_sign_up_but_a_withdrawn_one_counts(status):
    opportunity = OpportunityFactory.build(association=None, place=None)

    assert refusal_code(opportunity, existing_signup=SignUp(status=status)) == ALREADY_SIGNED_UP
    assert refusal_code(opportunity, existing_signup=SignUp(status="withdrawn")) is None


def test_already_signed_up_is_told_first_then_closed_then_age():
    this_year = timezone.localdate().year
    opportunity = OpportunityFactory.build(association=None, place=None, min_age=18)
    signed_up = SignUp(status=SignUp.Status.ACCEPTED)

    assert (
        refusal_code(
            opportunity, is_open=False, birth_year=this_year - 12, existing_signup=signed_up
        )
        == ALREADY_SIGNED_UP
    )
    assert refusal_code(opportunity, is_open=False, birth_year=this_year - 12) == CLOSED


def test_the_refusal_explains_in_words():
    opportunity = OpportunityFactory.build(association=None, place=None, min_age=15)

    with translation.override("en"):
        refusal = signup_refusal(
            opportunity, is_open=True, birth_year=timezone.localdate().year - 12
        )

    assert refusal.message == (
        "This task is for people who are at least 15 years old this year. "
        "You can look for other tasks that suit your age."
    )


# --- places_left and places_to_promote -------------------------------------------------------


@pytest.mark.parametrize(
    ("places", "taken", "waiting", "left", "promote"),
    [
        (None, 0, 0, None, 0),
        (None, 40, 2, None, 2),
        (5, 0, 0, 5, 0),
        (5, 3, 0, 2, 0),
        (5, 5, 0, 0, 0),
        # More taken than places (places lowered later): none left, never negative.
        (5, 7, 0, 0, 0),
        # A place is free while people wait: it is theirs, not a newcomer's.
        (5, 4, 1, 0, 1),
        (5, 2, 1, 0, 1),
        (5, 2, 10, 0, 3),
        (5, 5, 3, 0, 0),
    ],
)
def test_places(places, taken, waiting, left, promote):
    assert places_left(places, taken, waiting) == left
    assert places_to_promote(places, taken, waiting) == promote


# --- needs_guardian --------------------------------------------------------------------------


def test_a_guardian_is_needed_under_15_this_year():
    this_year = timezone.localdate().year

    assert needs_guardian(this_year - 12)
    assert needs_guardian(this_year - 14)
    assert not needs_guardian(this_year - 15)
    assert not needs_guardian(this_year - 40)
    assert not needs_guardian(None)
