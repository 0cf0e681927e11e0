"""Association cards on the home page and on region and municipality pages."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import AssociationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def names(associations):
    return [association.name for association in associations]


def municipality_count(html, slug, region="kymenlaakso"):
    """The count text beside a municipality on its region's page."""
    match = re.search(
        rf'<a href="/en/regions/{region}/{slug}/">[^<]+</a>\s*<span class="count">([^<]+)</span>',
        html,
    )
    return match.group(1).strip()


@pytest.fixture
def cards():
    return {
        "kouvola": AssociationFactory(name="Kouvolan Kuoro", published_at=days_ago(5)),
        "kouvola_2": AssociationFactory(name="Kouvolan Partio", published_at=days_ago(20)),
        # Based in Etelä-Karjala, active in Kotka too.
        "lappeenranta": AssociationFactory(
            name="Saimaan Kaverit",
            municipality="lappeenranta",
            municipalities=["kotka"],
            published_at=days_ago(1),
        ),
        "imatra": AssociationFactory(
            name="Imatran Auttajat", municipality="imatra", published_at=days_ago(2)
        ),
        "jyvaskyla": AssociationFactory(
            name="Jyväskylän Shakki", municipality="jyvaskyla", published_at=days_ago(3)
        ),
        "draft": AssociationFactory(name="Kouvolan Luonnos", draft=True),
        "hidden": AssociationFactory(name="Kotkan Piilo", municipality="kotka", hidden=True),
    }


# --- Region page -----------------------------------------------------------------------------


def test_region_page_counts_the_cards_active_in_each_municipality(client, cards):
    response = client.get("/en/regions/kymenlaakso/")

    assert response.status_code == 200
    counts = {
        item["municipality"].slug: item["count"] for item in response.context["municipalities"]
    }
    assert counts == {
        "hamina": 0,
        "kotka": 1,
        "kouvola": 2,
        "miehikkala": 0,
        "pyhtaa": 0,
        "virolahti": 0,
    }
    html = response.content.decode()
    assert municipality_count(html, "kouvola") == "2 associations"
    assert municipality_count(html, "kotka") == "1 association"
    assert municipality_count(html, "hamina") == "0 associations"


def test_region_page_lists_the_newest_cards_active_there(client, cards):
    response = client.get("/en/regions/kymenlaakso/")

    assert names(response.context["associations"]) == [
        "Saimaan Kaverit",
        "Kouvolan Kuoro",
        "Kouvolan Partio",
    ]
    assert response.context["association_count"] == 3
    html = response.content.decode()
    assert 'href="/en/associations/saimaan-kaverit/"' in html
    assert "Kouvolan Luonnos" not in html
    assert "Kotkan Piilo" not in html
    assert "Imatran Auttajat" not in html
    assert 'href="/en/associations/?region=kymenlaakso">Show all 3 associations' in html


def test_a_card_active_in_two_municipalities_of_the_region_is_counted_once(client):
    AssociationFactory(name="Kymen Kaverit", municipalities=["kotka", "hamina"])

    response = client.get("/en/regions/kymenlaakso/")

    assert response.context["association_count"] == 1
    assert names(response.context["associations"]) == ["Kymen Kaverit"]


def test_region_page_without_cards(client, cards):
    response = client.get("/en/regions/lappi/")

    assert response.context["associations"] == []
    assert "No association has published its card here yet." in response.content.decode()


def test_region_page_shows_at_most_ten_cards(client):
    for number in range(12):
        AssociationFactory(name=f"Yhdistys {number:02}", published_at=days_ago(number))

    response = client.get("/en/regions/kymenlaakso/")

    assert names(response.context["associations"]) == [f"Yhdistys {n:02}" for n in range(10)]
    assert response.context["association_count"] == 12


# --- Municipality page -----------------------------------------------------------------------


def test_municipality_page_lists_its_cards(client, cards):
    response = client.get("/en/regions/kymenlaakso/kouvola/")

    assert response.status_code == 200
    assert names(response.context["associations"]) == ["Kouvolan Kuoro", "Kouvolan Partio"]
    html = response.content.decode()
    assert "Kouvolan Luonnos" not in html
    assert (
        'href="/en/associations/?region=kymenlaakso&amp;municipality=kouvola">'
        "Show all 2 associations" in html
    )


def test_municipality_page_lists_cards_based_elsewhere_that_are_active_there(client, cards):
    response = client.get("/en/regions/kymenlaakso/kotka/")

    assert names(response.context["associations"]) == ["Saimaan Kaverit"]
    assert "Kotkan Piilo" not in response.content.decode()


def test_municipality_page_without_cards(client, cards):
    response = client.get("/en/regions/kymenlaakso/hamina/")

    assert "No association has published its card here yet." in response.content.decode()


# --- Home page -------------------------------------------------------------------------------


def test_home_page_shows_the_featured_areas_with_live_counts(client, cards, settings):
    settings.FEATURED_AREAS = ["etela-karjala", "kymenlaakso", "keski-suomi/jyvaskyla", "lappi"]

    response = client.get("/en/")

    counts = {item["area"].slug: item["count"] for item in response.context["featured_areas"]}
    assert counts == {"etela-karjala": 2, "kymenlaakso": 3, "jyvaskyla": 1, "lappi": 0}
    html = response.content.decode()
    assert re.search(
        r'href="/en/regions/kymenlaakso/">Kymenlaakso</a></h3>\s*<p>3 associations', html
    )
    assert re.search(
        r'href="/en/regions/keski-suomi/jyvaskyla/">Jyväskylä</a></h3>\s*<p>1 association<', html
    )

    # A new card shows at once.
    AssociationFactory(name="Haminan Soittajat", municipality="hamina")
    counts = {
        item["area"].slug: item["count"] for item in client.get("/en/").context["featured_areas"]
    }
    assert counts["kymenlaakso"] == 4


def test_home_page_shows_the_six_newest_cards(client, cards):
    AssociationFactory(name="Vanha Seura", published_at=days_ago(400))
    AssociationFactory(name="Uusin Seura", published_at=days_ago(0))

    response = client.get("/en/")

    assert names(response.context["newest_associations"]) == [
        "Uusin Seura",
        "Saimaan Kaverit",
        "Imatran Auttajat",
        "Jyväskylän Shakki",
        "Kouvolan Kuoro",
        "Kouvolan Partio",
    ]
    html = response.content.decode()
    assert "Vanha Seura" not in html
    assert "Kouvolan Luonnos" not in html
    assert 'href="/en/associations/?sort=newest"' in html


def test_home_page_without_cards(client):
    html = client.get("/en/").content.decode()

    assert "No associations have been published yet. Come back soon!" in html


# --- Query budgets ---------------------------------------------------------------------------


def _create_cards(count):
    for number in range(count):
        AssociationFactory(
            municipality=["kouvola", "kotka", "hamina"][number % 3],
            municipalities=["lappeenranta", "jyvaskyla"],
            categories=["youth", "hobbies"],
            languages=["fi", "sv"],
            evening=number % 2 == 0,
        )


# Areas and their counts, the newest cards with their relations, and the open opportunities;
# on the home and region pages also the featured ones (one query when nothing is featured; see
# tests/coordination/test_featuring.py for the budget with features).
@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/en/", 9),
        ("/en/regions/kymenlaakso/", 9),
        ("/en/regions/kymenlaakso/kotka/", 6),
    ],
)
@pytest.mark.parametrize("count", [3, 9, 27], ids=["N", "3N", "9N"])
def test_query_budget(client, django_assert_max_num_queries, url, budget, count):
    _create_cards(count)

    with django_assert_max_num_queries(budget):
        response = client.get(url)

    assert response.status_code == 200
