import re
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from associations.models import Association
from core.caching import VERSION_KEY, content_version
from tests.associations.test_manage_card import card_data, card_url
from tests.factories import (
    AssociationFactory,
    MembershipFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from tests.personas import make_persona

pytestmark = pytest.mark.django_db

CACHE_TABLE = settings.CACHES["default"].get("LOCATION", "")


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    settings.FACET_COUNT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@contextmanager
def committed():
    """Runs what the block's writes left for their transaction's commit, and forgets it, as a
    real commit does (the test's own transaction never commits)."""
    waiting = connection.run_on_commit
    start = len(waiting)
    yield
    while len(waiting) > start:
        _savepoints, callback, _robust = waiting.pop(start)
        callback()


def html_of(response) -> str:
    return response.content.decode()


def without_form_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def english(thing) -> str:
    with translation.override("en"):
        return thing.get_absolute_url()


# Visitors without cookies: one copy of each page for everyone.


def test_visitors_without_cookies_share_a_cached_page(client, page_cache):
    AssociationFactory()
    client.get("/en/associations/")
    # Written past the models' signals: the cache cannot know of it.
    Association.objects.update(name="Renamed behind the cache's back")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/associations/")

    assert "Renamed behind" not in html_of(response)
    # The page is not built again: the only queries read the cache (a database table by default).
    assert all(CACHE_TABLE in query["sql"] for query in queries.captured_queries)


def test_a_new_card_shows_at_once_to_visitors_without_cookies(client, page_cache):
    client.get("/en/associations/")
    with committed():
        AssociationFactory(name="Brand New Club")

    assert "Brand New Club" in html_of(client.get("/en/associations/"))


def test_zero_seconds_turns_the_cache_off(client, page_cache, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    AssociationFactory()
    client.get("/en/associations/")
    Association.objects.update(name="Renamed behind the cache's back")

    assert "Renamed behind" in html_of(client.get("/en/associations/"))


# Logged in: the shared part of a page is cached, the personal parts are rendered per request.


@pytest.fixture
def card():
    with committed():
        return AssociationFactory(name="Kipinä ry", municipality="kotka")


def test_logged_in_people_get_the_shared_part_from_the_cache(client, page_cache, card):
    person = UserFactory(email="nuori@example.fi")
    client.force_login(person)
    first = client.get(english(card))
    Association.objects.filter(pk=card.pk).update(short_description="Behind the cache's back")

    with CaptureQueriesContext(connection) as queries:
        again = client.get(english(card))

    assert again.status_code == 200
    assert "Behind the cache" not in html_of(again)
    assert without_form_tokens(html_of(again)) == without_form_tokens(html_of(first))
    # The card is not read again: only the session, the person and the cache.
    assert not any('"associations_association"' in q["sql"] for q in queries.captured_queries)
    assert len(queries.captured_queries) <= 6


def test_each_person_gets_their_own_header_on_a_shared_page(client, page_cache, card):
    client.force_login(make_persona("coordinator", card))
    coordinator_page = html_of(client.get(english(card)))
    client.force_login(UserFactory(email="nuori@example.fi"))
    person_page = html_of(client.get(english(card)))
    client.logout()
    anonymous_page = html_of(client.get(english(card)))

    assert reverse("coordinate:home") in coordinator_page
    assert reverse("coordinate:home") not in person_page
    assert "Log out" in person_page and "Ask to join" in person_page
    assert "Log out" not in anonymous_page and "Log in to ask to join" in anonymous_page
    # A form token is personal: each page has its own (in the header's log-out form).
    tokens = [
        re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        for page in (coordinator_page, person_page)
    ]
    assert all(len(found) == 1 for found in tokens) and tokens[0] != tokens[1]


def test_the_cached_shared_part_holds_nothing_personal(client, page_cache, card):
    opportunity = OpportunityFactory(association=card, title="Kahvilavuoro")
    person = UserFactory(email="nuori@example.fi")
    SignUpFactory(user=person, opportunity=opportunity)
    client.force_login(person)
    for url in ("/en/", english(card), english(opportunity)):
        assert client.get(url).status_code == 200

    cached = [cache.get(key) for key in _cached_keys()]
    shared = [value[1] for value in cached if isinstance(value, tuple)]
    assert len(shared) >= 3
    for html in shared:
        assert "csrfmiddlewaretoken" not in html
        assert "nuori@example.fi" not in html
        assert "You have signed up" not in html


def _cached_keys():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {connection.ops.quote_name(CACHE_TABLE)}")
        return [row[0].split(":", 2)[-1] for row in cursor.fetchall()]


def test_ones_own_sign_up_shows_on_a_shared_opportunity_page(client, page_cache, card):
    opportunity = OpportunityFactory(association=card, title="Kahvilavuoro")
    signed_up = UserFactory()
    SignUpFactory(user=signed_up, opportunity=opportunity)
    url = english(opportunity)

    client.force_login(UserFactory())
    other = html_of(client.get(url))
    client.force_login(signed_up)
    own = html_of(client.get(url))
    client.logout()
    anonymous = html_of(client.get(url))

    assert "You have signed up" in own and "You have signed up" not in other
    assert ">Sign up</a>" in other
    assert "Log in to sign up" in anonymous


def test_a_message_shows_on_a_cached_page(client, page_cache):
    client.force_login(UserFactory())
    client.get("/en/")

    response = client.post("/en/accounts/logout/", follow=True)

    assert response.redirect_chain[-1][0] == "/en/"
    assert "You have signed out." in html_of(response)
    assert "You have signed out." not in html_of(client.get("/en/"))


def test_a_draft_card_shown_to_its_staff_is_not_shared(client, page_cache):
    draft = AssociationFactory(status=Association.Status.DRAFT)
    owner = UserFactory()
    MembershipFactory(user=owner, association=draft, role="owner")
    client.force_login(owner)
    assert client.get(draft.get_absolute_url()).status_code == 200

    client.force_login(UserFactory())
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_change_staff_save_shows_at_once_everywhere(client, page_cache, card):
    owner = UserFactory()
    MembershipFactory(user=owner, association=card, role="owner")
    reader = UserFactory()
    pages = [
        english(card),
        "/en/associations/",
        "/en/associations/?q=kipinä",
        "/en/",
    ]
    client.force_login(reader)
    before = {url: html_of(client.get(url)) for url in pages}
    assert all("Kipinä ry" in html for html in before.values())
    version = content_version()

    client.force_login(owner)
    with committed():
        response = client.post(card_url(card), card_data(name="Kipinä ry – nuorisokahvila"))
    assert response.status_code == 302

    assert content_version() > version
    client.force_login(reader)
    for url in pages:
        assert "nuorisokahvila" in html_of(client.get(url)), url
    client.logout()
    assert "nuorisokahvila" in html_of(client.get(english(card)))


def test_the_version_is_raised_only_when_the_change_commits(page_cache):
    version = content_version()
    with committed():
        AssociationFactory()
        assert content_version() == version
    assert content_version() > version


def test_a_lost_version_comes_back_larger(page_cache):
    version = content_version()
    cache.delete(VERSION_KEY)
    assert content_version() > version


# The numbers beside the filter options.


def option_text(response, slug):
    html = html_of(response)
    start = html.index(f'<option value="{slug}"')
    return html[start : html.index("</option>", start)]


def test_filter_counts_are_shared_until_content_changes(client, page_cache):
    with committed():
        AssociationFactory(municipality="kouvola")
    client.force_login(UserFactory())
    first = client.get("/en/associations/?region=kymenlaakso")
    assert option_text(first, "kymenlaakso").endswith("Kymenlaakso (1)")

    with committed():
        AssociationFactory(municipality="kotka")

    again = client.get("/en/associations/?region=kymenlaakso&sort=newest&evening=")
    assert again.context["page_obj"].paginator.count == 2
    assert option_text(again, "kymenlaakso").endswith("Kymenlaakso (2)")


def test_filter_counts_for_the_same_filters_are_counted_once(client, page_cache):
    AssociationFactory(municipality="kouvola")
    client.force_login(UserFactory())
    client.get("/en/associations/?region=kymenlaakso")
    Association.objects.update(has_evening_activity=True)  # no signal: the counts stay cached

    other_order = client.get("/en/associations/?region=kymenlaakso&sort=name&evening=")
    assert option_text(other_order, "kymenlaakso").endswith("Kymenlaakso (1)")
    assert "Evening activity (after 16:00) (0)" in html_of(other_order)


def test_counts_with_a_personal_filter_are_not_shared(client, page_cache):
    OpportunityFactory(type="volunteer")
    person = UserFactory()
    ProfileFactory(user=person, birth_year=years_ago(20))
    client.force_login(person)
    client.get("/en/opportunities/?for_me=on")

    OpportunityFactory(type="volunteer")  # no commit: only an uncached page can show it
    response = client.get("/en/opportunities/?for_me=on")

    assert option_text(response, "volunteer").endswith("(2)")


def test_suitable_for_my_age_is_offered_only_with_a_birth_year(client, page_cache):
    OpportunityFactory()
    without_age = UserFactory()
    with_age = UserFactory()
    ProfileFactory(user=with_age, birth_year=years_ago(20))

    client.force_login(without_age)
    assert "Suitable for my age" not in html_of(client.get("/en/opportunities/"))
    client.force_login(with_age)
    assert "Suitable for my age" in html_of(client.get("/en/opportunities/"))


def test_a_transaction_of_many_changes_raises_the_version_once(page_cache):
    version = content_version()
    with committed():
        AssociationFactory.create_batch(3)
    assert content_version() == version + 1
