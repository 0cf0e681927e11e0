"""Browsing association cards: /associations/ with filters, counts, sorting and pages."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from tests.factories import AssociationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

URL = "/en/associations/"


def listed(response):
    return [association.name for association in response.context["associations"]]


def option(value, text, *, selected=False):
    return f'<option value="{value}"{" selected" if selected else ""}>{text}</option>'


@pytest.fixture
def cards():
    """Four published cards in three regions, and a draft and a hidden card that match everything."""
    days_ago = lambda days: timezone.now() - datetime.timedelta(days=days)  # noqa: E731
    return {
        "kouvola": AssociationFactory(
            name="Kouvolan Nuorisoseura",
            description="Nuorten kerhoja ja retkiä.",
            categories=["youth"],
            target_groups=["youth"],
            languages=["fi"],
            evening=True,
            step_free_access=True,
            published_at=days_ago(30),
        ),
        # Home in Etelä-Karjala, but also active in Kotka (Kymenlaakso).
        "lappeenranta": AssociationFactory(
            name="Saimaan Kaverit",
            municipality="lappeenranta",
            municipalities=["kotka"],
            description="Kaveritoimintaa ja vertaistukea.",
            categories=["social-health"],
            target_groups=["everyone"],
            languages=["fi", "sv"],
            step_free_access=False,
            published_at=days_ago(1),
        ),
        "imatra": AssociationFactory(
            name="Imatran Kuoro",
            municipality="imatra",
            categories=["culture-arts"],
            target_groups=["seniors"],
            languages=["en"],
            published_at=days_ago(10),
        ),
        "jyvaskyla": AssociationFactory(
            name="Jyväskylän Partiolaiset",
            municipality="jyvaskyla",
            categories=["youth"],
            target_groups=["youth"],
            languages=["fi"],
            evening=True,
            step_free_access=True,
            published_at=days_ago(5),
        ),
        "draft": AssociationFactory(
            name="Aaa Luonnos",
            draft=True,
            categories=["youth"],
            target_groups=["youth"],
            languages=["fi"],
            evening=True,
            step_free_access=True,
        ),
        "hidden": AssociationFactory(
            name="Aaa Piilotettu",
            hidden=True,
            categories=["youth"],
            target_groups=["youth"],
            languages=["fi"],
            evening=True,
            step_free_access=True,
        ),
    }


def test_lists_every_published_card_by_name(client, cards):
    response = client.get(URL)

    assert response.status_code == 200
    assert listed(response) == [
        "Imatran Kuoro",
        "Jyväskylän Partiolaiset",
        "Kouvolan Nuorisoseura",
        "Saimaan Kaverit",
    ]
    html = response.content.decode()
    assert "4 associations found" in html
    assert 'href="/en/associations/kouvolan-nuorisoseura/"' in html


def test_drafts_and_hidden_cards_are_never_listed(client, cards):
    html = client.get(URL, {"q": "aaa"}).content.decode()

    assert "Aaa Luonnos" not in html
    assert "Aaa Piilotettu" not in html
    for query in [{}, {"category": "youth"}, {"evening": "on"}, {"region": "kymenlaakso"}]:
        names = listed(client.get(URL, query))
        assert "Aaa Luonnos" not in names
        assert "Aaa Piilotettu" not in names


def test_region_lists_cards_active_there_including_those_based_elsewhere(client, cards):
    response = client.get(URL, {"region": "kymenlaakso"})

    assert listed(response) == ["Kouvolan Nuorisoseura", "Saimaan Kaverit"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"municipality": "kotka"}, ["Saimaan Kaverit"]),
        ({"municipality": "lappeenranta"}, ["Saimaan Kaverit"]),
        ({"municipality": "kouvola"}, ["Kouvolan Nuorisoseura"]),
        ({"category": "youth"}, ["Jyväskylän Partiolaiset", "Kouvolan Nuorisoseura"]),
        ({"category": "culture-arts"}, ["Imatran Kuoro"]),
        ({"target_group": "seniors"}, ["Imatran Kuoro"]),
        ({"language": "sv"}, ["Saimaan Kaverit"]),
        ({"language": "en"}, ["Imatran Kuoro"]),
        ({"evening": "on"}, ["Jyväskylän Partiolaiset", "Kouvolan Nuorisoseura"]),
        ({"step_free": "on"}, ["Jyväskylän Partiolaiset", "Kouvolan Nuorisoseura"]),
        ({"q": "kaveritoiminta"}, ["Saimaan Kaverit"]),
        ({"region": "etela-karjala"}, ["Imatran Kuoro", "Saimaan Kaverit"]),
        ({"region": "uusimaa"}, []),
    ],
)
def test_each_filter_alone(client, cards, query, expected):
    assert listed(client.get(URL, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "kymenlaakso", "category": "youth"}, ["Kouvolan Nuorisoseura"]),
        ({"region": "kymenlaakso", "language": "fi"}, ["Kouvolan Nuorisoseura", "Saimaan Kaverit"]),
        (
            {"category": "youth", "evening": "on", "step_free": "on"},
            ["Jyväskylän Partiolaiset", "Kouvolan Nuorisoseura"],
        ),
        (
            {"region": "keski-suomi", "category": "youth", "evening": "on"},
            ["Jyväskylän Partiolaiset"],
        ),
        ({"region": "kymenlaakso", "municipality": "kotka", "language": "sv"}, ["Saimaan Kaverit"]),
        ({"region": "etela-karjala", "category": "youth"}, []),
        ({"region": "kymenlaakso", "q": "nuorille"}, ["Kouvolan Nuorisoseura"]),
    ],
)
def test_filters_combine(client, cards, query, expected):
    assert listed(client.get(URL, query)) == expected


def test_the_box_that_is_not_ticked_filters_nothing(client, cards):
    response = client.get(URL, {"evening": "", "step_free": ""})

    assert len(listed(response)) == 4


def test_counts_beside_options_ignore_their_own_filter(client, cards):
    response = client.get(URL, {"region": "kymenlaakso"})

    html = response.content.decode()
    # The region counts are what each region would give: the region filter is not applied.
    assert option("kymenlaakso", "Kymenlaakso (2)", selected=True) in html
    assert option("etela-karjala", "Etelä-Karjala (2)") in html
    assert option("keski-suomi", "Keski-Suomi (1)") in html
    # The other options are counted within Kymenlaakso; municipalities only those of the region.
    assert option("kouvola", "Kouvola (1)") in html
    assert option("kotka", "Kotka (1)") in html
    assert 'value="lappeenranta"' not in html
    assert option("youth", "Youth (1)") in html
    assert option("social-health", "Social and health (1)") in html
    assert option("fi", "Finnish (2)") in html
    assert option("sv", "Swedish (1)") in html
    # Options that would give nothing are not offered.
    assert 'value="culture-arts"' not in html
    assert 'value="uusimaa"' not in html


def test_counts_without_filters(client, cards):
    html = client.get(URL).content.decode()

    assert option("youth", "Youth (2)") in html
    assert option("culture-arts", "Culture and arts (1)") in html
    assert option("kymenlaakso", "Kymenlaakso (2)") in html
    assert option("etela-karjala", "Etelä-Karjala (2)") in html
    assert '<label for="id_evening">Evening activity (after 16:00) (2)</label>' in html
    assert '<label for="id_step_free">Step-free premises (2)</label>' in html


def test_evening_and_step_free_counts_follow_the_other_filters(client, cards):
    html = client.get(URL, {"region": "kymenlaakso", "evening": "on"}).content.decode()

    # The evening count is taken without the evening filter, within Kymenlaakso.
    assert '<label for="id_evening">Evening activity (after 16:00) (1)</label>' in html
    assert '<label for="id_step_free">Step-free premises (1)</label>' in html
    assert 'name="evening" id="id_evening" checked' in html


def test_the_chosen_option_stays_offered_even_when_it_gives_nothing(client, cards):
    response = client.get(URL, {"region": "etela-karjala", "category": "youth"})

    html = response.content.decode()
    assert option("youth", "Youth (0)", selected=True) in html
    assert "No association matches all of these filters." in html


def test_empty_state(client, cards):
    response = client.get(URL, {"q": "purjehdus"})

    assert listed(response) == []
    html = response.content.decode()
    assert "0 associations found" in html
    assert "No association matches all of these filters." in html
    assert '<a href="/en/associations/">Show all associations</a>' in html


def test_empty_portal_shows_the_empty_state(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert "No association matches all of these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"region": "no-such-region"},
        {"municipality": "atlantis"},
        {"category": "x", "target_group": "y", "language": "zz"},
        {"sort": "by-mood"},
        {"page": "abc"},
        {"page": "999"},
        {"evening": "perhaps", "step_free": "1"},
        {"q": "!!! ??? ja"},
        {"q": "'; DROP TABLE associations_association; --"},
        {"q": "x" * 500},
        {"region": "kymenlaakso", "municipality": "jyvaskyla"},
    ],
)
def test_invalid_filter_values_do_not_crash(client, cards, query):
    assert client.get(URL, query).status_code == 200


def test_an_invalid_value_ignores_that_filter_only(client, cards):
    response = client.get(URL, {"region": "no-such-region", "category": "youth"})

    assert listed(response) == ["Jyväskylän Partiolaiset", "Kouvolan Nuorisoseura"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            "name",
            [
                "Imatran Kuoro",
                "Jyväskylän Partiolaiset",
                "Kouvolan Nuorisoseura",
                "Saimaan Kaverit",
            ],
        ),
        (
            "newest",
            [
                "Saimaan Kaverit",
                "Jyväskylän Partiolaiset",
                "Imatran Kuoro",
                "Kouvolan Nuorisoseura",
            ],
        ),
        # Without search words there is nothing to rank by: by name.
        (
            "relevance",
            [
                "Imatran Kuoro",
                "Jyväskylän Partiolaiset",
                "Kouvolan Nuorisoseura",
                "Saimaan Kaverit",
            ],
        ),
    ],
)
def test_sort(client, cards, sort, expected):
    assert listed(client.get(URL, {"sort": sort})) == expected


def test_sort_by_name_with_search_words(client):
    AssociationFactory(name="Bändikerho", description="Nuorille soittoa.")
    AssociationFactory(name="Aikuisten kuoro", description="Nuorille ja aikuisille laulua.")

    response = client.get(URL, {"q": "nuorille", "sort": "name"})

    assert listed(response) == ["Aikuisten kuoro", "Bändikerho"]


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Ranking by relevance needs PostgreSQL."
)
def test_sort_by_relevance_puts_the_best_match_first(client):
    AssociationFactory(name="Aamukerho", description="Lisäksi kerran kuussa laulamme kuorossa.")
    AssociationFactory(name="Kuoro Kaiku", short_description="Kuoro kaikille laulajille.")

    for query in [{"q": "kuoro"}, {"q": "kuoro", "sort": "relevance"}]:
        assert listed(client.get(URL, query)) == ["Kuoro Kaiku", "Aamukerho"]
    assert listed(client.get(URL, {"q": "kuoro", "sort": "name"})) == ["Aamukerho", "Kuoro Kaiku"]


def test_pagination(client):
    for number in range(25):
        AssociationFactory(name=f"Yhdistys {number:02}")

    first = client.get(URL)
    second = client.get(URL, {"page": 2})

    assert len(listed(first)) == 20
    assert listed(second) == [f"Yhdistys {number:02}" for number in range(20, 25)]
    assert "25 associations found" in second.content.decode()
    html = second.content.decode()
    assert '<a href="?page=2" aria-current="page">' in html
    assert '<a href="?page=1" rel="prev">' in html
    assert 'rel="next"' not in html
    assert '<a href="?page=2" rel="next">' in first.content.decode()


def test_pagination_keeps_the_filters(client):
    for number in range(21):
        AssociationFactory(name=f"Yhdistys {number:02}", categories=["youth"])

    response = client.get(URL, {"category": "youth", "page": 1})

    assert '<a href="?category=youth&amp;page=2" rel="next">' in response.content.decode()


def _create_cards(count):
    for _ in range(count):
        AssociationFactory(
            municipality="kotka",
            municipalities=["lappeenranta"],
            categories=["youth", "hobbies"],
            target_groups=["youth"],
            languages=["fi", "sv"],
            evening=True,
            step_free_access=True,
            description="Nuorten kerho.",
        )


# The page, its relations, and the counts of each facet (each counted under the other
# filters, whose chosen options are looked up again): as many queries whatever the data size.
@pytest.mark.parametrize(
    ("query", "budget"),
    [
        ({}, 16),
        ({"region": "kymenlaakso", "category": "youth", "language": "fi", "evening": "on"}, 37),
        ({"q": "nuorten", "municipality": "kotka", "step_free": "on", "sort": "newest"}, 23),
    ],
    ids=["no-filters", "filters", "search"],
)
@pytest.mark.parametrize("count", [4, 12, 36], ids=["N", "3N", "9N"])
def test_query_budget(client, django_assert_max_num_queries, query, budget, count):
    _create_cards(count)

    with django_assert_max_num_queries(budget):
        response = client.get(URL, query)

    assert len(listed(response)) == min(count, 20)
