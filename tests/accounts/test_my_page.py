"""The own page, /me/: only the person's own sign-ups, join requests and profile."""

import pytest

from associations.models import Category
from matching.services import preferences_update
from tests.factories import (
    JoinRequestFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)

pytestmark = pytest.mark.django_db

# The suggestions block (matching/templatetags/matching_tags.py): the person with their profile
# and preferences, their topics, the ranking and the suggestions shown.
SUGGESTION_QUERIES = 4

URL = "/en/me/"


@pytest.fixture
def person():
    return UserFactory(email="aino@example.com")


@pytest.fixture
def someone_else():
    """Another person, with a sign-up, a join request and a profile of their own."""
    other = ProfileFactory(
        birth_year=1950, place="kotka", phone="044 999 8888", interests="Puutyöt"
    ).user
    SignUpFactory(user=other, opportunity=OpportunityFactory(title="Vieras tehtävä"))
    JoinRequestFactory(user=other, association__name="Vieras yhdistys")
    return other


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={URL}"


def test_lists_own_sign_ups_and_join_requests_only(client, person, someone_else):
    homework = OpportunityFactory(title="Läksykerhon ohjaaja", association__name="Nuorisoseura")
    market = OpportunityFactory(title="Kirpputorin apu")
    SignUpFactory(user=person, opportunity=homework)
    SignUpFactory(user=person, opportunity=market, waitlisted=True)
    # Someone else signed up for the same opportunity.
    SignUpFactory(opportunity=homework, user=UserFactory(email="sami@example.com"))
    JoinRequestFactory(user=person, association__name="Kouvolan Kuoro")
    client.force_login(person)

    response = client.get(URL)

    assert response.status_code == 200
    assert {signup.opportunity.title for signup in response.context["signups"]} == {
        "Läksykerhon ohjaaja",
        "Kirpputorin apu",
    }
    assert [request.association.name for request in response.context["join_requests"]] == [
        "Kouvolan Kuoro"
    ]
    html = response.content.decode()
    assert "You are logged in as aino@example.com." in html
    assert '<a href="/en/associations/kouvolan-kuoro/">Kouvolan Kuoro</a>' in html
    assert 'data-label="Association">Nuorisoseura</td>' in html
    assert 'data-label="State">On the waiting list</td>' in html
    assert 'data-label="State">You have a place</td>' in html
    # Past the suggestions (where "Vieras tehtävä" may well be one): nothing of someone else.
    own = html.split('aria-labelledby="signups-title"')[1]
    assert "Vieras" not in own
    assert "sami@example.com" not in html


def test_active_sign_ups_can_be_withdrawn(client, person):
    active = SignUpFactory(user=person)
    withdrawn = SignUpFactory(user=person, withdrawn=True)
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert f'action="/en/opportunities/signups/{active.pk}/withdraw/"' in html
    assert f'action="/en/opportunities/signups/{withdrawn.pk}/withdraw/"' not in html
    assert 'data-label="State">Withdrawn</td>' in html


def test_without_anything_yet(client, person, someone_else):
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert "You have not signed up for anything yet." in html
    assert "You have not asked to join any association yet." in html
    assert "Vieras" not in html.split('aria-labelledby="signups-title"')[1]


def test_shows_the_own_profile_only(client, person, someone_else):
    ProfileFactory(user=person, birth_year=years_ago(17), phone="040 123 4567")
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert f"<dd>{years_ago(17)}</dd>" in html
    assert "<dd>Kouvola</dd>" in html
    assert "<dd>040 123 4567</dd>" in html
    assert "044 999 8888" not in html
    assert "Puutyöt" not in html
    assert "<dd>1950</dd>" not in html


def test_without_a_profile(client, person, someone_else):
    client.force_login(person)

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<dt>Birth year</dt><dd>–</dd>" in html
    assert "044 999 8888" not in html
    assert '<a class="button" href="/en/me/profile/">Edit my profile</a>' in html


def test_shows_a_summary_of_what_the_person_is_looking_for(client, person, someone_else):
    ProfileFactory(user=person, accessibility_needs="Tarvitsen kirjalliset ohjeet.")
    preferences_update(
        user=person,
        travel_range="municipality",
        free_times=["evenings"],
        kinds=["volunteer"],
        topics=Category.objects.filter(slug="sports-outdoors"),
        skills=["cooking"],
    )
    preferences_update(user=someone_else, own_skills="Vieraan toiveet", kinds=["job"])
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert (
        "<dt>What I'm looking for</dt><dd>My own municipality · Evenings after 16:00 · "
        "Volunteer task · Sports and outdoors · Cooking</dd>"
    ) in html
    assert '<a class="button" href="/en/me/preferences/">What I\'m looking for</a>' in html
    assert "<dt>Accessibility needs</dt><dd>Tarvitsen kirjalliset ohjeet.</dd>" in html
    assert "Vieraan toiveet" not in html
    assert "Paid or summer job" not in html


def test_without_preferences_the_page_invites_to_tell_them(client, person, someone_else):
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert "<dd>Not told yet: tell us, and we suggest things that fit you.</dd>" in html
    assert "<dt>Accessibility needs</dt><dd>–</dd>" in html


@pytest.mark.parametrize("count", [3, 9], ids=["N", "3N"])
def test_query_budget(client, person, django_assert_max_num_queries, count):
    for _ in range(count):
        SignUpFactory(user=person)
        JoinRequestFactory(user=person)
    ProfileFactory(user=person)
    preferences_update(user=person, topics=Category.objects.all()[:count], kinds=["volunteer"])
    client.force_login(person)

    # The session, the user, the sign-ups, the join requests and the profile, whether the
    # person coordinates a region (the header's link), and the summary of their preferences
    # with its topics (2).
    with django_assert_max_num_queries(8 + SUGGESTION_QUERIES):
        response = client.get(URL)

    assert len(response.context["signups"]) == count
