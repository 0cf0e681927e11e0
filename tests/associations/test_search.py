"""Finnish-aware search of association cards: /associations/?q=… on SQLite and PostgreSQL."""

import pytest
from django.db import connection

from core.search import build_search_text
from tests.factories import AssociationFactory

pytestmark = pytest.mark.django_db

URL = "/en/associations/"


def found(client, query, **params):
    response = client.get(URL, {"q": query, **params})
    assert response.status_code == 200
    return [association.name for association in response.context["associations"]]


@pytest.fixture
def cards():
    return {
        "youth": AssociationFactory(
            name="Kouvolan Nuorisoseura",
            short_description="Kerhoja ja tapahtumia.",
            description="Nuorten kerhoja joka viikko.",
        ),
        "friends": AssociationFactory(
            name="Saimaan Tuki",
            municipality="lappeenranta",
            short_description="Tukea arkeen.",
            description="Kaveritoiminta yhdistää ihmisiä.",
        ),
        "volunteers": AssociationFactory(
            name="Imatran Auttajat",
            municipality="imatra",
            short_description="Apua naapureille.",
            description="Vapaaehtoistyö on meille tärkeää.",
        ),
        # Its text does not name Kouvola, but it is active there too.
        "kotka": AssociationFactory(
            name="Kotkan Kuoro",
            municipality="kotka",
            municipalities=["kouvola"],
            short_description="Laulamme yhdessä.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # An inflected query word finds another inflection of the same word.
        ("nuorille", ["Kouvolan Nuorisoseura"]),
        ("kaveritoimintaan", ["Saimaan Tuki"]),
        ("vapaaehtoistyötä", ["Imatran Auttajat"]),
        # A place: in the name, or among the municipalities where the card is active.
        ("Kouvolassa", ["Kotkan Kuoro", "Kouvolan Nuorisoseura"]),
        ("Imatralla", ["Imatran Auttajat"]),
        # Upper case, extra spaces and punctuation do not matter.
        ("  NUORILLE!  ", ["Kouvolan Nuorisoseura"]),
    ],
)
def test_finds_other_forms_of_the_words(client, cards, query, expected):
    assert found(client, query, sort="name") == expected


def test_finds_the_parts_of_a_compound_word_in_the_text(client, cards):
    # "Kaveritoiminta" is kaveri + toiminta.
    assert found(client, "toimintaa") == ["Saimaan Tuki"]


def test_a_compound_query_does_not_find_every_card_with_one_of_its_parts(client, cards):
    AssociationFactory(name="Kouvolan Seurakuntakerho", short_description="Seurakunnan kerho.")

    assert found(client, "nuorisokerho") == []


def test_a_word_that_is_nowhere_finds_nothing(client, cards):
    assert found(client, "purjehdus") == []
    assert "No association matches all of these filters." in (
        client.get(URL, {"q": "purjehdus"}).content.decode()
    )


def test_every_word_must_match(client, cards):
    AssociationFactory(
        name="Nuorten Kaverit",
        municipality="jyvaskyla",
        short_description="Nuorten kaveritoimintaa.",
    )

    assert found(client, "nuorille kaveritoimintaan") == ["Nuorten Kaverit"]
    assert found(client, "nuorille purjehdus") == []
    assert found(client, "kaveritoimintaan Kouvolassa") == []


def test_common_words_are_ignored(client, cards):
    assert found(client, "nuorille ja") == ["Kouvolan Nuorisoseura"]


def test_only_stopwords_finds_everything(client, cards):
    assert len(found(client, "ja tai")) == 4


def test_search_does_not_find_cards_that_are_not_public(client, cards):
    AssociationFactory(name="Nuorten Luonnos", draft=True, description="Nuorten juttuja.")
    AssociationFactory(name="Nuorten Piilo", hidden=True, description="Nuorten juttuja.")

    assert found(client, "nuorille") == ["Kouvolan Nuorisoseura"]


def test_search_follows_changes_to_the_card(client, cards):
    from associations.services import association_refresh_derived_fields

    card = cards["kotka"]
    card.description = "Nuorten kuoro."
    card.save()
    association_refresh_derived_fields(association=card)

    assert found(client, "nuorille", sort="name") == ["Kotkan Kuoro", "Kouvolan Nuorisoseura"]


@pytest.mark.parametrize(
    "query", ["Kouvolan Palloseurra", "kouvolan paloseura", "Kuovolan Palloseura"]
)
@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Typo tolerance needs PostgreSQL (pg_trgm word similarity).",
)
def test_a_typo_in_the_name_still_finds_it(client, cards, query):
    AssociationFactory(name="Kouvolan Palloseura", short_description="Jalkapalloa kaikille.")

    assert found(client, query) == ["Kouvolan Palloseura"]


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Ranking by relevance needs PostgreSQL."
)
def test_a_name_match_ranks_above_a_description_match(client):
    AssociationFactory(
        name="Aamukahvilan Ystävät",
        short_description="Kahvia ja juttuseuraa.",
        description="Joskus käymme yhdessä teatterissa.",
    )
    AssociationFactory(name="Teatteri Kulissi", short_description="Harrastajateatteri.")

    assert found(client, "teatteri") == ["Teatteri Kulissi", "Aamukahvilan Ystävät"]
    assert found(client, "teatteri", sort="name") == ["Aamukahvilan Ystävät", "Teatteri Kulissi"]


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Ranking by relevance needs PostgreSQL."
)
def test_a_short_description_match_ranks_above_a_description_match(client):
    AssociationFactory(
        name="Alfa", short_description="Yhdistys.", description="Retkeilyä kesäisin."
    )
    AssociationFactory(name="Beta", short_description="Retkeilyä ja luontoa.")

    assert found(client, "retkeily") == ["Beta", "Alfa"]


def test_build_search_text_has_the_words_and_their_base_forms():
    text = build_search_text("Nuorten kaveritoimintaa", "Kouvolassa", "Vapaaehtoistyö")
    forms = text.split()

    # The words themselves, lower-cased…
    assert {"nuorten", "kaveritoimintaa", "kouvolassa", "vapaaehtoistyö"} <= set(forms)
    # …their base forms…
    assert {"nuori", "kaveritoiminta", "kouvola"} <= set(forms)
    # …and the parts of compound words.
    assert {"kaveri", "toiminta", "työ"} <= set(forms)
    # Each form once.
    assert len(forms) == len(set(forms))


def test_build_search_text_of_nothing():
    assert build_search_text("", "  ", "!?") == ""


# --- Without ä, ö and å ----------------------------------------------------------------------


@pytest.fixture
def cards_with_letters():
    return {
        "jyvaskyla": AssociationFactory(
            name="Jyväskylän Kävelijät",
            municipality="jyvaskyla",
            short_description="Yhdistyksiä ja käyttäjiä yhteen.",
            description="Etsimme kesäksi työpaikkoja nuorille.",
        ),
        "hameenlinna": AssociationFactory(
            name="Linnan Laulajat",
            municipality="hameenlinna",
            short_description="Kuoro, joka laulaa yhdessä.",
        ),
        "swedish": AssociationFactory(
            name="Svenska föreningen i Kotka",
            municipality="kotka",
            short_description="Vi träffas på måndagar.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The words themselves without the letters…
        ("Jyvaskyla", ["Jyväskylän Kävelijät"]),
        ("Hameenlinna", ["Linnan Laulajat"]),
        ("kayttaja", ["Jyväskylän Kävelijät"]),
        # …and other forms of them, which Voikko knows only with the letters.
        ("yhdistyksia", ["Jyväskylän Kävelijät"]),
        ("yhdistys", ["Jyväskylän Kävelijät"]),
        ("kayttajille", ["Jyväskylän Kävelijät"]),
        ("tyopaikka", ["Jyväskylän Kävelijät"]),
        ("Jyvaskylassa", ["Jyväskylän Kävelijät"]),
        ("Hameenlinnassa", ["Linnan Laulajat"]),
        # Half of the letters typed.
        ("Jyväskylassa", ["Jyväskylän Kävelijät"]),
        # Swedish, with å too.
        ("forening", ["Svenska föreningen i Kotka"]),
        ("Forening", ["Svenska föreningen i Kotka"]),
        ("foreningen", ["Svenska föreningen i Kotka"]),
        ("mandagar", ["Svenska föreningen i Kotka"]),
        # Typed with the letters, as before.
        ("föreningen", ["Svenska föreningen i Kotka"]),
        ("yhdistyksiä", ["Jyväskylän Kävelijät"]),
        ("Hämeenlinnassa", ["Linnan Laulajat"]),
    ],
)
def test_finds_words_typed_without_the_letters(client, cards_with_letters, query, expected):
    assert found(client, query) == expected


def test_a_text_written_without_the_letters_is_found_with_them(client):
    AssociationFactory(name="Nuorten Kahvila", short_description="Kahvila Jyvaskylassa.")

    assert found(client, "Jyväskylä") == ["Nuorten Kahvila"]


def test_every_word_must_match_without_the_letters_too(client, cards_with_letters):
    assert found(client, "yhdistyksia kayttajille") == ["Jyväskylän Kävelijät"]
    assert found(client, "yhdistyksia Hameenlinna") == []


def test_build_search_text_has_every_form_without_the_letters_too():
    forms = build_search_text("Yhdistyksiä Jyväskylässä", "Svenska föreningen på Åland").split()

    assert {"yhdistyksiä", "yhdistyksia", "jyväskylä", "jyvaskyla", "jyvaskylassa"} <= set(forms)
    assert {"föreningen", "foreningen", "på", "pa", "åland", "aland"} <= set(forms)
    assert len(forms) == len(set(forms))
