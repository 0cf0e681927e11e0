import pytest
from django.core.cache import cache

from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def test_visitors_without_cookies_share_a_cached_page(
    client, page_cache, django_assert_num_queries
):
    client.get("/en/associations/")
    AssociationFactory(name="Brand New Club")

    with django_assert_num_queries(0):
        response = client.get("/en/associations/")

    assert "Brand New Club" not in response.content.decode()


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
