import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def test_visitors_without_cookies_share_a_cached_page(client, page_cache):
    client.get("/en/associations/")
    AssociationFactory(name="Brand New Club")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/associations/")

    assert "Brand New Club" not in response.content.decode()
    # The page is not built again: the only queries read the cache (a database table by default).
    cache_table = settings.CACHES["default"].get("LOCATION", "")
    assert all(cache_table in query["sql"] for query in queries.captured_queries)


def test_logged_in_people_always_get_a_fresh_page(client, page_cache):
    client.get("/en/associations/")
    AssociationFactory(name="Brand New Club")
    client.force_login(UserFactory())

    response = client.get("/en/associations/")

    assert "Brand New Club" in response.content.decode()


def test_zero_seconds_turns_the_cache_off(client, page_cache, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    client.get("/en/associations/")
    AssociationFactory(name="Brand New Club")

    assert "Brand New Club" in client.get("/en/associations/").content.decode()


@pytest.fixture
def count_cache(settings):
    settings.FACET_COUNT_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def option_text(response, slug):
    html = response.content.decode()
    start = html.index(f'<option value="{slug}"')
    return html[start : html.index("</option>", start)]


def test_filter_counts_are_shared_for_the_same_filters(client, count_cache):
    AssociationFactory(municipality="kouvola")
    client.force_login(UserFactory())
    first = client.get("/en/associations/?region=kymenlaakso")
    assert option_text(first, "kymenlaakso").endswith("Kymenlaakso (1)")

    AssociationFactory(municipality="kotka")
    again = client.get("/en/associations/?region=kymenlaakso")
    other_filters = client.get("/en/associations/?region=kymenlaakso&sort=newest&evening=")

    # The listing itself is fresh; the counts for the same filters were counted a moment ago.
    assert again.context["page_obj"].paginator.count == 2
    assert option_text(again, "kymenlaakso").endswith("Kymenlaakso (1)")
    # Sorting and empty filters do not make other counts.
    assert option_text(other_filters, "kymenlaakso").endswith("Kymenlaakso (1)")
    # Other filters are counted anew (neither card meets in the evening).
    fresh = client.get("/en/associations/?region=kymenlaakso&evening=on")
    assert option_text(fresh, "kymenlaakso").endswith("Kymenlaakso (0)")


def test_counts_with_a_personal_filter_are_not_shared(client, count_cache):
    from tests.factories import OpportunityFactory, ProfileFactory, years_ago

    OpportunityFactory(type="volunteer")
    person = UserFactory()
    ProfileFactory(user=person, birth_year=years_ago(20))
    client.force_login(person)
    client.get("/en/opportunities/?for_me=on")

    OpportunityFactory(type="volunteer")
    response = client.get("/en/opportunities/?for_me=on")

    assert option_text(response, "volunteer").endswith("(2)")
