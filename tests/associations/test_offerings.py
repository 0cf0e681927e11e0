"""Activities and support on the card: the services, the workspace pages under
/manage/<slug>/activities/, the public card, search, and the list's filters and counts."""

import pytest
from django.core.exceptions import ValidationError

from associations.models import Offering
from associations.services import (
    association_build_search_text,
    offering_create,
    offering_delete,
    offering_update,
)
from tests.factories import AssociationFactory
from tests.personas import log_in, make_persona

pytestmark = pytest.mark.django_db

LIST_URL = "/en/associations/"


def offering_fields(**overrides):
    return {
        "kind": Offering.Kind.PEER_SUPPORT,
        "name": "Nuorten vertaisryhmä",
        "description": "Juttelemme arjesta.\nLopuksi pelataan.",
        "for_whom": "16–25-vuotiaille nuorille",
        "when": "Tiistaisin 17–19, syyskuusta toukokuuhun",
        "cost": "",
        "is_free": True,
        "how_to_take_part": "Tule paikalle, ilmoittautumista ei tarvita.",
        **overrides,
    }


def add_offering(association, **overrides):
    return offering_create(association=association, fields=offering_fields(**overrides))


def form_data(**overrides):
    data = {**offering_fields(), "is_free": "on", "position": "0"}
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def found(client, query, **params):
    response = client.get(LIST_URL, {"q": query, **params})
    assert response.status_code == 200
    return [association.name for association in response.context["associations"]]


def listed(client, params):
    response = client.get(LIST_URL, params)
    assert response.status_code == 200
    return sorted(association.name for association in response.context["associations"])


def manage_url(association, suffix="", prefix="/en"):
    return f"{prefix}/manage/{association.slug}/activities/{suffix}"


# --- Services -------------------------------------------------------------------------------


def test_create_saves_it_and_search_finds_the_card_by_it(client, association):
    offering = add_offering(association, name="Kitarakerho", description="Soitamme yhdessä.")

    assert offering.association == association
    assert found(client, "kitarakerhoon") == [association.name]
    assert found(client, "soittamaan") == [association.name]
    assert found(client, "16–25-vuotiaille") == [association.name]


@pytest.mark.parametrize("query", ["vertaistukiryhmä", "kamratstödsgrupp", "peer-support group"])
def test_search_finds_the_card_by_the_kind_in_every_language(client, association, query):
    add_offering(association, kind=Offering.Kind.PEER_SUPPORT)
    AssociationFactory(name="Muu yhdistys")

    assert found(client, query) == [association.name]


def test_update_and_delete_refresh_the_search(client, association):
    offering = add_offering(association, name="Kitarakerho")

    offering_update(offering=offering, fields={"name": "Rumpukerho"})
    assert found(client, "kitarakerho") == []
    assert found(client, "rumpukerho") == [association.name]

    offering_delete(offering=offering)
    assert found(client, "rumpukerho") == []
    assert not Offering.objects.exists()


def test_the_required_fields_are_checked(association):
    with pytest.raises(ValidationError) as error:
        add_offering(association, name="", for_whom="", when="", how_to_take_part="", kind="x")

    assert set(error.value.error_dict) == {"name", "for_whom", "when", "how_to_take_part", "kind"}
    assert not Offering.objects.exists()


def test_the_search_text_without_offerings_stays_as_before():
    """The bench data generator builds the text without the new argument."""
    text = association_build_search_text(
        name="Kerho", short_description="", description="", categories=[], municipalities=[]
    )

    assert "kerho" in text.split()


# --- The workspace pages --------------------------------------------------------------------


def test_the_list_shows_the_cards_own_offerings(client, association, editor):
    add_offering(association, name="Oma ryhmä")
    add_offering(AssociationFactory(), name="Vieras ryhmä")

    response = log_in(client, editor).get(manage_url(association))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Oma ryhmä" in html
    assert "Vieras ryhmä" not in html
    assert f'href="{manage_url(association)}" aria-current="page"' in html


def test_adding_one(client, association, editor):
    log_in(client, editor)

    response = client.post(manage_url(association, "new/"), form_data(cost="2 €"))

    assert response.status_code == 302
    assert response.url == manage_url(association)
    offering = association.offerings.get()
    assert offering.name == "Nuorten vertaisryhmä"
    assert offering.cost == "2 €"
    assert offering.is_free
    messages = [str(m) for m in client.get(response.url).context["messages"]]
    assert messages == ["“Nuorten vertaisryhmä” was added to the card."]


def test_adding_with_errors_keeps_what_was_typed(client, association, editor):
    log_in(client, editor)

    response = client.post(
        manage_url(association, "new/"),
        form_data(name="Kitarakerho", when="", how_to_take_part="", kind=None),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert set(response.context["form"].errors) == {"when", "how_to_take_part", "kind"}
    assert 'value="Kitarakerho"' in html
    assert "16–25-vuotiaille nuorille</textarea>" in html
    assert not Offering.objects.exists()


def test_the_form_is_translated(client, association, editor):
    html = log_in(client, editor).get(manage_url(association, "new/", prefix="")).content.decode()

    assert "Lisää toimintaa tai tukea" in html
    assert "Vertaistukiryhmä" in html
    assert "Esimerkiksi: tiistaisin klo 17–19, syyskuusta toukokuuhun." in html
    assert "---------" not in html


def test_editing_one(client, association, owner):
    offering = add_offering(association)
    log_in(client, owner)

    response = client.get(manage_url(association, f"{offering.pk}/"))
    assert 'value="Nuorten vertaisryhmä"' in response.content.decode()

    response = client.post(
        manage_url(association, f"{offering.pk}/"),
        form_data(name="Kitarakerho", kind="club", is_free=None, cost="5 € / kerta"),
    )

    assert response.status_code == 302
    offering.refresh_from_db()
    assert (offering.name, offering.kind, offering.is_free, offering.cost) == (
        "Kitarakerho",
        "club",
        False,
        "5 € / kerta",
    )


def test_editing_with_errors_keeps_the_saved_name_in_the_heading(client, association, editor):
    offering = add_offering(association)
    log_in(client, editor)

    response = client.post(
        manage_url(association, f"{offering.pk}/"), form_data(name="Uusi nimi", for_whom="")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Edit: Nuorten vertaisryhmä</h1>" in html
    assert 'value="Uusi nimi"' in html
    assert list(response.context["form"].errors) == ["for_whom"]
    offering.refresh_from_db()
    assert offering.name == "Nuorten vertaisryhmä"


def test_removing_one_asks_first(client, association, editor):
    offering = add_offering(association)
    log_in(client, editor)

    response = client.get(manage_url(association, f"{offering.pk}/delete/"))
    assert response.status_code == 200
    assert "Remove “Nuorten vertaisryhmä”?" in response.content.decode()
    assert Offering.objects.exists()

    response = client.post(manage_url(association, f"{offering.pk}/delete/"))

    assert response.status_code == 302
    assert response.url == manage_url(association)
    assert not Offering.objects.exists()


@pytest.mark.parametrize("suffix", ["{pk}/", "{pk}/delete/"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_associations_offering_is_not_found(client, association, editor, suffix, method):
    other = add_offering(AssociationFactory())
    log_in(client, editor)

    response = getattr(client, method)(manage_url(association, suffix.format(pk=other.pk)))

    assert response.status_code == 404
    assert Offering.objects.filter(pk=other.pk, name="Nuorten vertaisryhmä").exists()


@pytest.mark.parametrize(
    ("persona", "expected"),
    [("outsider", 404), ("other_staff", 404), ("other_coordinator", 404), ("coordinator", 403)],
)
@pytest.mark.parametrize("suffix", ["", "new/", "{pk}/", "{pk}/delete/"])
def test_people_who_may_not_edit(client, association, persona, expected, suffix):
    offering = add_offering(association)
    log_in(client, make_persona(persona, association))
    url = manage_url(association, suffix.format(pk=offering.pk))

    assert client.get(url).status_code == expected
    if suffix:
        assert client.post(url, form_data(name="Muutettu")).status_code == expected
    offering.refresh_from_db()
    assert offering.name == "Nuorten vertaisryhmä"


@pytest.mark.parametrize("suffix", ["", "new/", "{pk}/", "{pk}/delete/"])
def test_anonymous_is_sent_to_log_in(client, association, suffix):
    offering = add_offering(association)

    response = client.get(manage_url(association, suffix.format(pk=offering.pk)))

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_the_card_editor_links_to_the_page(client, association, editor):
    html = log_in(client, editor).get(f"/en/manage/{association.slug}/card/").content.decode()

    assert f'<a href="{manage_url(association)}">Activities and support</a>' in html


# --- The public card ------------------------------------------------------------------------


def test_the_public_card_shows_them(client, association):
    add_offering(association, position=1)
    add_offering(
        association,
        kind=Offering.Kind.CLUB,
        name="Kitarakerho",
        is_free=False,
        cost="5 € / kerta",
        description="",
        position=0,
    )

    html = client.get(f"/en/associations/{association.slug}/").content.decode()

    assert '<h2 id="offerings-title">Activities and support</h2>' in html
    assert html.index("Kitarakerho") < html.index("Nuorten vertaisryhmä")
    assert "Club or hobby group" in html
    assert "Peer-support group" in html
    assert "16–25-vuotiaille nuorille" in html
    assert "Tiistaisin 17–19, syyskuusta toukokuuhun" in html
    assert "<dd>Free of charge</dd>" in html
    assert "<dd>5 € / kerta</dd>" in html
    assert "Tule paikalle, ilmoittautumista ei tarvita." in html
    assert "<p>Juttelemme arjesta.<br>Lopuksi pelataan.</p>" in html


def test_a_card_without_offerings_has_no_section(client, association):
    html = client.get(f"/en/associations/{association.slug}/").content.decode()

    assert "offerings-title" not in html


def test_the_public_card_is_translated(client, association):
    add_offering(association)

    html = client.get(f"/sv/associations/{association.slug}/").content.decode()

    assert "Verksamhet och stöd" in html
    assert "Kamratstödsgrupp" in html
    assert "Avgiftsfritt" in html


@pytest.mark.parametrize("count", [1, 4])
def test_the_public_card_takes_as_many_queries_whatever_the_number(
    client, association, django_assert_max_num_queries, count
):
    for _ in range(count):
        add_offering(association)

    # The card, its six prefetched relations and its open opportunities.
    with django_assert_max_num_queries(8):
        response = client.get(f"/en/associations/{association.slug}/")

    assert response.content.decode().count('class="card offering"') == count


# --- Filters and counts on the list ---------------------------------------------------------


@pytest.fixture
def cards(association):
    """Three published cards with offerings, one without, and a draft with a free group."""
    add_offering(association, kind=Offering.Kind.PEER_SUPPORT, is_free=True)
    club = AssociationFactory(name="Kerhoyhdistys")
    add_offering(club, kind=Offering.Kind.CLUB, is_free=False, cost="5 €")
    add_offering(club, kind=Offering.Kind.CLUB, is_free=False, cost="5 €")
    advice = AssociationFactory(name="Neuvontayhdistys", municipality="jyvaskyla")
    add_offering(advice, kind=Offering.Kind.COUNSELLING, is_free=True)
    add_offering(advice, kind=Offering.Kind.PEER_SUPPORT, is_free=False)
    AssociationFactory(name="Tyhjä yhdistys")
    add_offering(AssociationFactory(name="Luonnos", draft=True), is_free=True)
    return association


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"activity": "peer_support"}, ["Kouvolan Nuorisoseura", "Neuvontayhdistys"]),
        ({"activity": ["club", "counselling"]}, ["Kerhoyhdistys", "Neuvontayhdistys"]),
        ({"activity": "event_series"}, []),
        ({"free_activity": "on"}, ["Kouvolan Nuorisoseura", "Neuvontayhdistys"]),
        ({"activity": "club", "free_activity": "on"}, []),
        ({"activity": "peer_support", "region": "kymenlaakso"}, ["Kouvolan Nuorisoseura"]),
    ],
)
def test_the_filters(client, cards, params, expected):
    assert listed(client, params) == expected


def test_the_counts_are_of_published_cards(client, cards):
    html = client.get(LIST_URL).content.decode()

    assert "Peer-support group (2)" in html
    assert "Club or hobby group (1)" in html
    assert "Counselling or advice (1)" in html
    # A kind no published card offers is left out.
    assert "Event series" not in html
    assert '<label for="id_free_activity">Free activities (2)</label>' in html


def test_the_counts_follow_the_other_filters(client, cards):
    html = client.get(
        LIST_URL, {"region": "kymenlaakso", "activity": "peer_support", "free_activity": "on"}
    ).content.decode()

    # Each counted under the other filters: the chosen kind is kept, the others are counted.
    assert "Peer-support group (1)" in html
    assert "Club or hobby group" not in html
    assert '<label for="id_free_activity">Free activities (1)</label>' in html


def test_chosen_kinds_stay_chosen(client, cards):
    html = client.get(LIST_URL, {"activity": ["club", "event_series"]}).content.decode()

    assert 'value="club" id="id_activity_1" checked>' in html
    assert 'value="peer_support" id="id_activity_0">' in html
    # A chosen kind that gives nothing stays, so it can be unticked.
    assert "Event series (0)" in html


def test_filter_labels_are_translated(client, cards):
    html = client.get("/associations/").content.decode()

    assert "Toiminta ja tuki" in html
    assert "Vertaistukiryhmä (2)" in html
    assert "Maksuton toiminta (2)" in html


@pytest.mark.parametrize("count", [2, 6])
def test_the_list_takes_as_many_queries_whatever_the_number(
    client, django_assert_max_num_queries, count
):
    for index in range(count):
        card = AssociationFactory(name=f"Yhdistys {index}")
        add_offering(card, kind=Offering.Kind.CLUB)
        add_offering(card, kind=Offering.Kind.SERVICE, is_free=False)

    # The page and its relations, and one count per facet (the flags together).
    with django_assert_max_num_queries(17):
        client.get(LIST_URL)
    with django_assert_max_num_queries(21):
        response = client.get(LIST_URL, {"activity": ["club", "service"], "free_activity": "on"})

    assert len(response.context["associations"]) == count
