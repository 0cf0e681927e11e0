"""The demo data files (demo/data/*.toml): they parse, and everything they name exists."""

import copy

import pytest
from django.contrib.auth import get_user_model

from accounts.models import Profile
from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    Membership,
    Offering,
    TargetGroup,
)
from core.models import Municipality, Region
from core.schedule import Weekday
from demo import loader
from matching.models import Preferences
from volunteering.models import Opportunity

WEEKDAYS = {day.name.lower() for day in Weekday}

# Keys a record may have besides the model's own fields; demo/loader.py reads them.
ASSOCIATION_KEYS = {
    "also_in",
    "meetings",
    "offerings",
    "verified",
    "categories",
    "target_groups",
    "languages",
    "submitted_days_ago",
    "updated_days_ago",
}
OPPORTUNITY_KEYS = {
    "start_in_days",
    "start_weekday",
    "days",
    "period_days",
    "times",
    "deadline_in_days",
    "categories",
    "languages",
    "submitted_days_ago",
}
ACCOUNT_KEYS = {
    "email",
    "first_name",
    "last_name",
    "language",
    "who",
    "superuser",
    "coordinator_regions",
    "memberships",
    "join_requests",
    "invitations",
    "profile",
    "preferences",
    "alerts",
}
PROFILE_KEYS = {"age"} | {field.name for field in Profile._meta.fields} - {"id", "user"}
PREFERENCE_KEYS = {field.name for field in Preferences._meta.get_fields()} - {"id", "user"}


@pytest.fixture(scope="module")
def data():
    return loader.read_data()


def _fields(model):
    return {field.name for field in model._meta.get_fields() if field.concrete}


def _slugs(model):
    return set(model.objects.values_list("slug", flat=True))


def test_the_files_hold_the_whole_demo(data):
    assert len(data["associations"]["associations"]) == 48
    assert len(data["opportunities"]["opportunities"]) == 81
    assert len(data["accounts"]["accounts"]) == 19
    assert data["accounts"]["password"] == "demo-salasana-2026"
    for name, key in [("associations", "slug"), ("opportunities", "slug"), ("accounts", "email")]:
        values = [record[key] for record in data[name][name]]
        assert len(values) == len(set(values)), f"{name}: a {key} twice"


def test_every_key_is_one_the_loader_reads(data):
    allowed = _fields(Association) | ASSOCIATION_KEYS
    for record in data["associations"]["associations"]:
        assert set(record) <= allowed, record["slug"]
        for meeting in record.get("meetings", []):
            assert set(meeting) <= {"weekday", "start", "end", "description"}, record["slug"]
        for offering in record.get("offerings", []):
            assert set(offering) <= _fields(Offering) - {"id", "association"}, record["slug"]
    allowed = _fields(Opportunity) | OPPORTUNITY_KEYS
    for record in data["opportunities"]["opportunities"]:
        assert set(record) <= allowed, record["slug"]
        for time in record.get("times", []):
            assert set(time) <= {"weekday", "start", "end"}, record["slug"]
    for account in data["accounts"]["accounts"]:
        assert set(account) <= ACCOUNT_KEYS, account["email"]
        assert set(account.get("profile", {})) <= PROFILE_KEYS, account["email"]
        assert set(account.get("preferences", {})) <= PREFERENCE_KEYS, account["email"]
        for invitation in account.get("invitations", []):
            assert set(invitation) == {"association", "email", "role", "language"}
    for signup in data["signups"]["signups"]:
        assert set(signup) == {"opportunity", "people"}
    for history in data["signups"]["history"]:
        assert set(history) == {"opportunity", "signups"}
        for signup in history["signups"]:
            assert set(signup) <= {"person", "days_ago", "hours", "reference"}, history[
                "opportunity"
            ]


def test_every_value_is_one_the_portal_knows(data):
    for record in data["associations"]["associations"]:
        assert record.get("status", "published") in Association.Status.values
        assert record.get("contact_language", "fi") in Association.ContactLanguage.values
        for meeting in record.get("meetings", []):
            assert meeting["weekday"] in WEEKDAYS, record["slug"]
        for offering in record.get("offerings", []):
            assert offering["kind"] in Offering.Kind.values, record["slug"]
    for record in data["opportunities"]["opportunities"]:
        assert record["type"] in Opportunity.Type.values, record["slug"]
        assert record.get("schedule", "flexible") in Opportunity.Schedule.values
        assert record.get("status", "published") in {"published", "closed", "pending"}
        assert set(record.get("benefits", [])) <= set(Opportunity.Benefit.values)
        assert record.get("start_weekday", "monday") in WEEKDAYS, record["slug"]
        for time in record.get("times", []):
            assert time["weekday"] in WEEKDAYS, record["slug"]
    for account in data["accounts"]["accounts"]:
        for membership in account.get("memberships", []):
            assert membership["role"] in Membership.Role.values
        for invitation in account.get("invitations", []):
            assert invitation["role"] in Membership.Role.values, account["email"]
            assert invitation["language"] in {"fi", "sv", "en"}, account["email"]


@pytest.mark.django_db
def test_every_slug_named_exists(data):
    municipalities, regions = _slugs(Municipality), _slugs(Region)
    categories, target_groups = _slugs(Category), _slugs(TargetGroup)
    languages = _slugs(ActivityLanguage)
    associations = {
        record["slug"]: record.get("status", "published")
        for record in data["associations"]["associations"]
    }
    assert municipalities, "the municipalities are loaded by a migration"

    for record in data["associations"]["associations"]:
        assert {record["home_municipality"], *record.get("also_in", [])} <= municipalities
        assert set(record.get("categories", [])) <= categories, record["slug"]
        assert set(record.get("target_groups", [])) <= target_groups, record["slug"]
        assert set(record.get("languages", [])) <= languages, record["slug"]
    for record in data["opportunities"]["opportunities"]:
        # Opportunities belong to published demo associations, so they are listed.
        assert associations.get(record["association"]) == "published", record["slug"]
        assert record.get("municipality", "helsinki") in municipalities, record["slug"]
        assert set(record.get("categories", [])) <= categories, record["slug"]
        assert set(record.get("languages", [])) <= languages, record["slug"]

    people = {}
    emails = {account["email"] for account in data["accounts"]["accounts"]}
    for account in data["accounts"]["accounts"]:
        assert set(account.get("coordinator_regions", [])) <= regions, account["email"]
        for membership in account.get("memberships", []):
            assert membership["association"] in associations, account["email"]
        for request in account.get("join_requests", []):
            assert associations.get(request["association"]) == "published", account["email"]
            assert request["message"].strip(), account["email"]
        # Only an owner invites, and only people who have no demo account.
        owned = {m["association"] for m in account.get("memberships", []) if m["role"] == "owner"}
        for invitation in account.get("invitations", []):
            assert invitation["association"] in owned, account["email"]
            assert invitation["email"] not in emails, account["email"]
        profile = account.get("profile", {})
        assert profile.get("home_municipality", "helsinki") in municipalities, account["email"]
        people[account["email"]] = profile
    opportunities = {record["slug"] for record in data["opportunities"]["opportunities"]}
    for signup in data["signups"]["signups"]:
        assert signup["opportunity"] in opportunities
        for email in signup["people"]:
            # A sign-up needs the age and home municipality the person gives.
            assert {"age", "home_municipality"} <= set(people[email]), email
    for history in data["signups"]["history"]:
        assert history["opportunity"] in opportunities
        persons = [signup["person"] for signup in history["signups"]]
        assert len(persons) == len(set(persons)), history["opportunity"]  # once per person
        for signup in history["signups"]:
            assert {"age", "home_municipality"} <= set(people[signup["person"]])
            assert 0 < signup["days_ago"] < 330, signup  # within the default 12 months


@pytest.mark.django_db
def test_the_loader_refuses_a_slug_that_does_not_exist(data):
    broken = copy.deepcopy(data)
    broken["accounts"]["accounts"] = broken["accounts"]["accounts"][:1]
    broken["associations"]["associations"] = broken["associations"]["associations"][:1]
    broken["associations"]["associations"][0]["also_in"] = ["lemi", "atlantis"]

    with pytest.raises(ValueError, match="atlantis"):
        loader.load(data=broken)


@pytest.mark.django_db
def test_the_loader_refuses_a_weekday_that_does_not_exist(data):
    broken = copy.deepcopy(data)
    broken["accounts"]["accounts"] = []
    broken["associations"]["associations"] = broken["associations"]["associations"][:1]
    broken["associations"]["associations"][0]["meetings"][0]["weekday"] = "maanantai"

    with pytest.raises(ValueError, match="maanantai"):
        loader.load(data=broken)
    assert not get_user_model().objects.exists()


def test_the_demo_cards_offer_every_kind_of_activity(data):
    offerings = {
        record["slug"]: record.get("offerings", [])
        for record in data["associations"]["associations"]
    }
    kinds = {offering["kind"] for items in offerings.values() for offering in items}
    assert kinds == set(Offering.Kind.values)
    # The staff demo account's card, so that the workspace page has something to show.
    assert offerings["lappeenrannan-kipina"]
