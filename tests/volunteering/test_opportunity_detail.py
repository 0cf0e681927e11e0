"""One opportunity: /opportunities/<slug>/, who may see it, and what search engines get."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from associations.models import Association
from associations.services import association_refresh_derived_fields
from core.models import Municipality
from core.schedule import Weekday
from tests.factories import (
    AssociationFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
    next_weekday,
)
from tests.personas import NO_ROLE, STAFF_AND_COORDINATORS, log_in, make_persona
from tests.volunteering.helpers import days_from_today
from volunteering.models import Opportunity
from volunteering.services import opportunity_refresh_derived_fields

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def detail_url(opportunity, prefix="/en"):
    return f"{prefix}/opportunities/{opportunity.slug}/"


def structured_data(response):
    """The JSON-LD blocks of the page, parsed."""
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in blocks]


def meta(response, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)">', response.content.decode())
    return match.group(1) if match else None


@pytest.fixture
def opportunity(association):
    return OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        short_description="Auta nuoria läksyissä tiistai-iltaisin.",
        description="Autat **nuoria** läksyissä kerran viikossa.",
        plain_language_summary="Autat nuoria koulutehtävissä. Tule tiistaina kello 17.",
        categories=["youth"],
        languages=["fi", "sv"],
        schedule=Opportunity.Schedule.RECURRING,
        start_date=days_from_today(-7),
        end_date=days_from_today(90),
        times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
        min_age=15,
        beginner_friendly=True,
        places=5,
        contact_name="Satu Saarinen",
        contact_email="satu@example.com",
    )


# --- Who may see it --------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "editor", "coordinator"])
def test_published_opportunity_of_a_public_card_is_public(client, opportunity, persona):
    log_in(client, make_persona(persona, opportunity.association))

    response = client.get(detail_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Läksykerhon ohjaaja</h1>" in html
    assert 'href="/en/associations/kouvolan-nuorisoseura/">Kouvolan Nuorisoseura</a>' in html
    assert '<a href="mailto:satu@example.com">satu@example.com</a>' in html


@pytest.mark.parametrize("status", ["draft", "pending", "archived"])
@pytest.mark.parametrize("persona", NO_ROLE)
def test_unpublished_opportunity_is_not_found_without_a_role(client, association, status, persona):
    opportunity = OpportunityFactory(association=association, **{status: True})
    log_in(client, make_persona(persona, association))

    assert client.get(detail_url(opportunity)).status_code == 404


@pytest.mark.parametrize("status", ["draft", "pending", "archived"])
@pytest.mark.parametrize("persona", STAFF_AND_COORDINATORS)
def test_unpublished_opportunity_is_shown_to_the_associations_people(
    client, association, status, persona
):
    opportunity = OpportunityFactory(association=association, title="Luonnos", **{status: True})
    log_in(client, make_persona(persona, association))

    response = client.get(detail_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Luonnos</h1>" in html
    # Not open, so nothing to sign up for and nothing for search engines.
    assert "This opportunity does not take sign-ups now." in html
    assert "/sign-up/" not in html
    assert '<meta name="robots" content="noindex">' in html
    assert structured_data(response) == []


@pytest.mark.parametrize("status", ["draft", "hidden"])
@pytest.mark.parametrize(
    ("persona", "expected"),
    [("anonymous", 404), ("outsider", 404), ("other_staff", 404), ("editor", 200)],
)
def test_opportunity_of_a_card_that_is_not_public(client, status, persona, expected):
    association = AssociationFactory(**{status: True})
    opportunity = OpportunityFactory(association=association)
    log_in(client, make_persona(persona, association))

    assert client.get(detail_url(opportunity)).status_code == expected


def test_closed_opportunity_is_public_and_says_it_is_closed(client, association):
    opportunity = OpportunityFactory(association=association, closed=True)

    response = client.get(detail_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "This opportunity does not take sign-ups now." in html
    assert "/sign-up/" not in html
    assert '<meta name="robots" content="noindex">' in html


def test_unknown_opportunity_is_not_found(client, db):
    assert client.get("/en/opportunities/no-such-task/").status_code == 404


# --- What it shows ---------------------------------------------------------------------------


def test_plain_language_summary_comes_first(client, opportunity):
    html = client.get(detail_url(opportunity)).content.decode()

    plain = html.index('<h2 id="plain-title">In plain language</h2>')
    assert html.index("Autat nuoria koulutehtävissä. Tule tiistaina kello 17.") > plain
    assert plain < html.index('<h2 id="about-title">What you will do</h2>')
    assert plain < html.index('<h2 id="when-title">When</h2>')
    assert "Autat <strong>nuoria</strong> läksyissä kerran viikossa." in html


def test_without_a_plain_language_summary_the_description_comes_first(client, association):
    opportunity = OpportunityFactory(association=association, description="Tehtävän kuvaus.")

    html = client.get(detail_url(opportunity)).content.decode()

    assert "In plain language" not in html
    assert "Tehtävän kuvaus." in html


def test_facts(client, opportunity):
    html = client.get(detail_url(opportunity)).content.decode()

    assert "Every Tuesday at 17.00–19.00" in html
    assert "Takes place in the evening, after 16:00." in html
    assert "You must be at least 15 years old." in html
    assert "Suits beginners: no experience needed." in html
    assert "Contact person</dt><dd>Satu Saarinen</dd>" in html
    assert f'href="/en/opportunities/{opportunity.slug}/calendar.ics"' in html


def test_places_left(client, opportunity):
    SignUpFactory.create_batch(2, opportunity=opportunity)
    # Pending and withdrawn sign-ups do not take a place. (While anyone is on the waiting list
    # no place is free: tests/volunteering/test_signup_withdraw.py.)
    SignUpFactory(opportunity=opportunity, status="pending")
    SignUpFactory(opportunity=opportunity, withdrawn=True)
    client.force_login(UserFactory())

    html = client.get(detail_url(opportunity)).content.decode()

    assert "3 places left." in html
    assert ">Sign up</a>" in html


def test_one_place_left(client, opportunity):
    SignUpFactory.create_batch(4, opportunity=opportunity)

    html = client.get(detail_url(opportunity)).content.decode()

    assert "1 place left." in html


def test_a_full_one_offers_the_waiting_list(client, association):
    opportunity = OpportunityFactory(association=association, full=True)
    client.force_login(UserFactory())

    html = client.get(detail_url(opportunity)).content.decode()

    assert "All places are taken. You can still sign up for the waiting list." in html
    assert (
        f'<a class="button button--primary" href="/en/opportunities/{opportunity.slug}/sign-up/">'
        "Join the waiting list</a>"
    ) in html
    assert "places left" not in html


def test_no_limit_on_places(client, association):
    opportunity = OpportunityFactory(association=association, places=None)

    html = client.get(detail_url(opportunity)).content.decode()

    assert "No limit on places." in html


def test_anonymous_visitor_is_asked_to_log_in_to_sign_up(client, opportunity):
    html = client.get(detail_url(opportunity)).content.decode()

    sign_up = f"/en/opportunities/{opportunity.slug}/sign-up/"
    assert f'href="/en/accounts/login/?next={sign_up}">Log in to sign up</a>' in html
    assert f'href="/en/accounts/signup/?next={sign_up}">Create an account</a>' in html


def test_own_sign_up_is_shown_instead_of_the_button(client, opportunity, person):
    SignUpFactory(opportunity=opportunity, user=person, waitlisted=True)
    client.force_login(person)

    html = client.get(detail_url(opportunity)).content.decode()

    assert "You have signed up: On the waiting list." in html
    assert "/sign-up/" not in html


def test_someone_elses_sign_up_is_not_shown(client, opportunity, person):
    SignUpFactory(opportunity=opportunity)
    client.force_login(person)

    html = client.get(detail_url(opportunity)).content.decode()

    assert "You have signed up" not in html
    assert ">Sign up</a>" in html


# --- Structured data and sharing -------------------------------------------------------------


def test_a_job_is_a_job_posting(client, association):
    opportunity = OpportunityFactory(
        association=association,
        title="Kesätyö kirjastossa",
        type=Opportunity.Type.JOB,
        one_off=True,
        application_deadline=days_from_today(10),
    )

    (data,) = structured_data(client.get(detail_url(opportunity)))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Kesätyö kirjastossa"
    assert data["employmentType"] == "TEMPORARY"
    assert data["validThrough"] == days_from_today(10).isoformat()
    assert data["url"] == f"http://testserver/en/opportunities/{opportunity.slug}/"
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Kouvolan Nuorisoseura",
        "url": "http://testserver/en/associations/kouvolan-nuorisoseura/",
    }
    assert data["jobLocation"]["address"]["addressLocality"] == "Kouvola"


def test_a_one_off_volunteer_task_is_an_event(client, association):
    day = next_weekday(Weekday.WEDNESDAY, weeks_ahead=2)
    opportunity = OpportunityFactory(
        association=association,
        title="Satamajuhlien talkoot",
        evening=True,
        start_date=day,
        address="Satamakatu 1",
    )

    (data,) = structured_data(client.get(detail_url(opportunity)))

    assert data["@type"] == "Event"
    assert data["name"] == "Satamajuhlien talkoot"
    assert data["startDate"] == f"{day.isoformat()}T18:00:00"
    assert data["endDate"] == f"{day.isoformat()}T20:00:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Satamakatu 1"
    assert data["organizer"]["name"] == "Kouvolan Nuorisoseura"


def test_a_flexible_volunteer_task_is_a_volunteer_job_posting(client, opportunity):
    opportunity.schedule = Opportunity.Schedule.FLEXIBLE
    opportunity.save()

    (data,) = structured_data(client.get(detail_url(opportunity)))

    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == "VOLUNTEER"


def test_a_remote_task_has_no_place(client, association):
    opportunity = OpportunityFactory(association=association, place=None, is_remote=True)

    (data,) = structured_data(client.get(detail_url(opportunity)))

    assert data["jobLocationType"] == "TELECOMMUTE"
    assert "jobLocation" not in data


def test_open_graph(client, opportunity):
    response = client.get(detail_url(opportunity))

    assert meta(response, "og:type") == "website"
    assert meta(response, "og:title") == "Läksykerhon ohjaaja – Kouvolan Nuorisoseura"
    assert meta(response, "og:description") == "Auta nuoria läksyissä tiistai-iltaisin."
    assert meta(response, "og:url") == f"http://testserver/en/opportunities/{opportunity.slug}/"
    assert meta(response, "og:site_name") == "Yhdistysinfo"


# --- Query budget ----------------------------------------------------------------------------


def _add_details(opportunity, count):
    SignUpFactory.create_batch(count, opportunity=opportunity)
    SignUpFactory.create_batch(count, opportunity=opportunity, waitlisted=True)
    for number in range(count):
        opportunity.times.create(weekday=number % 7, start_time=datetime.time(10 + number % 8))


# The opportunity with its relations and places taken, whether it is open, and (logged in) the
# session, the user, their own sign-up, their short list and whether they coordinate a region (the
# header): as many queries however many sign-ups, categories, languages and weekly times it has.
@pytest.mark.parametrize(("logged_in", "budget"), [(False, 5), (True, 10)], ids=["anon", "user"])
@pytest.mark.parametrize("count", [3, 9], ids=["N", "3N"])
def test_query_budget(
    client, django_assert_max_num_queries, opportunity, person, logged_in, budget, count
):
    _add_details(opportunity, count)
    opportunity.categories.set(opportunity.categories.model.objects.all()[:count])
    if logged_in:
        client.force_login(person)

    with django_assert_max_num_queries(budget):
        response = client.get(detail_url(opportunity))

    assert response.status_code == 200


# --- Every optional field left empty ---------------------------------------------------------


def bare_association():
    """A public card with only the fields the model requires."""
    association = Association.objects.create(
        name="Tyhjä yhdistys",
        slug="tyhja-yhdistys",
        short_description="Vain pakolliset tiedot.",
        home_municipality=Municipality.objects.get(slug="kouvola"),
        contact_email="tyhja@example.com",
        status=Association.Status.PUBLISHED,
        published_at=timezone.now(),
    )
    association_refresh_derived_fields(association=association)
    return association


BARE_SHAPES = {
    "remote": {"is_remote": True},
    "in-a-municipality": {"place": "kouvola"},
    "one-off-without-a-day": {"is_remote": True, "schedule": Opportunity.Schedule.ONE_OFF},
    "one-off-day-only": {
        "place": "kouvola",
        "schedule": Opportunity.Schedule.ONE_OFF,
        "start_date": days_from_today(7),
    },
    "recurring-without-times": {
        "place": "kouvola",
        "schedule": Opportunity.Schedule.RECURRING,
        "start_date": days_from_today(7),
    },
    "remote-job": {"is_remote": True, "type": Opportunity.Type.JOB},
    "group": {"place": "kouvola", "type": Opportunity.Type.GROUP},
}


def bare_opportunity(association, *, place=None, **fields):
    opportunity = Opportunity(
        association=association,
        title="Tyhjä tehtävä",
        slug="tyhja-tehtava",
        type=fields.pop("type", Opportunity.Type.VOLUNTEER),
        short_description="Vain pakolliset tiedot.",
        municipality=Municipality.objects.get(slug=place) if place else None,
        status=Opportunity.Status.PUBLISHED,
        published_at=timezone.now(),
        **fields,
    )
    opportunity.full_clean()
    opportunity.save()
    opportunity_refresh_derived_fields(opportunity=opportunity)
    return opportunity


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("shape", BARE_SHAPES)
def test_pages_work_with_every_optional_field_empty(client, shape, language):
    association = bare_association()
    opportunity = bare_opportunity(association, **BARE_SHAPES[shape])
    prefix = "" if language == "fi" else f"/{language}"

    # Every page that links to the opportunity, and the opportunity's own page.
    for url in [
        detail_url(opportunity, prefix),
        f"{prefix}/associations/{association.slug}/",
        f"{prefix}/opportunities/",
        f"{prefix}/opportunities/feed/rss/",
        f"{prefix}/opportunities/feed/atom/",
        "/sitemap-opportunities.xml",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f"/opportunities/{opportunity.slug}/" in response.content.decode(), url
    assert association.slug in client.get("/sitemap-associations.xml").content.decode()
    # Only a one-off task with a day, or a recurring one with weekly times, has a calendar.
    calendar_response = client.get(f"{detail_url(opportunity, prefix)}calendar.ics")
    assert calendar_response.status_code == (200 if shape == "one-off-day-only" else 404)
    html = client.get(detail_url(opportunity, prefix)).content.decode()
    assert "<ul></ul>" not in html
    assert "<p></p>" not in html
    assert "<p> (" not in html


def test_an_opportunity_needs_a_municipality_or_remote(association):
    with pytest.raises(ValidationError) as error:
        bare_opportunity(association)

    with translation.override("en"):
        assert error.value.message_dict == {
            "municipality": ["Choose the municipality where this happens, or mark it as remote."]
        }


def test_the_database_refuses_an_opportunity_without_a_place(association):
    with pytest.raises(IntegrityError), transaction.atomic():
        OpportunityFactory(association=association, place=None, is_remote=False)
