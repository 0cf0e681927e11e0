"""Atom and RSS feeds of a filtered listing: /opportunities/feed/atom/ and /feed/rss/."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import resolve
from django.utils import translation

from core.schedule import Weekday
from tests.factories import OpportunityFactory
from tests.volunteering.helpers import days_from_today
from volunteering.models import Opportunity

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

ATOM = "/en/opportunities/feed/atom/"
RSS = "/en/opportunities/feed/rss/"
NS = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def opportunities(association):
    """An evening and a daytime task in Kymenlaakso, an evening task elsewhere, and a draft."""
    return {
        "evening": OpportunityFactory(
            association=association,
            title="Läksykerhon ohjaaja",
            short_description="Auta nuoria läksyissä tiistai-iltaisin.",
            schedule=Opportunity.Schedule.RECURRING,
            start_date=days_from_today(-7),
            times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
        ),
        "daytime": OpportunityFactory(
            association=association, title="Kirpputorin apu", place="kotka", one_off=True
        ),
        "elsewhere": OpportunityFactory(
            title="Partioillan apuohjaaja", place="jyvaskyla", evening=True
        ),
        "draft": OpportunityFactory(
            association=association, title="Luonnos", draft=True, evening=True
        ),
    }


def atom_entries(response):
    root = ET.fromstring(response.content)
    return root, [entry.find("atom:title", NS).text for entry in root.findall("atom:entry", NS)]


def rss_items(response):
    root = ET.fromstring(response.content)
    return root, [item.find("title").text for item in root.iter("item")]


def test_atom_feed(client, opportunities):
    response = client.get(ATOM)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root, titles = atom_entries(response)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert root.find("atom:title", NS).text == "Opportunities in Yhdistysinfo"
    assert sorted(titles) == [
        "Kirpputorin apu – Kouvolan Nuorisoseura",
        "Läksykerhon ohjaaja – Kouvolan Nuorisoseura",
        f"Partioillan apuohjaaja – {opportunities['elsewhere'].association.name}",
    ]


def test_rss_feed(client, opportunities):
    response = client.get(RSS)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root, titles = rss_items(response)
    assert root.tag == "rss"
    assert root.find("channel/title").text == "Opportunities in Yhdistysinfo"
    assert len(titles) == 3
    assert not [title for title in titles if title.startswith("Luonnos")]


@pytest.mark.parametrize("url", [ATOM, RSS])
def test_feeds_honour_the_filters(client, opportunities, url):
    response = client.get(url, {"region": "kymenlaakso", "evening": "on"})

    if url == ATOM:
        _root, titles = atom_entries(response)
    else:
        _root, titles = rss_items(response)
    assert titles == ["Läksykerhon ohjaaja – Kouvolan Nuorisoseura"]


def test_atom_links_back_to_the_listing_and_the_opportunities(client, opportunities):
    response = client.get(ATOM, {"region": "kymenlaakso", "evening": "on"})

    root = ET.fromstring(response.content)
    listing = "http://testserver/en/opportunities/?region=kymenlaakso&evening=on"
    assert root.find("atom:link[@rel='alternate']", NS).get("href") == listing
    (entry,) = root.findall("atom:entry", NS)
    slug = opportunities["evening"].slug
    assert entry.find("atom:link", NS).get("href") == f"http://testserver/en/opportunities/{slug}/"
    assert entry.find("atom:summary", NS).text == "Auta nuoria läksyissä tiistai-iltaisin."


def test_rss_links_back_to_the_listing_and_the_opportunities(client, opportunities):
    response = client.get(RSS, {"region": "kymenlaakso", "evening": "on"})

    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("link").text == (
        "http://testserver/en/opportunities/?region=kymenlaakso&evening=on"
    )
    (item,) = channel.findall("item")
    slug = opportunities["evening"].slug
    assert item.find("link").text == f"http://testserver/en/opportunities/{slug}/"
    assert item.find("description").text == "Auta nuoria läksyissä tiistai-iltaisin."
    assert item.find("pubDate").text


def test_empty_feed_is_still_well_formed(client, opportunities):
    response = client.get(ATOM, {"q": "purjehdus"})

    _root, titles = atom_entries(response)
    assert titles == []


def test_the_listing_links_to_its_feed(client, opportunities):
    html = client.get("/en/opportunities/", {"evening": "on"}).content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" title="These opportunities as a feed" '
        'href="/en/opportunities/feed/atom/?evening=on">'
    ) in html


def test_one_requests_filters_do_not_leak_into_anothers(rf, opportunities):
    """The URLconf holds one feed instance for every request. Under a threaded server a second
    request can run between the first one's get_object and the writing of its feed."""
    first = rf.get(RSS, {"region": "kymenlaakso", "evening": "on"})
    second = rf.get(RSS, {"q": "partio"})
    first.user = second.user = AnonymousUser()

    with translation.override("en"):
        feed = resolve(RSS).func
        first_object = feed.get_object(first)
        second_response = feed(second)
        first_feed = feed.get_feed(first_object, first)

    assert first_feed.feed["link"] == (
        "http://testserver/en/opportunities/?region=kymenlaakso&evening=on"
    )
    assert [item["title"] for item in first_feed.items] == [
        "Läksykerhon ohjaaja – Kouvolan Nuorisoseura"
    ]
    channel = ET.fromstring(second_response.content).find("channel")
    assert channel.find("link").text == "http://testserver/en/opportunities/?q=partio"
