""" "Save as an alert" on the opportunity listing: logged in and out, the filters kept as the
listing knows them, duplicates, invalid filters, the limit, and the form token never in the
listing's shared part."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from alerts.models import Alert
from alerts.services import MAX_ALERTS
from tests.factories import OpportunityFactory

from .conftest import make_alert

pytestmark = pytest.mark.django_db

CREATE = reverse("alerts:create")
LIST = reverse("alerts:list")
LISTING = reverse("volunteering:list")


def save(client, query, frequency="daily"):
    return client.post(CREATE, {"query": query, "frequency": frequency}, follow=True)


def test_the_listing_offers_the_form_with_its_filters(client, person):
    client.force_login(person)
    response = client.get("/en/opportunities/?region=kymenlaakso&evening=on")
    html = response.content.decode()
    assert 'action="/en/me/alerts/new/"' in html
    assert 'name="query" value="region=kymenlaakso&amp;evening=on"' in html
    assert "Save as an alert" in html


def test_saving_keeps_only_the_listings_filters_sorted(client, person):
    client.force_login(person)
    response = save(client, "type=volunteer&page=3&sort=newest&region=kymenlaakso&utm=x&evening=on")

    assert response.redirect_chain == [(LIST, 302)]
    alert = Alert.objects.get(user=person)
    assert alert.query == "evening=on&region=kymenlaakso&type=volunteer"
    assert alert.frequency == "daily"
    assert alert.summary == "Kymenlaakso · Vapaaehtoistehtävä · Illalla (klo 16 jälkeen)"
    assert "Hakuvahti tallennettiin" in response.content.decode()
    assert alert.summary in response.content.decode()


def test_an_alert_in_english_is_summarised_in_english(client, person):
    client.force_login(person)
    client.post(
        "/en/me/alerts/new/",
        {"query": "q=+kahvila+&municipality=kouvola&age=16&weekend=on", "frequency": "weekly"},
    )
    alert = Alert.objects.get(user=person)
    assert alert.query == "age=16&municipality=kouvola&q=kahvila&weekend=on"
    assert alert.summary == "“kahvila” · Kouvola · Suitable for the age of: 16 · At the weekend"
    assert alert.frequency == "weekly"


def test_no_filters_is_an_alert_for_all_opportunities(client, person):
    client.force_login(person)
    save(client, "")
    alert = Alert.objects.get(user=person)
    assert alert.query == "" and alert.summary == "Kaikki mahdollisuudet"


def test_the_same_filters_again_are_not_saved_twice(client, person):
    client.force_login(person)
    save(client, "region=kymenlaakso&evening=on")
    response = save(client, "evening=on&region=kymenlaakso&page=2", frequency="weekly")

    assert response.redirect_chain == [(LIST, 302)]
    assert Alert.objects.filter(user=person).count() == 1
    assert "Sinulla on jo hakuvahti näillä suodattimilla." in response.content.decode()


def test_invalid_filters_go_back_to_the_listing_and_its_errors(client, person):
    client.force_login(person)
    response = save(client, "region=nowhere&age=abc")

    assert response.redirect_chain == [(f"{LISTING}?region=nowhere&age=abc", 302)]
    assert not Alert.objects.exists()
    html = response.content.decode()
    assert "Näitä suodattimia ei voi tallentaa hakuvahdiksi" in html
    assert "field--error" in html  # the listing's own error for its filter


def test_a_search_too_long_to_keep_is_refused_with_a_message(client, person):
    client.force_login(person)
    response = save(client, "q=" + "nuoret+" * 200)

    assert response.status_code == 200
    assert not Alert.objects.exists()
    assert "Näitä suodattimia ei voi tallentaa hakuvahdiksi" in response.content.decode()


def test_a_frequency_is_needed(client, person):
    client.force_login(person)
    response = save(client, "region=kymenlaakso", frequency="hourly")
    assert not Alert.objects.exists()
    assert response.redirect_chain == [(f"{LISTING}?region=kymenlaakso", 302)]


def test_at_most_twenty_alerts(client, person):
    for age in range(MAX_ALERTS):
        make_alert(person, query=f"age={age + 18}")
    client.force_login(person)
    response = save(client, "region=kymenlaakso")

    assert Alert.objects.filter(user=person).count() == MAX_ALERTS
    assert response.redirect_chain == [(LIST, 302)]
    assert "Voit pitää enintään 20 hakuvahtia." in response.content.decode()


def test_visitors_are_asked_to_log_in_and_come_back(client):
    path = "/en/opportunities/?region=kymenlaakso&evening=on"
    html = client.get(path).content.decode()
    assert "Log in to save an alert" in html
    assert "next=/en/opportunities/%3Fregion%3Dkymenlaakso%26evening%3Don" in html
    assert 'action="/en/me/alerts/new/"' not in html

    response = client.post(CREATE, {"query": "region=kymenlaakso", "frequency": "daily"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Alert.objects.exists()


# The listing is a shared page (core/caching.py): its cached part must hold no form token.


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    settings.FACET_COUNT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def _cached_values():
    table = settings.CACHES["default"].get("LOCATION", "")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {connection.ops.quote_name(table)}")
        keys = [row[0].split(":", 2)[-1] for row in cursor.fetchall()]
    return [cache.get(key) for key in keys]


def test_the_shared_part_of_the_listing_has_no_form_token(client, person, page_cache):
    OpportunityFactory(title="Kahvilavuoro")
    client.force_login(person)
    url = "/en/opportunities/?region=kymenlaakso"
    first = client.get(url).content.decode()
    second = client.get(url).content.decode()  # filled in from the cached part

    shared = [value[1] for value in _cached_values() if isinstance(value, tuple)]
    assert shared
    for html in shared:
        assert "csrfmiddlewaretoken" not in html
        assert "alerts/_save_alert.html" in html  # the mark of the personal part
    for page in (first, second):
        assert re.search(r'action="/en/me/alerts/new/"', page)
        assert 'name="query" value="region=kymenlaakso"' in page
        # The alert form's token and the header's log-out form's.
        assert page.count("csrfmiddlewaretoken") == 2
