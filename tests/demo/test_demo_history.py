"""The demo's history (demo/data/history.toml): changes the staff made some days ago."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from associations.models import Association, MeetingTime
from demo import loader
from tests.demo.conftest import LOAD_DAY
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def test_the_staff_account_finds_changes_in_the_history_of_its_card(client, demo):
    staff = get_user_model().objects.get(email="yhdistys@example.fi")
    card = Association.objects.get(slug="lappeenrannan-kipina")
    entries = list(card.history.order_by("history_date"))

    # Created and verified when the demo begins, then changed twice.
    assert [entry.history_type for entry in entries] == ["+", "~", "~", "~"]
    created, verified, fee, place = entries
    assert created.history_date.date() == LOAD_DAY - datetime.timedelta(days=30)
    assert verified.is_verified and verified.history_date == created.history_date
    assert (fee.membership_fee, fee.history_user_id) == (
        "35 € / kausi (lisäksi pelaajalisenssi)",
        staff.pk,
    )
    assert fee.history_date.date() == LOAD_DAY - datetime.timedelta(days=21)
    assert place.history_date.date() == LOAD_DAY - datetime.timedelta(days=2)
    # Two meeting times changed in place on one save, nine days ago; the others kept as they were.
    changed = MeetingTime.history.filter(
        association_id=card.pk, history_date__date=LOAD_DAY - datetime.timedelta(days=9)
    )
    assert [entry.history_type for entry in changed] == ["~", "~"]
    assert card.meeting_times.count() == 4

    client.force_login(staff)
    response = client.get(f"/manage/{card.slug}/history/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Jäsenmaksu" in html and "35 € / kausi" in html


def test_the_opportunity_has_a_change_too(demo):
    opportunity = Opportunity.objects.get(slug="kipina-junioreiden-apuvalmentaja")

    entries = opportunity.history.order_by("history_date")
    assert [(e.history_type, e.hours_per_week) for e in entries] == [
        ("+", Decimal("1.5")),
        ("~", Decimal("2")),
    ]
    [time] = opportunity.times.all()
    assert (time.end_time, time.history.latest().history_type) == (datetime.time(19), "~")


def test_loading_again_adds_no_history(demo):
    counts = [model.history.count() for model in (Association, MeetingTime, Opportunity)]

    loader.load(today=LOAD_DAY)

    assert [model.history.count() for model in (Association, MeetingTime, Opportunity)] == counts


def test_every_change_names_what_the_data_holds():
    data = loader.read_data()
    cards = {record["slug"] for record in data["associations"]["associations"]}
    opportunities = {record["slug"] for record in data["opportunities"]["opportunities"]}
    emails = {account["email"] for account in data["accounts"]["accounts"]}
    keys = {"card", "opportunity", "by", "days_ago", "at", "fields", "meetings", "times"}
    changes = data["history"]["changes"]
    for change in changes:
        assert set(change) <= keys
        assert change.get("card") in cards or change.get("opportunity") in opportunities
        assert change["by"] in emails
        model = Association if "card" in change else Opportunity
        assert set(change.get("fields", {})) <= {field.name for field in model._meta.fields}
    days = [change["days_ago"] for change in changes]
    assert days == sorted(days, reverse=True), "oldest first"
    assert max(days) < data["history"]["created_days_ago"]
