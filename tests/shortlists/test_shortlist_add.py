"""The "Add to short list" and "remove" buttons: POST forms that go back to the page they were
on with a message, for people logged out (the session) and logged in (the database)."""

import pytest
from django.utils import translation

from associations.models import Association
from shortlists.models import ShortList, ShortListItem
from shortlists.services import MAX_ITEMS, SESSION_KEY
from tests.factories import AssociationFactory, OpportunityFactory, UserFactory

from .conftest import add, make_offering, remove

pytestmark = pytest.mark.django_db


def last_message(response) -> str:
    """The message the last request left (those of earlier requests wait unshown)."""
    return [str(message) for message in response.context["messages"]][-1]


def test_logged_out_the_list_is_kept_in_the_session(client, opportunity, offering):
    page = opportunity.get_absolute_url()
    response = add(client, opportunity, next_url=page)

    assert response.status_code == 302 and response.url == page
    add(client, offering)
    assert client.session[SESSION_KEY]["items"] == [
        ["opportunity", opportunity.pk, ""],
        ["offering", offering.pk, ""],
    ]
    assert not ShortList.objects.exists()

    remove(client, opportunity)
    assert client.session[SESSION_KEY]["items"] == [["offering", offering.pk, ""]]


def test_logged_in_the_list_is_kept_in_the_database(client, opportunity, offering):
    person = UserFactory()
    client.force_login(person)

    add(client, opportunity)
    add(client, offering)

    shortlist = ShortList.objects.get(owner=person)
    assert [(item.opportunity, item.offering) for item in shortlist.items.all()] == [
        (opportunity, None),
        (None, offering),
    ]
    remove(client, offering)
    assert list(shortlist.items.values_list("opportunity", flat=True)) == [opportunity.pk]
    assert SESSION_KEY not in client.session


def test_adding_says_so_and_goes_back_to_the_page(client, opportunity):
    with translation.override("en"):
        page = opportunity.get_absolute_url()

    response = client.post(
        "/en/shortlist/add/",
        {"kind": "opportunity", "pk": opportunity.pk, "next": page},
        follow=True,
    )

    assert response.redirect_chain == [(page, 302)]
    assert last_message(response) == "“Iltakahvila” is on your short list."
    html = response.content.decode()
    assert "On your short list ✓" in html and "Remove from the short list" in html


def test_adding_twice_keeps_one(client, opportunity):
    client.force_login(UserFactory())
    add(client, opportunity)

    response = client.post(
        "/en/shortlist/add/", {"kind": "opportunity", "pk": opportunity.pk}, follow=True
    )

    assert ShortListItem.objects.count() == 1
    assert last_message(response) == "“Iltakahvila” was on your short list already."


def test_the_way_back_stays_on_the_site(client, opportunity):
    response = add(client, opportunity, next_url="https://evil.example.com/")

    assert response.url == "/en/shortlist/"


@pytest.mark.parametrize("logged_in", [False, True], ids=["session", "database"])
def test_a_list_holds_at_most_the_limit(client, logged_in):
    if logged_in:
        client.force_login(UserFactory())
    association = AssociationFactory()
    opportunities = OpportunityFactory.create_batch(MAX_ITEMS + 1, association=association)
    for opportunity in opportunities[:MAX_ITEMS]:
        add(client, opportunity)

    response = client.post(
        "/en/shortlist/add/", {"kind": "opportunity", "pk": opportunities[-1].pk}, follow=True
    )

    assert last_message(response) == (
        f"A short list holds at most {MAX_ITEMS} items. Remove one before adding another."
    )
    page = client.get("/en/shortlist/").content.decode()
    assert opportunities[-1].title not in page and opportunities[0].title in page


def test_the_limit_is_told_in_finnish(client):
    client.force_login(UserFactory())
    opportunities = OpportunityFactory.create_batch(MAX_ITEMS + 1, association=AssociationFactory())
    for opportunity in opportunities:
        response = client.post(
            "/shortlist/add/", {"kind": "opportunity", "pk": opportunity.pk}, follow=True
        )

    assert last_message(response) == (
        f"Muistilistalle mahtuu enintään {MAX_ITEMS} kohdetta. Poista jokin ennen kuin lisäät uuden."
    )


@pytest.mark.parametrize(
    "trait", ["draft", "pending", "closed", "archived"], ids=lambda trait: trait
)
def test_only_a_current_opportunity_can_be_added(client, trait):
    client.force_login(UserFactory())
    opportunity = OpportunityFactory(**{trait: True})

    assert add(client, opportunity).status_code == 404
    assert not ShortListItem.objects.exists()


def test_an_opportunity_of_a_hidden_card_cannot_be_added(client):
    opportunity = OpportunityFactory(association__status=Association.Status.HIDDEN)

    assert add(client, opportunity).status_code == 404
    assert SESSION_KEY not in client.session


def test_an_activity_of_a_draft_card_cannot_be_added(client):
    offering = make_offering(AssociationFactory(draft=True))

    assert add(client, offering).status_code == 404


@pytest.mark.parametrize(
    "data",
    [{}, {"kind": "association", "pk": 1}, {"kind": "opportunity", "pk": "x"}],
    ids=["nothing", "unknown kind", "not a number"],
)
def test_a_broken_button_is_not_found(client, data):
    assert client.post("/en/shortlist/add/", data).status_code == 404
    assert client.post("/en/shortlist/remove/", data).status_code == 404


def test_the_buttons_take_only_posts(client, opportunity):
    assert client.get(f"/en/shortlist/add/?kind=opportunity&pk={opportunity.pk}").status_code == 405
    assert client.get("/en/shortlist/remove/").status_code == 405


def test_removing_touches_only_ones_own_list(client, opportunity):
    other = UserFactory()
    client.force_login(other)
    add(client, opportunity)
    client.force_login(UserFactory())

    remove(client, opportunity)

    assert ShortListItem.objects.filter(shortlist__owner=other).count() == 1
