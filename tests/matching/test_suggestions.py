"""Suggestions that say why: the ranking on hand-built profiles whose right order is known, the
rule that nothing impossible is ever suggested, the reasons, and the pages that show them."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, translation

from associations.models import ActivityLanguage, Category
from core.schedule import Weekday
from matching import suggestions
from matching.models import Preferences
from matching.services import preferences_update
from tests.factories import (
    AssociationFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from tests.volunteering.helpers import days_from_today
from volunteering.models import Opportunity, Skill

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

URL = "/en/me/suggestions/"
FreeTime = Preferences.FreeTime
TravelRange = Preferences.TravelRange


def person(*, age=25, place="kouvola", **wishes):
    """Someone `age` years old this year living in `place` (None: neither told), who looks for
    `wishes` (the arguments of `preferences_update`; none: no preferences saved)."""
    user = UserFactory()
    if age is not None or place is not None:
        ProfileFactory(user=user, birth_year=years_ago(age) if age else None, place=place)
    if wishes:
        if "topics" in wishes:
            wishes["topics"] = list(Category.objects.filter(slug__in=wishes["topics"]))
        preferences_update(user=user, **wishes)
    return user


def titles(user, **kwargs):
    return [s.opportunity.title for s in suggestions.suggestions_for(user, **kwargs)]


def reasons_of(user, title, language="en"):
    with translation.override(language):
        found = suggestions.suggestions_for(user)
    return next(s.why for s in found if s.opportunity.title == title)


# --- The ranking --------------------------------------------------------------------------


def test_an_evening_sports_task_at_home_ranks_above_a_daytime_office_task_far_away():
    """The issue's case: a Kouvola profile that likes sports and is free in the evenings."""
    office = OpportunityFactory(
        title="Toimistotyö",
        place="jyvaskyla",
        type=Opportunity.Type.TRYOUT,
        one_off=True,
        categories=["employment"],
    )
    sports = OpportunityFactory(title="Iltasähly", evening=True, categories=["sports-outdoors"])
    user = person(topics=["sports-outdoors"], free_times=[FreeTime.EVENINGS])

    found = suggestions.suggestions_for(user)

    assert [s.opportunity for s in found] == [sports, office]
    assert found[0].score > found[1].score
    assert reasons_of(user, "Iltasähly") == "Kouvola · evenings · you like sports and outdoors"
    assert reasons_of(user, "Iltasähly", "fi") == (
        "Kouvola · iltaisin · sinua kiinnostaa liikunta ja ulkoilu"
    )
    assert reasons_of(user, "Toimistotyö") == ""


def test_own_municipality_then_remote_then_own_region_then_elsewhere():
    for title, place in [("Jyväskylä", "jyvaskyla"), ("Kotka", "kotka"), ("Kouvola", "kouvola")]:
        OpportunityFactory(title=title, place=place)
    OpportunityFactory(title="Etänä", place=None, is_remote=True)
    user = person(travel_range=TravelRange.ANYWHERE)

    assert titles(user) == ["Kouvola", "Etänä", "Kotka", "Jyväskylä"]
    assert reasons_of(user, "Kotka") == "Kotka"
    assert reasons_of(user, "Etänä") == "remote"


@pytest.mark.parametrize(
    ("travel_range", "expected"),
    [
        (TravelRange.MUNICIPALITY, ["Kouvola", "Etänä"]),
        (TravelRange.REGION, ["Kouvola", "Etänä", "Kotka"]),
        (TravelRange.REMOTE, ["Etänä"]),
        (TravelRange.ANYWHERE, ["Kouvola", "Etänä", "Kotka", "Jyväskylä"]),
        ("", ["Kouvola", "Etänä", "Kotka", "Jyväskylä"]),
    ],
)
def test_the_travel_range_drops_what_is_too_far_but_never_remote_ones(travel_range, expected):
    for title, place in [("Jyväskylä", "jyvaskyla"), ("Kotka", "kotka"), ("Kouvola", "kouvola")]:
        OpportunityFactory(title=title, place=place)
    OpportunityFactory(title="Etänä", place=None, is_remote=True)
    user = person(travel_range=travel_range, own_skills="x")

    assert titles(user) == expected


def test_a_travel_range_without_a_home_municipality_drops_nothing():
    OpportunityFactory(title="Jyväskylä", place="jyvaskyla")
    user = person(place=None, travel_range=TravelRange.MUNICIPALITY)

    assert titles(user) == ["Jyväskylä"]


@pytest.mark.parametrize(
    ("free_times", "expected"),
    [
        ([FreeTime.EVENINGS], ["Ilta", "Joustava", "Päivä", "Lauantai"]),
        ([FreeTime.WEEKENDS], ["Lauantai", "Joustava", "Päivä", "Ilta"]),
        ([FreeTime.WEEKDAY_DAYTIME], ["Päivä", "Joustava", "Ilta", "Lauantai"]),
    ],
)
def test_free_time_against_the_schedule(free_times, expected):
    # Free time decides; the flexible one earns a little; the rest go soonest first.
    # On given weekdays, whatever day the tests run: a Tuesday, then a Wednesday, then a Saturday.
    tuesday = days_from_today(7 + (1 - days_from_today(7).weekday()) % 7)
    OpportunityFactory(title="Päivä", one_off=True, start_date=tuesday)
    OpportunityFactory(title="Ilta", evening=True, start_date=tuesday + datetime.timedelta(days=1))
    OpportunityFactory(
        title="Lauantai", weekend=True, start_date=tuesday + datetime.timedelta(days=4)
    )
    OpportunityFactory(title="Joustava")
    user = person(free_times=free_times)

    assert titles(user) == expected


def test_the_weekly_times_of_a_recurring_task_count_as_weekday_daytime():
    OpportunityFactory(
        title="Keskiviikkoaamut",
        schedule=Opportunity.Schedule.RECURRING,
        start_date=days_from_today(-7),
        times=[(Weekday.WEDNESDAY, datetime.time(9), datetime.time(11))],
    )
    OpportunityFactory(title="Päivä ilman kellonaikaa", one_off=True, start_time=None)
    user = person(free_times=[FreeTime.WEEKDAY_DAYTIME])

    assert titles(user)[0] == "Keskiviikkoaamut"
    assert reasons_of(user, "Keskiviikkoaamut") == "Kouvola · weekdays in the daytime"
    assert reasons_of(user, "Päivä ilman kellonaikaa") == "Kouvola"


def test_kinds_and_skills_raise_the_score():
    OpportunityFactory(title="Tavallinen", skills=[Skill.CUSTOMER_SERVICE])
    OpportunityFactory(title="Kokki", skills=[Skill.EVENTS, Skill.COOKING])
    OpportunityFactory(title="Kokeilu", type=Opportunity.Type.TRYOUT)
    user = person(kinds=[Opportunity.Type.TRYOUT], skills=[Skill.CARE, Skill.COOKING])

    assert titles(user) == ["Kokeilu", "Kokki", "Tavallinen"]
    assert reasons_of(user, "Kokeilu") == "Kouvola · work tryout (JTET)"
    assert reasons_of(user, "Kokki") == "Kouvola · you can practise cooking"
    # "care" is not part of "customer-service": whole values only.
    assert reasons_of(user, "Tavallinen") == "Kouvola"


def test_beginners_and_a_near_deadline_add_a_little_and_say_so():
    OpportunityFactory(title="Tavallinen", start_date=days_from_today(1), one_off=True)
    deadline = days_from_today(5)
    OpportunityFactory(title="Haku päättyy", application_deadline=deadline)
    OpportunityFactory(title="Aloittelijoille", beginner_friendly=True)
    OpportunityFactory(title="Haku kaukana", application_deadline=days_from_today(60))
    user = person()

    assert titles(user)[:2] == ["Aloittelijoille", "Haku päättyy"]
    with translation.override("en"):
        day = formats.date_format(deadline, "j M")
    assert reasons_of(user, "Haku päättyy") == f"Kouvola · apply by {day}"
    assert reasons_of(user, "Haku päättyy", "fi") == (
        f"Kouvola · hae viimeistään {deadline.day}.{deadline.month}."
    )
    assert reasons_of(user, "Aloittelijoille") == "Kouvola · suits beginners"
    assert reasons_of(user, "Haku kaukana") == "Kouvola"


def test_a_full_one_is_still_suggested_for_its_waiting_list_but_lower():
    full = OpportunityFactory(
        title="Täynnä", full=True, start_date=days_from_today(1), one_off=True
    )
    OpportunityFactory(title="Tilaa", places=5, start_date=days_from_today(2), one_off=True)
    SignUpFactory(opportunity=full, waitlisted=True)
    user = person()

    assert titles(user) == ["Tilaa", "Täynnä"]


def test_full_ones_among_the_first_candidates_do_not_hide_a_better_one_further_down():
    # Four candidates are read for each suggestion: here all four are full.
    for day in range(1, 5):
        OpportunityFactory(full=True, one_off=True, start_date=days_from_today(day))
    OpportunityFactory(title="Kotka", place="kotka", beginner_friendly=True)
    user = person()

    assert titles(user, limit=1) == ["Kotka"]


def test_the_order_is_the_same_every_time_and_ties_go_soonest_first():
    later = OpportunityFactory(title="B", one_off=True, start_date=days_from_today(20))
    sooner = OpportunityFactory(title="A", one_off=True, start_date=days_from_today(10))
    undated_first = OpportunityFactory(title="C")
    undated_second = OpportunityFactory(title="D")
    user = person()

    first = [s.opportunity for s in suggestions.suggestions_for(user)]
    assert first == [sooner, later, undated_first, undated_second]
    assert [s.opportunity for s in suggestions.suggestions_for(user)] == first


def test_without_any_profile_the_suggestions_are_still_sensible():
    OpportunityFactory(title="Tavallinen")
    OpportunityFactory(title="Aloittelijoille", beginner_friendly=True, place="jyvaskyla")
    user = person(age=None, place=None)

    assert titles(user) == ["Aloittelijoille", "Tavallinen"]
    assert reasons_of(user, "Aloittelijoille") == "suits beginners"


def test_the_limit():
    OpportunityFactory.create_batch(5)

    assert len(suggestions.suggestions_for(person(), limit=3)) == 3


# --- Never the impossible -----------------------------------------------------------------


def test_nothing_is_suggested_that_the_person_cannot_sign_up_for():
    user = person(age=16)
    other = UserFactory()
    OpportunityFactory(title="Sopii", youth_only=True)
    OpportunityFactory(title="Täysi-ikäisille", min_age=18)
    OpportunityFactory(title="Lapsille", max_age=12)
    OpportunityFactory(title="Suljettu", closed=True)
    OpportunityFactory(title="Luonnos", draft=True)
    OpportunityFactory(title="Odottaa", pending=True)
    OpportunityFactory(title="Piilotettu", status=Opportunity.Status.HIDDEN)
    OpportunityFactory(title="Arkistoitu", archived=True)
    OpportunityFactory(title="Haku päättyi", application_deadline=days_from_today(-1))
    OpportunityFactory(title="Ohi", one_off=True, start_date=days_from_today(-3))
    OpportunityFactory(title="Luonnoskortti", association=AssociationFactory(draft=True))
    OpportunityFactory(title="Piilotettu kortti", association=AssociationFactory(hidden=True))
    SignUpFactory(user=user, opportunity=OpportunityFactory(title="Mukana"))
    SignUpFactory(user=user, opportunity=OpportunityFactory(title="Jonossa"), waitlisted=True)
    SignUpFactory(user=user, opportunity=OpportunityFactory(title="Peruttu"), withdrawn=True)
    SignUpFactory(user=other, opportunity=OpportunityFactory(title="Toisen"))

    assert sorted(titles(user)) == ["Sopii", "Toisen"]


def test_without_a_birth_year_only_what_has_no_age_limits():
    OpportunityFactory(title="Kaikille")
    OpportunityFactory(title="Nuorille", youth_only=True)
    OpportunityFactory(title="Aikuisille", min_age=18)

    assert titles(person(age=None)) == ["Kaikille"]


# --- The pages ----------------------------------------------------------------------------


def test_the_page_needs_a_log_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_page_lists_the_suggestions_with_their_reasons(client):
    OpportunityFactory(title="Iltasähly", evening=True, categories=["sports-outdoors"])
    user = person(topics=["sports-outdoors"], free_times=[FreeTime.EVENINGS])
    client.force_login(user)

    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Iltasähly" in html
    assert "Kouvola · evenings · you like sports and outdoors" in html
    assert "Change what you are looking for" in html


def test_without_preferences_the_page_asks_for_them(client):
    OpportunityFactory(title="Tavallinen", min_age=18)
    client.force_login(person(age=None, place=None))

    html = client.get(URL).content.decode()

    assert "Tavallinen" not in html
    assert 'href="/en/me/preferences/"' in html
    assert "Tell what you are looking for" in html
    assert "Add your birth year" in html
    assert "0 suggestions" in html


def test_a_person_sees_only_their_own_suggestions(client):
    OpportunityFactory(title="Kouvolassa", place="kouvola")
    OpportunityFactory(title="Jyväskylässä", place="jyvaskyla")
    kouvola = person(travel_range=TravelRange.MUNICIPALITY)
    jyvaskyla = person(place="jyvaskyla", travel_range=TravelRange.MUNICIPALITY)
    SignUpFactory(user=jyvaskyla, opportunity=OpportunityFactory(title="Oma", place="jyvaskyla"))

    client.force_login(kouvola)
    first = client.get(URL).content.decode()
    client.force_login(jyvaskyla)
    second = client.get(URL).content.decode()

    assert "Kouvolassa" in first and "Jyväskylässä" not in first
    assert "Jyväskylässä" in second and "Kouvolassa" not in second and "Oma" not in second


@pytest.mark.parametrize("factor", [1, 3])
def test_the_page_reads_a_constant_number_of_queries(client, django_assert_max_num_queries, factor):
    for number in range(4 * factor):
        opportunity = OpportunityFactory(
            categories=["sports-outdoors", "youth"], places=3, evening=number % 2 == 0
        )
        SignUpFactory(opportunity=opportunity)
    client.force_login(person(topics=["sports-outdoors"], free_times=[FreeTime.EVENINGS]))

    # The session, the user, whether they coordinate (the header), then the suggestions: the
    # person with their profile and preferences, their topics, the ranking, the rows shown.
    with django_assert_max_num_queries(7):
        response = client.get(URL)

    assert len(response.context["suggestions"]) == 4 * factor


@pytest.mark.parametrize("factor", [1, 3])
def test_the_home_page_block_reads_a_constant_number_of_queries(
    client, django_assert_max_num_queries, factor
):
    OpportunityFactory.create_batch(4 * factor, categories=["sports-outdoors"], places=3)
    with django_assert_max_num_queries(100) as anonymous:
        client.get("/en/")
    client.force_login(person(topics=["sports-outdoors"]))

    # Logged in: the session, the user, whether they coordinate (the header), and the block's
    # four (the person, their topics, the ranking, the rows shown).
    with django_assert_max_num_queries(len(anonymous.captured_queries) + 3 + 4):
        response = client.get("/en/")

    assert response.content.decode().count('class="card opportunity-summary suggestion"') == 3


def test_my_page_shows_the_top_three(client, django_assert_max_num_queries):
    for number in range(5):
        OpportunityFactory(title=f"Tehtävä {number}", categories=["youth"])
    client.force_login(person())

    html = client.get("/en/me/").content.decode()

    assert html.count('class="card opportunity-summary suggestion"') == 3
    assert "Suggested for you" in html


def test_the_home_page_shows_ones_own_suggestions_and_nothing_to_visitors(client, settings):
    from django.core.cache import cache

    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    OpportunityFactory(title="Kouvolassa", place="kouvola")
    OpportunityFactory(title="Jyväskylässä", place="jyvaskyla")
    kouvola = person(travel_range=TravelRange.MUNICIPALITY)
    jyvaskyla = person(place="jyvaskyla", travel_range=TravelRange.MUNICIPALITY)

    anonymous = client.get("/en/").content.decode()
    client.force_login(kouvola)
    first = client.get("/en/").content.decode()
    client.force_login(jyvaskyla)
    second = client.get("/en/").content.decode()  # the shared part from the cache
    cache.clear()

    assert "Suggested for you" not in anonymous and "personal:matching" not in anonymous
    assert "Suggested for you" in first and "Suggested for you" in second
    assert "Kouvolassa" in block_of(first) and "Jyväskylässä" not in block_of(first)
    assert "Jyväskylässä" in block_of(second) and "Kouvolassa" not in block_of(second)


def block_of(html: str) -> str:
    return html.split('aria-labelledby="suggestions-title"')[1].split("</section>")[0]


@pytest.fixture
def ranking_cache(settings):
    settings.SUGGESTION_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def queries_of(call) -> tuple[list, int]:
    with CaptureQueriesContext(connection) as captured:
        result = call()
    return result, len(captured)


def test_a_kept_ranking_is_reused_until_an_opportunity_or_the_wishes_change(
    ranking_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        OpportunityFactory(title="Päivä", one_off=True)
    user = person(free_times=[FreeTime.EVENINGS])

    first, ranked = queries_of(lambda: titles(user))
    again, reused = queries_of(lambda: titles(user))
    assert first == again == ["Päivä"]
    assert reused < ranked  # the ranking query is not made again

    # A new opportunity shows at once: its commit raises the public content version.
    with django_capture_on_commit_callbacks(execute=True):
        OpportunityFactory(title="Ilta", evening=True)
    assert titles(user) == ["Ilta", "Päivä"]

    # So does a change of what the person looks for.
    preferences_update(user=user, free_times=[FreeTime.WEEKDAY_DAYTIME])
    assert titles(user) == ["Päivä", "Ilta"]

    # And one signed up for is no longer suggested.
    with django_capture_on_commit_callbacks(execute=True):
        SignUpFactory(user=user, opportunity=Opportunity.objects.get(title="Päivä"))
    assert titles(user) == ["Ilta"]


def test_a_kept_ranking_is_never_another_persons(ranking_cache):
    OpportunityFactory(title="Kouvola", place="kouvola")
    OpportunityFactory(title="Kotka", place="kotka")
    in_kouvola = person(place="kouvola", travel_range=TravelRange.MUNICIPALITY)
    in_kotka = person(place="kotka", travel_range=TravelRange.MUNICIPALITY)

    assert titles(in_kouvola) == ["Kouvola"]
    assert titles(in_kotka) == ["Kotka"]


def test_the_kept_block_is_each_persons_own_and_follows_their_changes(
    client, settings, ranking_cache, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    with django_capture_on_commit_callbacks(execute=True):
        OpportunityFactory(title="Kouvolassa", place="kouvola")
        OpportunityFactory(title="Kotkassa", place="kotka")
        kouvola = person(travel_range=TravelRange.MUNICIPALITY)
        kotka = person(place="kotka", travel_range=TravelRange.MUNICIPALITY)
    client.force_login(kouvola)

    first, ranked = queries_of(lambda: client.get("/en/").content.decode())
    again, kept = queries_of(lambda: client.get("/en/").content.decode())
    assert block_of(first) == block_of(again)
    assert "Kouvolassa" in block_of(again) and "Kotkassa" not in block_of(again)
    assert kept < ranked

    # Another person gets their own block, not the one kept for the first.
    client.force_login(kotka)
    assert "Kotkassa" in block_of(client.get("/en/").content.decode())

    # Moving house (the profile) and widening the range (the preferences) show at once.
    client.force_login(kouvola)
    with django_capture_on_commit_callbacks(execute=True):
        profile = kouvola.profile
        profile.home_municipality = kotka.profile.home_municipality
        profile.save()
    moved = block_of(client.get("/en/").content.decode())
    assert "Kotkassa" in moved and "Kouvolassa" not in moved
    with django_capture_on_commit_callbacks(execute=True):
        preferences_update(user=kouvola, travel_range=TravelRange.ANYWHERE)
    assert "Kouvolassa" in block_of(client.get("/en/").content.decode())

    # The block is kept in each language.
    assert "Ehdotuksia sinulle" in client.get("/").content.decode()


def test_an_opportunity_in_a_language_the_person_speaks_ranks_higher():
    OpportunityFactory(title="Suomeksi", one_off=True, start_date=days_from_today(7))
    OpportunityFactory(
        title="På svenska", one_off=True, start_date=days_from_today(8), languages=["sv"]
    )
    swedish = list(ActivityLanguage.objects.filter(slug="sv"))

    assert titles(person(own_skills="x")) == ["Suomeksi", "På svenska"]
    assert titles(person(languages=swedish)) == ["På svenska", "Suomeksi"]
