"""The sitemap index, its association section, and robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.factories import AssociationFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def xml(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def locations(root, tag):
    return [element.text for element in root.findall(f"s:{tag}/s:loc", NS)]


def test_sitemap_index_lists_the_sections(client):
    root = xml(client.get("/sitemap.xml"))

    assert set(locations(root, "sitemap")) >= {
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-regions.xml",
        "http://testserver/sitemap-municipalities.xml",
        "http://testserver/sitemap-associations.xml",
    }


def test_association_section_lists_published_cards_only(client):
    AssociationFactory(name="Kouvolan Kuoro")
    AssociationFactory(name="Kotkan Kaverit", municipality="kotka")
    AssociationFactory(name="Luonnos", draft=True)
    AssociationFactory(name="Piilotettu", hidden=True)

    root = xml(client.get("/sitemap-associations.xml"))

    urls = locations(root, "url")
    assert sorted(urls) == sorted(
        f"http://testserver{prefix}/associations/{slug}/"
        for slug in ["kouvolan-kuoro", "kotkan-kaverit"]
        for prefix in ["", "/sv", "/en"]
    )
    assert not [url for url in urls if "luonnos" in url or "piilotettu" in url]


@pytest.mark.clock
def test_each_card_links_its_language_versions(client):
    association = AssociationFactory(name="Kouvolan Kuoro")

    root = xml(client.get("/sitemap-associations.xml"))

    [entry] = [
        url
        for url in root.findall("s:url", NS)
        if url.find("s:loc", NS).text == "http://testserver/associations/kouvolan-kuoro/"
    ]
    alternates = {
        link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)
    }
    assert alternates == {
        "fi": "http://testserver/associations/kouvolan-kuoro/",
        "sv": "http://testserver/sv/associations/kouvolan-kuoro/",
        "en": "http://testserver/en/associations/kouvolan-kuoro/",
        "x-default": "http://testserver/associations/kouvolan-kuoro/",
    }
    # The day of the last change in Finland (Europe/Helsinki), not in UTC: they differ after midnight.
    changed_on = timezone.localdate(association.updated_at)
    assert entry.find("s:lastmod", NS).text == changed_on.isoformat()


def test_association_section_without_cards(client):
    root = xml(client.get("/sitemap-associations.xml"))

    assert locations(root, "url") == []


@pytest.mark.parametrize("count", [3, 9, 27], ids=["N", "3N", "9N"])
def test_association_section_query_budget(client, django_assert_max_num_queries, count):
    for _ in range(count):
        AssociationFactory()

    with django_assert_max_num_queries(2):
        root = xml(client.get("/sitemap-associations.xml"))

    assert len(locations(root, "url")) == 3 * count


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /me/" in lines
    assert "Disallow: /en/me/" in lines
    assert "Disallow: /associations/" not in lines


def test_robots_txt_keeps_pages_only_a_link_leads_to_out_of_search_engines(client):
    lines = client.get("/robots.txt").content.decode().splitlines()

    for path in ("shortlist/", "certificate/", "alerts/"):
        assert f"Disallow: /{path}" in lines
        assert f"Disallow: /sv/{path}" in lines
    assert "Disallow: /opportunities/" not in lines
