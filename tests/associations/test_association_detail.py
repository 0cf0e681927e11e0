"""The public card of an association: /associations/<slug>/."""

import datetime
import json
import re

import pytest

from associations.services import association_refresh_derived_fields
from core.schedule import Weekday
from tests.factories import AssociationFactory, MeetingTimeFactory
from tests.personas import NO_ROLE, PERSONAS, STAFF_AND_COORDINATORS, log_in, make_persona

pytestmark = pytest.mark.django_db

LD_JSON_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def url(association, prefix="/en"):
    return f"{prefix}{association.get_absolute_url()}"


def structured_data(response):
    blocks = LD_JSON_RE.findall(response.content.decode())
    return [json.loads(block) for block in blocks]


@pytest.fixture
def full_card():
    """A card with every public detail filled in."""
    association = AssociationFactory(
        name="Kouvolan Nuorisoseura",
        short_description="Nuorten kerhoja ja tapahtumia Kouvolassa.",
        description="Kokoonnumme **joka viikko**.",
        categories=["youth", "culture-arts"],
        target_groups=["youth"],
        languages=["fi", "sv"],
        municipalities=["kotka"],
        meeting_times=[
            (Weekday.MONDAY, datetime.time(10, 0), datetime.time(12, 0)),
            (Weekday.THURSDAY, datetime.time(17, 30), datetime.time(19, 0)),
        ],
        meeting_place="Nuorisotalo Kipinä",
        street_address="Kauppalankatu 10",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=True,
        accessibility_notes="Hissi sisäpihan puolella.",
        membership_fee="10 € vuodessa",
        contact_name="Maija Meikäläinen",
        contact_email="info@nuorisoseura.example.com",
        contact_phone="040 123 4567",
        website="https://nuorisoseura.example.com",
        social_links="https://www.instagram.com/nuorisoseura\n",
        business_id="0737546-2",
        founded_year=1952,
    )
    MeetingTimeFactory(association=association, weekday=Weekday.SATURDAY, description="Retki")
    return association


# --- Who sees the card ------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_published_card_is_public(client, persona):
    association = AssociationFactory()
    log_in(client, make_persona(persona, association))

    assert client.get(url(association)).status_code == 200


@pytest.mark.parametrize("status", ["draft", "hidden"])
@pytest.mark.parametrize("persona", NO_ROLE)
def test_a_card_that_is_not_public_is_not_found_without_a_role(client, status, persona):
    association = AssociationFactory(**{status: True})
    log_in(client, make_persona(persona, association))

    assert client.get(url(association)).status_code == 404


@pytest.mark.parametrize("status", ["draft", "hidden"])
@pytest.mark.parametrize("persona", STAFF_AND_COORDINATORS)
def test_a_card_that_is_not_public_is_shown_to_its_staff_and_coordinators(client, status, persona):
    association = AssociationFactory(**{status: True})
    log_in(client, make_persona(persona, association))

    response = client.get(url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert "This card is not public" in html
    assert '<meta name="robots" content="noindex">' in html
    assert structured_data(response) == []
    assert "Ask to join" not in html


def test_a_coordinator_of_a_region_where_the_card_is_active_sees_it(client):
    association = AssociationFactory(
        draft=True, municipality="lappeenranta", municipalities=["kotka"]
    )
    coordinator = make_persona("coordinator", AssociationFactory())  # Kymenlaakso
    client.force_login(coordinator)

    assert client.get(url(association)).status_code == 200


def test_unknown_card_is_not_found(client):
    assert client.get("/en/associations/no-such-association/").status_code == 404


# --- What the card shows ---------------------------------------------------------------------


def test_shows_the_details(client, full_card):
    response = client.get(url(full_card))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Kouvolan Nuorisoseura</h1>" in html
    assert '<p class="lead">Nuorten kerhoja ja tapahtumia Kouvolassa.</p>' in html
    assert "<strong>joka viikko</strong>" in html
    assert '<a href="/en/associations/?category=youth">Youth</a>' in html
    assert '<a href="/en/associations/?category=culture-arts">Culture and arts</a>' in html
    assert "<li>Youth</li>" in html  # target group
    assert "Nuorisotalo Kipinä" in html
    assert "10 € vuodessa" in html
    # Active in both municipalities, each linked to its page.
    assert '<a href="/en/regions/kymenlaakso/kouvola/">Kouvola</a>' in html
    assert '<a href="/en/regions/kymenlaakso/kotka/">Kotka</a>' in html


def test_shows_meeting_times_in_weekday_order_and_the_evening_note(client, full_card):
    html = client.get(url(full_card)).content.decode()

    rows = re.findall(r'<th scope="row"[^>]*>(\w+)</th>\s*<td[^>]*>([^<]+?)\s*<', html)
    assert rows == [
        ("Monday", "10.00–12.00"),
        ("Thursday", "17.30–19.00"),
        ("Saturday", "10.00–12.00"),
    ]
    assert html.count('<span class="tag tag--evening">evening</span>') == 1
    assert 'data-label="What">Retki</td>' in html
    assert "This association has activity in the evening, after 16:00." in html


def test_without_meeting_times_or_evening_activity(client):
    html = client.get(url(AssociationFactory())).content.decode()

    assert "Ask the association when it meets." in html
    assert "This association has activity in the evening" not in html


def test_shows_languages_and_accessibility(client, full_card):
    html = client.get(url(full_card)).content.decode()

    assert (
        '<h3>Languages</h3>\n        <ul class="tags"><li>Finnish</li><li>Swedish</li></ul>' in html
    )
    assert "The premises can be entered without steps." in html
    assert "Hissi sisäpihan puolella." in html


@pytest.mark.parametrize(
    ("step_free", "text"),
    [
        (True, "The premises can be entered without steps."),
        (False, "The premises have steps."),
        (None, "The association has not told whether the premises are step-free."),
    ],
)
def test_step_free_access_in_three_states(client, step_free, text):
    association = AssociationFactory(step_free_access=step_free)

    assert text in client.get(url(association)).content.decode()


def test_shows_the_contacts(client, full_card):
    html = client.get(url(full_card)).content.decode()

    assert "<dd>Maija Meikäläinen</dd>" in html
    assert (
        '<a href="mailto:info@nuorisoseura.example.com">info@nuorisoseura.example.com</a>' in html
    )
    assert '<a href="tel:0401234567">040 123 4567</a>' in html
    assert '<a href="https://nuorisoseura.example.com">' in html
    assert '<a href="https://www.instagram.com/nuorisoseura">' in html
    assert "<dd>0737546-2</dd>" in html
    assert "<dd>1952</dd>" in html


def test_map_link_searches_openstreetmap_for_the_address(client, full_card):
    html = client.get(url(full_card)).content.decode()

    assert "Kauppalankatu 10, 45100 Kouvola" in html
    assert (
        '<a href="https://www.openstreetmap.org/search?query='
        'Kauppalankatu%2010%2C%2045100%20Kouvola">Show on a map' in html
    )


def test_no_map_link_without_an_address(client):
    html = client.get(url(AssociationFactory())).content.decode()

    assert "openstreetmap.org" not in html


def test_the_join_button_asks_anonymous_visitors_to_log_in(client, association):
    html = client.get(url(association)).content.decode()

    assert (
        f'href="/en/accounts/login/?next=/en/associations/{association.slug}/join/">'
        "Log in to ask to join</a>" in html
    )


def test_the_join_button_for_a_logged_in_person(client, association, outsider):
    client.force_login(outsider)

    html = client.get(url(association)).content.decode()

    assert f'href="/en/associations/{association.slug}/join/">Ask to join</a>' in html


def test_the_card_in_swedish(client, full_card):
    html = client.get(url(full_card, prefix="/sv")).content.decode()

    assert '<html lang="sv">' in html
    assert ">Unga</a>" in html  # the category "youth"
    assert '<meta property="og:locale" content="sv_FI">' in html


# --- For search engines and link previews ----------------------------------------------------


def test_json_ld_organization_for_a_published_card(client, full_card):
    response = client.get(url(full_card))

    [data] = structured_data(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Kouvolan Nuorisoseura"
    assert data["description"] == "Nuorten kerhoja ja tapahtumia Kouvolassa."
    assert data["url"] == f"http://testserver/en/associations/{full_card.slug}/"
    assert data["email"] == "info@nuorisoseura.example.com"
    assert data["telephone"] == "040 123 4567"
    assert sorted(data["areaServed"]) == ["Kotka", "Kouvola"]
    assert data["foundingDate"] == "1952"
    assert data["vatID"] == "FI07375462"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kauppalankatu 10",
        "postalCode": "45100",
        "addressLocality": "Kouvola",
        "addressCountry": "FI",
    }
    assert data["sameAs"] == [
        "https://nuorisoseura.example.com",
        "https://www.instagram.com/nuorisoseura",
    ]


def test_json_ld_cannot_be_broken_out_of(client):
    association = AssociationFactory(name="Kerho </script><script>alert(1)</script> & co")

    response = client.get(url(association))

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    [data] = structured_data(response)
    assert data["name"] == "Kerho </script><script>alert(1)</script> & co"


def test_open_graph_tags(client, full_card):
    html = client.get(url(full_card)).content.decode()

    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:title" content="Kouvolan Nuorisoseura">' in html
    assert (
        '<meta property="og:description" content="Nuorten kerhoja ja tapahtumia Kouvolassa.">'
        in html
    )
    assert (
        f'<meta property="og:url" content="http://testserver/en/associations/{full_card.slug}/">'
        in html
    )
    assert '<meta property="og:site_name" content="Yhdistysinfo">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<meta name="description" content="Nuorten kerhoja ja tapahtumia Kouvolassa.">' in html


def test_published_card_is_not_marked_noindex(client, association):
    assert 'name="robots"' not in client.get(url(association)).content.decode()


# --- The description is Markdown, sanitized ----------------------------------------------------


def test_markdown_description_is_sanitized(client):
    association = AssociationFactory(
        description=(
            "Tervetuloa! <script>alert('x')</script>\n\n"
            "- [Kotisivu](https://example.com/kerho)\n"
            "- [Vaarallinen](javascript:alert(1))\n\n"
            '<img src="x" onerror="alert(2)">\n\n'
            '<a href="https://evil.example.com" onclick="alert(3)">Klikkaa</a>'
        )
    )

    html = client.get(url(association)).content.decode()
    prose = re.search(r'<div class="prose">(.*?)</div>', html, re.DOTALL).group(1)

    # Raw HTML is shown as text, never run or rendered.
    assert "<p>Tervetuloa! &lt;script&gt;alert('x')&lt;/script&gt;</p>" in prose
    assert "<script" not in prose
    assert "<img" not in prose
    assert '&lt;img src="x" onerror="alert(2)"&gt;' in prose
    assert '<a href="https://evil.example.com"' not in prose
    # Markdown links are kept, marked as user content that search engines do not follow.
    assert (
        '<li><a href="https://example.com/kerho" rel="nofollow noopener ugc">Kotisivu</a></li>'
        in prose
    )
    # A javascript: link loses its address.
    assert '<li><a rel="nofollow noopener ugc">Vaarallinen</a></li>' in prose
    assert "javascript:" not in prose


# --- Query budget ----------------------------------------------------------------------------


def _card_with(count, **traits):
    association = AssociationFactory(
        **traits,
        categories=["youth", "hobbies", "culture-arts", "seniors", "education"][: count // 3 + 1],
        target_groups=["youth", "seniors", "families"][: count // 4 + 1],
        languages=["fi", "sv", "en"][: count // 4 + 1],
        municipalities=["kotka", "hamina", "iitti", "pyhtaa", "miehikkala", "virolahti"][:count],
        street_address="Kauppalankatu 10",
    )
    for index in range(count):
        MeetingTimeFactory(association=association, weekday=index % 7)
    association_refresh_derived_fields(association=association)
    return association


@pytest.mark.parametrize("count", [1, 3, 6])
def test_query_budget(client, django_assert_max_num_queries, count):
    association = _card_with(count)

    # The card, its six prefetched relations (with its activities and support) and its open
    # opportunities.
    with django_assert_max_num_queries(8):
        response = client.get(url(association))

    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 3, 6])
def test_query_budget_for_staff_of_a_draft(client, django_assert_max_num_queries, count):
    association = _card_with(count, draft=True)
    client.force_login(make_persona("editor", association))

    # The session and user, and the role look-ups, on top of the public page.
    with django_assert_max_num_queries(12):
        response = client.get(url(association))

    assert response.status_code == 200
