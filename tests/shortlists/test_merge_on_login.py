"""What someone collected while logged out joins their own list when they log in."""

import pytest
from django.core.management import call_command

from shortlists.models import ShortList
from shortlists.services import MAX_ITEMS, SESSION_KEY
from tests.factories import PASSWORD, AssociationFactory, OpportunityFactory, UserFactory

from .conftest import add

pytestmark = pytest.mark.django_db


def log_in(client, user):
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()


def test_a_session_list_becomes_the_persons_list(client, opportunity, offering):
    person = UserFactory()
    add(client, opportunity)
    add(client, offering)
    client.post("/en/shortlist/", {"note": "Asiakkaalle", f"note-offering-{offering.pk}": "Ti"})

    log_in(client, person)

    shortlist = ShortList.objects.get(owner=person)
    assert shortlist.note == "Asiakkaalle"
    assert [(item.opportunity, item.offering, item.note) for item in shortlist.items.all()] == [
        (opportunity, None, ""),
        (None, offering, "Ti"),
    ]
    assert SESSION_KEY not in client.session
    assert "Iltakahvila" in client.get("/en/shortlist/").content.decode()


def test_a_session_list_joins_an_existing_one_without_doubles(client, opportunity, offering):
    person = UserFactory()
    client.force_login(person)
    add(client, opportunity)
    client.post("/en/shortlist/", {"note": "Oma", f"note-opportunity-{opportunity.pk}": ""})
    client.logout()
    add(client, opportunity)
    add(client, offering)
    client.post("/en/shortlist/", {"note": "Vieras"})

    log_in(client, person)

    shortlist = ShortList.objects.get(owner=person)
    assert shortlist.items.count() == 2
    assert shortlist.note == "Oma\n\nVieras"


def test_the_merge_stops_at_the_limit(client):
    person = UserFactory()
    client.force_login(person)
    association = AssociationFactory()
    for opportunity in OpportunityFactory.create_batch(MAX_ITEMS - 1, association=association):
        add(client, opportunity)
    client.logout()
    for opportunity in OpportunityFactory.create_batch(3, association=association):
        add(client, opportunity)

    log_in(client, person)

    assert ShortList.objects.get(owner=person).items.count() == MAX_ITEMS


def test_a_shared_session_list_becomes_the_persons_with_its_link(client, opportunity):
    person = UserFactory()
    add(client, opportunity)
    client.post("/en/shortlist/share/")
    shared = ShortList.objects.get()

    log_in(client, person)

    shared.refresh_from_db()
    assert shared.owner == person and shared.share_token
    assert client.get(f"/en/shortlist/shared/{shared.share_token}/").status_code == 200


def test_a_shared_session_list_joins_an_existing_one(client, opportunity, offering):
    person = UserFactory()
    own = ShortList.objects.create(owner=person)
    add(client, offering)
    client.post("/en/shortlist/share/")
    token = ShortList.objects.get(owner=None).share_token

    log_in(client, person)

    own.refresh_from_db()
    assert not ShortList.objects.filter(owner=None).exists()
    assert own.share_token == token  # the link goes on, to the merged list
    assert list(own.items.values_list("offering", flat=True)) == [offering.pk]


def test_logging_in_without_a_list_makes_none(client):
    person = UserFactory()
    client.get("/en/shortlist/")

    log_in(client, person)

    assert not ShortList.objects.exists()


def test_logging_in_as_someone_else_does_not_take_their_list(client, opportunity):
    """A list belongs to who made it: logging in moves the session's list, never a person's."""
    first, second = UserFactory(), UserFactory()
    log_in(client, first)
    add(client, opportunity)
    client.logout()

    log_in(client, second)

    assert ShortList.objects.get(owner=first).items.count() == 1
    assert not ShortList.objects.filter(owner=second).exists()


def test_the_command_deletes_abandoned_lists(capsys):
    call_command("delete_abandoned_shortlists")

    assert "Deleted 0 abandoned short list(s)." in capsys.readouterr().out
