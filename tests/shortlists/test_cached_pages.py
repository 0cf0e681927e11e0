"""The buttons on shared cached pages (the opportunity page and the card, core/caching.py): a
personal part each, so that the cached shared part never holds a form token or anyone's list;
and for visitors without a session a link instead of a form, so that the page sets no cookie
and is cached whole."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from associations.models import Offering
from tests.core.test_caching import (  # noqa: F401
    CACHE_TABLE,
    _cached_keys,
    committed,
    english,
    html_of,
    page_cache,
)
from tests.factories import AssociationFactory, OpportunityFactory, UserFactory
from volunteering.models import Opportunity

from .conftest import add, make_offering

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

ON_LIST = "On your short list ✓"
ADD = "Add to short list"


@pytest.fixture
def card_with_activities():
    with committed():
        card = AssociationFactory(name="Kipinä ry")
        first = make_offering(card, name="Vertaisryhmä")
        second = make_offering(card, name="Kokkikerho")
        opportunity = OpportunityFactory(association=card, title="Iltakahvila")
    return card, first, second, opportunity


def buttons_of(html: str, offering) -> str:
    start = html.index(f'id="activity-{offering.pk}"')
    return html[start : html.index("</li>", start)]


def test_each_person_sees_their_own_list_on_shared_pages(client, card_with_activities):
    card, first, second, opportunity = card_with_activities
    collector = UserFactory(email="ammattilainen@example.fi")
    client.force_login(collector)
    add(client, first)
    add(client, opportunity)
    own_card = html_of(client.get(english(card)))
    own_opportunity = html_of(client.get(english(opportunity)))

    client.force_login(UserFactory())
    other_card = html_of(client.get(english(card)))
    other_opportunity = html_of(client.get(english(opportunity)))

    assert ON_LIST in buttons_of(own_card, first) and ADD in buttons_of(own_card, second)
    assert ON_LIST in own_opportunity
    assert ON_LIST not in other_card and ON_LIST not in other_opportunity
    assert ADD in buttons_of(other_card, first) and ADD in other_opportunity


def test_a_logged_out_visitors_list_shows_on_shared_pages(client, card_with_activities):
    card, first, second, opportunity = card_with_activities
    client.get(english(card))  # the shared part cached for visitors

    add(client, second)
    html = html_of(client.get(english(card)))

    assert ON_LIST in buttons_of(html, second) and ADD in buttons_of(html, first)
    client.cookies.clear()
    assert ON_LIST not in html_of(client.get(english(card)))


def test_the_cached_shared_part_holds_no_token_and_no_list(client, card_with_activities):
    card, first, _second, opportunity = card_with_activities
    client.force_login(UserFactory(email="ammattilainen@example.fi"))
    add(client, first)
    add(client, opportunity)
    for url in (english(card), english(opportunity)):
        assert ON_LIST in html_of(client.get(url))
    client.logout()
    add(client, opportunity)
    assert ON_LIST in html_of(client.get(english(opportunity)))

    shared = [value[1] for value in map(cache.get, _cached_keys()) if isinstance(value, tuple)]
    assert len(shared) >= 3  # the card and the opportunity logged in, the opportunity logged out
    for html in shared:
        assert "csrfmiddlewaretoken" not in html
        assert ON_LIST not in html and ADD not in html
        assert "ammattilainen@example.fi" not in html
        assert "<!--personal:shortlists/_toggle.html kind=" in html


def test_each_button_has_its_own_form_token(client, card_with_activities):
    card, first, second, _opportunity = card_with_activities
    client.force_login(UserFactory())

    html = html_of(client.get(english(card)))

    for offering in (first, second):
        assert re.search(r'name="csrfmiddlewaretoken" value="[^"]+"', buttons_of(html, offering))
        assert f'name="pk" value="{offering.pk}"' in buttons_of(html, offering)


def test_the_button_brings_back_to_the_activity(client, card_with_activities):
    card, first, second, _opportunity = card_with_activities
    add(client, second)  # a session
    html = html_of(client.get(english(card)))

    assert f'name="next" value="{english(card)}#activity-{first.pk}"' in buttons_of(html, first)


# Visitors without a session: a link to a page with the button, and the page cached whole.


def test_without_a_session_the_button_is_a_link(client, card_with_activities):
    card, first, _second, opportunity = card_with_activities
    card_html = html_of(client.get(english(card)))
    opportunity_html = html_of(client.get(english(opportunity)))

    assert "csrfmiddlewaretoken" not in card_html + opportunity_html
    assert (
        f'href="/en/shortlist/add/offering/{first.pk}/?next={english(card)}%23activity-{first.pk}"'
        in buttons_of(card_html, first)
    )
    assert (
        f'href="/en/shortlist/add/opportunity/{opportunity.pk}/?next={english(opportunity)}"'
        in opportunity_html
    )


@pytest.mark.parametrize("page", ["opportunity", "card"])
def test_without_cookies_the_page_sets_none_and_is_cached_whole(client, card_with_activities, page):
    card, first, _second, opportunity = card_with_activities
    url = english(opportunity if page == "opportunity" else card)

    response = client.get(url)
    assert not response.cookies, response.cookies
    assert ADD in html_of(response)
    # Written past the models' signals: the cache cannot know of it.
    Opportunity.objects.filter(pk=opportunity.pk).update(title="Renamed behind the cache")
    Offering.objects.filter(pk=first.pk).update(name="Renamed behind the cache")
    client.cookies.clear()

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)

    assert again.status_code == 200 and not again.cookies
    assert "Renamed behind the cache" not in html_of(again)
    # The whole page comes from the cache: the only queries read the cache (a database table).
    assert all(CACHE_TABLE in query["sql"] for query in queries.captured_queries)


def test_a_closed_opportunity_offers_no_button_but_lets_one_remove_it(client):
    with committed():
        opportunity = OpportunityFactory(title="Iltakahvila")
    client.force_login(UserFactory())
    add(client, opportunity)
    with committed():
        opportunity.status = opportunity.Status.CLOSED
        opportunity.save()

    html = html_of(client.get(english(opportunity)))
    assert ON_LIST in html and "Remove from the short list" in html

    client.post("/en/shortlist/remove/", {"kind": "opportunity", "pk": opportunity.pk})
    html = html_of(client.get(english(opportunity)))
    assert ON_LIST not in html and ADD not in html
