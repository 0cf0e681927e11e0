"""The coordinators' statistics of the demo: Kymenlaakso's figures, as derived here from the data
files, and a CSV file in which no figure about people is from 1 to 4."""

import datetime
from collections import Counter
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from coordination.statistics import SUPPRESSED, Period, region_statistics
from core.models import Municipality, Region
from demo.loader import read_data
from tests.coordination.csv_files import assert_no_small_figures, csv_rows, people_figures

from .conftest import LOAD_DAY

pytestmark = pytest.mark.usefixtures("demo")

REGION = "kymenlaakso"


def expected_signups(data):
    """(person, days ago, got a place, hours or None) of every sign-up in Kymenlaakso."""
    in_region = set(Municipality.objects.filter(region__slug=REGION).values_list("slug", flat=True))
    cards = {
        record["slug"]
        for record in data["associations"]["associations"]
        if {record["home_municipality"], *record.get("also_in", [])} & in_region
    }
    opportunities = {
        record["slug"]: record
        for record in data["opportunities"]["opportunities"]
        if record["association"] in cards
    }
    signups = []
    for record in data["signups"]["signups"]:
        if opportunity := opportunities.get(record["opportunity"]):
            # Signed up in this order on the load day: the first ones get the places.
            places = 0 if opportunity.get("chooses_people") else opportunity.get("places")
            for index, email in enumerate(record["people"]):
                signups.append((email, 0, places is None or index < places, None))
    for record in data["signups"]["history"]:
        if record["opportunity"] in opportunities:
            for signup in record["signups"]:
                signups.append((signup["person"], signup["days_ago"], True, signup.get("hours")))
    return signups


def band(age):
    return "under-18" if age < 18 else "18-29" if age < 30 else "30-64" if age < 65 else "65-"


def test_the_statistics_of_kymenlaakso_match_the_demo_data(db):
    data = read_data()
    ages = {a["email"]: a.get("profile", {}).get("age") for a in data["accounts"]["accounts"]}
    signups = expected_signups(data)
    assert len(signups) >= 20

    now = timezone.now()
    stats = region_statistics(
        regions=[Region.objects.get(slug=REGION)], period=Period.last_months(12, LOAD_DAY)
    )

    completed = [s for s in signups if s[3] is not None]
    assert stats.figure("signups").value == len(signups)
    assert stats.figure("accepted").value == sum(1 for s in signups if s[2])
    assert stats.figure("completed").value == len(completed)
    assert stats.figure("hours").value == sum(Decimal(str(s[3])) for s in completed)

    # Each participant's age in the year of their first sign-up with a place.
    first = {}
    for email, days_ago, has_place, _hours in sorted(signups, key=lambda s: -s[1]):
        if has_place and email not in first:
            first[email] = (now - datetime.timedelta(days=days_ago)).year
    assert stats.figure("participants").value == len(first)
    bands = Counter(band(ages[email] - (LOAD_DAY.year - year)) for email, year in first.items())
    for key in ("under-18", "18-29", "30-64", "65-"):
        assert stats.figure(f"age-{key}").value == bands[key], key

    by_month = Counter(
        timezone.localtime(now - datetime.timedelta(days=s[1])).date().replace(day=1)
        for s in signups
    )
    assert {m.month: m.signups.value for m in stats.months if m.signups.value} == by_month

    # Something to show, and something to hide.
    shown = [str(row.figure) for row in stats.people + stats.age_bands]
    assert SUPPRESSED in shown
    assert any(value not in (SUPPRESSED, "0") for value in shown)


def test_the_demo_coordinator_downloads_kymenlaakso_without_small_figures(db):
    client = Client()
    client.force_login(get_user_model().objects.get(email="koordinaattori@example.fi"))
    response = client.get(reverse("coordinate:statistics-csv"), {"region": REGION})
    assert response.status_code == 200
    rows = csv_rows(response)
    figures = people_figures(rows)
    assert len(figures) > 40
    assert SUPPRESSED in figures
    assert_no_small_figures(rows)
