"""The list page (/shortlist/): its items, the notes, removing, and the print view."""

import re

import pytest

from associations.models import Association
from shortlists.models import ShortList
from shortlists.services import SESSION_KEY
from tests.factories import AssociationFactory, OpportunityFactory, UserFactory
from volunteering.models import Opportunity

from .conftest import add, make_offering

pytestmark = pytest.mark.django_db

URL = "/en/shortlist/"


def html_of(response) -> str:
    return response.content.decode()


def test_an_empty_list_says_how_to_fill_it(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert "Your short list is empty." in html_of(response)
    assert SESSION_KEY not in client.session


def test_the_list_shows_each_item(client, opportunity, offering):
    add(client, opportunity)
    add(client, offering)

    html = html_of(client.get(URL))

    assert "Iltakahvila" in html and "Kipinä ry" in html and "Kouvola" in html
    assert "Evening" in html and "No limit on places." in html
    assert 'href="' + opportunity.get_absolute_url() + '"' in html
    assert "Nuorten vertaisryhmä" in html and "Tiistaisin 17–19" in html
    assert f"#activity-{offering.pk}" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("logged_in", [False, True], ids=["session", "database"])
def test_notes_are_saved(client, opportunity, offering, logged_in):
    if logged_in:
        client.force_login(UserFactory())
    add(client, opportunity)
    add(client, offering)

    response = client.post(
        URL,
        {
            "note": "Kolme iltatehtävää Kouvolassa.",
            f"note-opportunity-{opportunity.pk}": "Soita ensin Annalle.",
            f"note-offering-{offering.pk}": "",
        },
    )

    assert response.status_code == 302 and response.url == URL
    html = html_of(client.get(URL))
    assert "Kolme iltatehtävää Kouvolassa." in html and 'value="Soita ensin Annalle."' in html
    printed = html_of(client.get("/en/shortlist/print/"))
    assert "Kolme iltatehtävää Kouvolassa." in printed and "Soita ensin Annalle." in printed


def test_a_too_long_note_is_shown_with_its_error(client, opportunity):
    add(client, opportunity)

    response = client.post(URL, {"note": "x" * 2001})

    assert response.status_code == 200
    assert "Please check the form" in html_of(response)
    assert client.session[SESSION_KEY]["note"] == ""


def test_each_item_has_a_remove_button(client, opportunity, offering):
    add(client, opportunity)
    add(client, offering)
    html = html_of(client.get(URL))
    form_id = f"remove-offering-{offering.pk}"
    assert f'form="{form_id}"' in html and f'id="{form_id}"' in html

    client.post("/en/shortlist/remove/", {"kind": "offering", "pk": offering.pk})

    assert "Nuorten vertaisryhmä" not in html_of(client.get(URL))


def test_an_item_no_longer_open_says_so(client, opportunity):
    add(client, opportunity)
    Opportunity.objects.filter(pk=opportunity.pk).update(status=Opportunity.Status.CLOSED)

    html = html_of(client.get(URL))

    assert "Iltakahvila" in html and "No longer open" in html


def test_an_item_no_longer_public_shows_nothing_of_it(client, opportunity, offering):
    add(client, opportunity)
    add(client, offering)
    Opportunity.objects.filter(pk=opportunity.pk).update(status=Opportunity.Status.DRAFT)
    Association.objects.filter(pk=offering.association_id).update(status=Association.Status.HIDDEN)

    client.get(URL)  # shows the messages of adding them
    html = html_of(client.get(URL))

    assert "Iltakahvila" not in html and "Nuorten vertaisryhmä" not in html
    assert html.count("This item is no longer available.") == 2


def test_a_deleted_item_leaves_the_session_list_quietly(client, opportunity):
    add(client, opportunity)
    opportunity.delete()

    assert "This item is no longer available." in html_of(client.get(URL))


def test_the_print_view_has_full_addresses_and_no_forms(client, opportunity, offering):
    add(client, opportunity)
    add(client, offering)

    html = html_of(client.get("/en/shortlist/print/"))

    main = html[html.index("<main") : html.index("</main>")]
    assert "<form" not in main
    assert f"http://testserver{opportunity.get_absolute_url()}" in main
    assert f"http://testserver{offering.association.get_absolute_url()}#activity-" in main
    assert "Ctrl+P" in main


def _fill(client, count):
    association = AssociationFactory()
    for opportunity in OpportunityFactory.create_batch(count, association=association):
        add(client, opportunity)
    for number in range(count):
        add(client, make_offering(association, name=f"Kerho {number}"))


# The list and its opportunities (with places taken), which are current, and the activities;
# logged in also the session, the user, the list's row and whether they coordinate a region (the
# header). As many queries for 3 items as for 9.
@pytest.mark.parametrize(("logged_in", "budget"), [(False, 4), (True, 8)], ids=["anon", "user"])
@pytest.mark.parametrize("count", [3, 9], ids=["N", "3N"])
@pytest.mark.parametrize("page", [URL, "/en/shortlist/print/"], ids=["list", "print"])
def test_query_budget(client, django_assert_max_num_queries, logged_in, budget, count, page):
    if logged_in:
        client.force_login(UserFactory())
    _fill(client, count)

    with django_assert_max_num_queries(budget):
        response = client.get(page)

    assert len(re.findall(r'class="card shortlist-item"', html_of(response))) == 2 * count


def test_a_logged_in_person_sees_only_their_own_list(client, opportunity):
    owner = UserFactory()
    client.force_login(owner)
    add(client, opportunity)
    client.post(URL, {"note": "Vain minulle", f"note-opportunity-{opportunity.pk}": ""})
    client.get(URL)  # shows the messages (kept in a cookie, which outlives the log-in)

    client.force_login(UserFactory())
    html = html_of(client.get(URL))

    assert "Iltakahvila" not in html and "Vain minulle" not in html
    assert ShortList.objects.filter(owner=owner).count() == 1
