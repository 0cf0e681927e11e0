"""Sharing a list as a link, the shared page, and stopping sharing."""

import datetime
import re

import pytest
from django.utils import timezone

from shortlists.models import ShortList
from shortlists.services import SESSION_KEY, shortlists_delete_abandoned
from tests.factories import UserFactory

from .conftest import add

pytestmark = pytest.mark.django_db


def share_link(client) -> str:
    html = client.get("/en/shortlist/").content.decode()
    return re.search(r'href="http://testserver(/en/shortlist/shared/[\w-]+/)"', html).group(1)


def test_a_logged_in_person_shares_and_stops_sharing(client, opportunity):
    person = UserFactory()
    client.force_login(person)
    add(client, opportunity)
    client.post("/en/shortlist/", {"note": "Iltaisin vapaana"})

    response = client.post("/en/shortlist/share/", follow=True)

    assert "Anyone with the link can now see the list" in response.content.decode()
    link = share_link(client)
    shortlist = ShortList.objects.get(owner=person)
    assert link.endswith(f"/{shortlist.share_token}/") and shortlist.shared_at is not None

    client.logout()
    shared = client.get(link)
    html = shared.content.decode()
    assert shared.status_code == 200
    assert "Iltakahvila" in html and "Iltaisin vapaana" in html
    assert "<form" not in html[html.index("<main") : html.index("</main>")]
    assert shared["Referrer-Policy"] == "no-referrer"
    assert shared["X-Robots-Tag"] == "noindex"
    assert "no-store" in shared["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html

    client.force_login(person)
    client.post("/en/shortlist/unshare/")
    client.logout()
    assert client.get(link).status_code == 404
    assert ShortList.objects.get(owner=person).share_token is None


def test_sharing_again_gives_a_new_link(client, opportunity):
    client.force_login(UserFactory())
    add(client, opportunity)
    client.post("/en/shortlist/share/")
    first = share_link(client)
    client.post("/en/shortlist/unshare/")

    client.post("/en/shortlist/share/")

    assert share_link(client) != first
    assert client.get(first).status_code == 404


def test_the_shared_link_shows_the_list_as_it_is_now(client, opportunity, offering):
    client.force_login(UserFactory())
    add(client, opportunity)
    client.post("/en/shortlist/share/")
    link = share_link(client)

    add(client, offering)

    assert "Nuorten vertaisryhmä" in client.get(link).content.decode()


def test_a_logged_out_list_moves_into_the_database_when_shared(client, opportunity, offering):
    add(client, opportunity)
    client.post(
        "/en/shortlist/", {"note": "Asiakkaalle", f"note-opportunity-{opportunity.pk}": "Soita"}
    )

    client.post("/en/shortlist/share/")

    shortlist = ShortList.objects.get()
    assert shortlist.owner is None and shortlist.note == "Asiakkaalle"
    assert client.session[SESSION_KEY] == {"pk": shortlist.pk}
    assert [item.note for item in shortlist.items.all()] == ["Soita"]
    # Still the visitor's list: changes go to the row, and show on the link.
    link = share_link(client)
    add(client, offering)
    assert shortlist.items.count() == 2
    assert "Nuorten vertaisryhmä" in client.get(link).content.decode()

    client.post("/en/shortlist/unshare/")
    assert client.get(link).status_code == 404


def test_an_empty_list_is_not_shared(client):
    response = client.post("/en/shortlist/share/", follow=True)

    assert "Add something to the list before sharing it." in response.content.decode()
    assert not ShortList.objects.exists()
    client.force_login(UserFactory())
    client.post("/en/shortlist/share/")
    assert not ShortList.objects.exclude(share_token=None).exists()


def test_an_unknown_link_is_not_found(client):
    assert client.get("/en/shortlist/shared/not-a-token/").status_code == 404


def test_a_list_is_reachable_only_through_its_own_link(client, opportunity):
    """No URL names a list: another person's list is never theirs to see or change, only a
    link they were given shows it."""
    owner = UserFactory()
    client.force_login(owner)
    add(client, opportunity)
    client.post("/en/shortlist/share/")
    link = share_link(client)

    client.force_login(UserFactory())
    for url in ("/en/shortlist/", "/en/shortlist/print/"):
        assert "Iltakahvila" not in client.get(url).content.decode()
    client.post("/en/shortlist/unshare/")
    client.post("/en/shortlist/remove/", {"kind": "opportunity", "pk": opportunity.pk})
    assert client.get(link).status_code == 200
    assert ShortList.objects.get(owner=owner).items.count() == 1


def test_a_logged_out_list_is_gone_when_no_session_could_hold_it(client, opportunity, settings):
    add(client, opportunity)
    client.post("/en/shortlist/share/")
    link = share_link(client)
    later = timezone.now() - datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    ShortList.objects.update(updated_at=later)

    assert client.get(link).status_code == 404
    assert "Your short list is empty." in client.get("/en/shortlist/").content.decode()
    assert shortlists_delete_abandoned() == 1
    assert not ShortList.objects.exists()


def test_owned_lists_are_never_deleted_as_abandoned(opportunity, settings):
    person = UserFactory()
    ShortList.objects.create(owner=person)
    later = timezone.now() - datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    ShortList.objects.update(updated_at=later)

    assert shortlists_delete_abandoned() == 0


def test_sharing_takes_only_posts(client):
    assert client.get("/en/shortlist/share/").status_code == 405
    assert client.get("/en/shortlist/unshare/").status_code == 405
