"""The demo's featured cards and opportunities (demo/data/features.toml) and its stale card
(`updated_days_ago`): in the demo coordinator's regions, shown on the pages, loaded once, and
the stale card's date is not refreshed by loading again."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from associations.models import Association
from coordination.models import Feature
from demo.loader import read_data

pytestmark = pytest.mark.usefixtures("demo")

STALE = "rasilan-kylayhdistys"


def test_every_feature_names_what_exists(db):
    data = read_data()
    cards = {record["slug"] for record in data["associations"]["associations"]}
    opportunities = {record["slug"] for record in data["opportunities"]["opportunities"]}
    emails = {account["email"] for account in data["accounts"]["accounts"]}
    for record in data["features"]["features"]:
        assert set(record) <= {"region", "association", "opportunity", "by"}
        assert ("association" in record) != ("opportunity" in record)
        assert record.get("association", next(iter(cards))) in cards
        assert record.get("opportunity", next(iter(opportunities))) in opportunities
        assert record["by"] in emails


def test_the_features_are_on_the_region_pages_and_the_home_page(client, db):
    assert Feature.objects.count() == len(read_data()["features"]["features"]) == 4
    by_region = {
        slug: [str(feature.item) for feature in client.get(f"/regions/{slug}/").context["featured"]]
        for slug in ("etela-karjala", "kymenlaakso")
    }
    assert by_region == {
        "etela-karjala": ["Lappeenrannan Kipinä ry", "Löytökoirien ulkoiluttajaksi sunnuntaisin"],
        "kymenlaakso": ["FC Kiito Kouvola ry", "LAN-päivän järjestäjäksi"],
    }
    home = [str(feature.item) for feature in client.get("/").context["featured"]]
    assert home[0] == "LAN-päivän järjestäjäksi" and len(home) == 4


def test_the_stale_card_is_on_the_coordinators_list(client, db):
    card = Association.objects.get(slug=STALE)
    assert card.is_stale
    age = timezone.now() - card.updated_at
    assert datetime.timedelta(days=394) < age < datetime.timedelta(days=396)
    client.force_login(get_user_model().objects.get(email="koordinaattori@example.fi"))
    response = client.get(reverse("coordinate:stale"))
    assert [association.slug for association in response.context["page_obj"]] == [STALE]


def test_loading_again_adds_no_features_and_keeps_the_stale_date(db):
    updated_at = Association.objects.get(slug=STALE).updated_at
    features = set(Feature.objects.values_list("pk", flat=True))

    call_command("load_demo", stdout=StringIO())

    assert set(Feature.objects.values_list("pk", flat=True)) == features
    assert Association.objects.get(slug=STALE).updated_at == updated_at
