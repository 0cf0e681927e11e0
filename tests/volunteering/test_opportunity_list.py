"""Browsing opportunities: /opportunities/ with filters, counts, sorting and pages."""

import datetime

import pytest

from core.schedule import Weekday
from tests.factories import (
    AssociationFactory,
    OpportunityFactory,
    ProfileFactory,
    UserFactory,
    next_weekday,
    years_ago,
)
from tests.volunteering.helpers import days_ago, days_from_today
from volunteering.models import Opportunity

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

URL = "/en/opportunities/"

# The five current opportunities of the `opportunities` fixture, soonest first.
HOMEWORK = "Läksykerhon ohjaaja"
HARBOUR = "Satamajuhlien talkoot"
BUDDY = "Etäkaveri ikäihmiselle"
SUMMER_JOB = "Kesätyö kirjastossa"
SCOUTS = "Partioillan apuohjaaja"


def listed(response):
    return [opportunity.title for opportunity in response.context["opportunities"]]


def option(value, text, *, selected=False):
    return f'<option value="{value}"{" selected" if selected else ""}>{text}</option>'


def checkbox_label(name, text):
    return f'<label for="id_{name}">{text}</label>'


@pytest.fixture
def opportunities():
    """Five current opportunities in three regions and one remote; dates are chosen so that
    the soonest-first order is the same whatever the weekday of today:

    - homework club in Kouvola: weekly on Tuesday evenings, from a week ago, 15+, beginners;
    - harbour festival in Kotka: one Saturday 2 weeks ahead, ages 13-29;
    - remote buddy: flexible, no municipality, beginners;
    - summer job in Lappeenranta: Monday to Friday 4 weeks ahead, ages 16-29;
    - scouts in Jyväskylä: one Wednesday evening 3 weeks ahead, 18+.
    """
    monday = next_weekday(Weekday.MONDAY, weeks_ahead=4)
    return {
        "homework": OpportunityFactory(
            title=HOMEWORK,
            categories=["youth", "education"],
            description="Autat nuoria läksyissä kerran viikossa.",
            schedule=Opportunity.Schedule.RECURRING,
            start_date=days_from_today(-7),
            end_date=days_from_today(90),
            times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
            beginner_friendly=True,
            min_age=15,
            published_at=days_ago(3),
        ),
        "harbour": OpportunityFactory(
            title=HARBOUR,
            place="kotka",
            type=Opportunity.Type.EVENT_HELP,
            categories=["culture-arts"],
            description="Opastat kävijöitä satamassa.",
            weekend=True,
            min_age=13,
            max_age=29,
            published_at=days_ago(1),
        ),
        "buddy": OpportunityFactory(
            title=BUDDY,
            place=None,
            is_remote=True,
            type=Opportunity.Type.BUDDY,
            categories=["seniors"],
            description="Soitat viikoittain ikäihmiselle.",
            beginner_friendly=True,
            published_at=days_ago(10),
        ),
        "summer_job": OpportunityFactory(
            title=SUMMER_JOB,
            association=AssociationFactory(municipality="lappeenranta"),
            place="lappeenranta",
            type=Opportunity.Type.JOB,
            categories=["employment"],
            description="Työskentelet kirjastossa asiakaspalvelussa.",
            schedule=Opportunity.Schedule.ONE_OFF,
            start_date=monday,
            end_date=monday + datetime.timedelta(days=4),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(15, 0),
            application_deadline=days_from_today(14),
            min_age=16,
            max_age=29,
            published_at=days_ago(5),
        ),
        "scouts": OpportunityFactory(
            title=SCOUTS,
            association=AssociationFactory(municipality="jyvaskyla"),
            place="jyvaskyla",
            categories=["youth"],
            description="Ohjaat partiolaisten iltaohjelmaa.",
            evening=True,
            start_date=next_weekday(Weekday.WEDNESDAY, weeks_ahead=3),
            min_age=18,
            published_at=days_ago(2),
        ),
    }


@pytest.fixture
def not_listed():
    """Opportunities that match every filter below but are not current."""
    matching = {
        "categories": ["youth"],
        "description": "Autat nuoria läksyissä.",
        "evening": True,
        "beginner_friendly": True,
    }
    return [
        OpportunityFactory(title="Piilossa: luonnos", draft=True, **matching),
        OpportunityFactory(title="Piilossa: tarkastettavana", pending=True, **matching),
        OpportunityFactory(title="Piilossa: suljettu", closed=True, **matching),
        OpportunityFactory(title="Piilossa: arkistoitu", archived=True, **matching),
        OpportunityFactory(
            title="Piilossa: haku päättyi", application_deadline=days_from_today(-1), **matching
        ),
        OpportunityFactory(
            title="Piilossa: päättyi",
            **matching,
            start_date=days_from_today(-10),
            end_date=days_from_today(-1),
        ),
        # One day only, yesterday: it has no last day of its own.
        OpportunityFactory(title="Piilossa: eilen", **matching, start_date=days_from_today(-1)),
        OpportunityFactory(
            title="Piilossa: luonnoskortti",
            association=AssociationFactory(draft=True),
            **matching,
        ),
        OpportunityFactory(
            title="Piilossa: piilotettu kortti",
            association=AssociationFactory(hidden=True),
            **matching,
        ),
    ]


# --- What is listed --------------------------------------------------------------------------


def test_lists_current_opportunities_soonest_first(client, opportunities, not_listed):
    response = client.get(URL)

    assert response.status_code == 200
    assert listed(response) == [HOMEWORK, HARBOUR, SCOUTS, SUMMER_JOB, BUDDY]
    html = response.content.decode()
    assert "5 opportunities found" in html
    assert f'href="/en/opportunities/{opportunities["homework"].slug}/"' in html
    assert "Piilossa" not in html


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "piilossa"},
        {"q": "nuorille"},
        {"category": "youth"},
        {"evening": "on", "beginner": "on"},
        {"region": "kymenlaakso", "municipality": "kouvola"},
        {"type": "volunteer", "sort": "newest"},
    ],
)
def test_opportunities_that_are_not_current_are_never_listed_nor_counted(
    client, opportunities, not_listed, query
):
    response = client.get(URL, query)

    assert not [title for title in listed(response) if title.startswith("Piilossa")]
    html = response.content.decode()
    assert "Piilossa" not in html
    if not query:
        assert option("youth", "Youth (2)") in html


def test_last_day_and_deadline_today_are_still_listed(client):
    OpportunityFactory(title="Haku päättyy tänään", application_deadline=days_from_today(0))
    OpportunityFactory(
        title="Viimeinen päivä tänään", start_date=days_from_today(-3), end_date=days_from_today(0)
    )
    OpportunityFactory(title="Yksi päivä tänään", one_off=True, start_date=days_from_today(0))

    assert sorted(listed(client.get(URL))) == [
        "Haku päättyy tänään",
        "Viimeinen päivä tänään",
        "Yksi päivä tänään",
    ]


# --- Filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "kymenlaakso"}, [HOMEWORK, HARBOUR]),
        ({"region": "etela-karjala"}, [SUMMER_JOB]),
        ({"region": "uusimaa"}, []),
        ({"municipality": "kotka"}, [HARBOUR]),
        ({"municipality": "jyvaskyla"}, [SCOUTS]),
        ({"type": "volunteer"}, [HOMEWORK, SCOUTS]),
        ({"type": "event-help"}, [HARBOUR]),
        ({"type": "job"}, [SUMMER_JOB]),
        ({"category": "youth"}, [HOMEWORK, SCOUTS]),
        ({"category": "seniors"}, [BUDDY]),
        ({"evening": "on"}, [HOMEWORK, SCOUTS]),
        ({"weekend": "on"}, [HARBOUR]),
        ({"remote": "on"}, [BUDDY]),
        ({"beginner": "on"}, [HOMEWORK, BUDDY]),
        # 14 is below the minimum of 15, 16 and 18; 30 is above the maximum of 29.
        ({"age": "14"}, [HARBOUR, BUDDY]),
        ({"age": "15"}, [HOMEWORK, HARBOUR, BUDDY]),
        ({"age": "29"}, [HOMEWORK, HARBOUR, SCOUTS, SUMMER_JOB, BUDDY]),
        ({"age": "30"}, [HOMEWORK, SCOUTS, BUDDY]),
        # Still running on or after the day: a one-off day is over after that day.
        ({"starts_after": days_from_today(28).isoformat()}, [HOMEWORK, SUMMER_JOB, BUDDY]),
        # Starting on or before the day; flexible ones have no dates and always fit.
        ({"ends_before": days_from_today(13).isoformat()}, [HOMEWORK, BUDDY]),
        # A search word in another form than in the text: nuorille → nuoria, Nuoret (the topic).
        ({"q": "nuorille", "sort": "soonest"}, [HOMEWORK, SCOUTS]),
        ({"q": "kirjastoon"}, [SUMMER_JOB]),
        ({"q": "satamaan"}, [HARBOUR]),
        ({"q": "purjehdus"}, []),
    ],
)
def test_each_filter_alone(client, opportunities, not_listed, query, expected):
    assert listed(client.get(URL, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jyvaskyla", [SCOUTS]),
        ("Jyvaskylassa", [SCOUTS]),
        ("laksyissa", [HOMEWORK]),
        ("laksyja", [HOMEWORK]),
        ("kesatyo", [SUMMER_JOB]),
        ("kesatoita", [SUMMER_JOB]),
        ("ikaihmisille", [BUDDY]),
        ("kavijoita satamassa", [HARBOUR]),
    ],
)
def test_search_words_typed_without_the_letters(client, opportunities, query, expected):
    assert listed(client.get(URL, {"q": query})) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "kymenlaakso", "evening": "on"}, [HOMEWORK]),
        ({"region": "kymenlaakso", "weekend": "on"}, [HARBOUR]),
        ({"region": "kymenlaakso", "municipality": "kotka", "age": "14"}, [HARBOUR]),
        ({"type": "volunteer", "category": "youth", "age": "30"}, [HOMEWORK, SCOUTS]),
        ({"region": "keski-suomi", "category": "youth", "evening": "on"}, [SCOUTS]),
        ({"remote": "on", "beginner": "on"}, [BUDDY]),
        ({"region": "kymenlaakso", "q": "nuorille"}, [HOMEWORK]),
        ({"region": "etela-karjala", "category": "youth"}, []),
        (
            {
                "starts_after": days_from_today(14).isoformat(),
                "ends_before": days_from_today(20).isoformat(),
            },
            [HOMEWORK, HARBOUR, BUDDY],
        ),
        (
            {
                "starts_after": days_from_today(14).isoformat(),
                "ends_before": days_from_today(20).isoformat(),
                "region": "kymenlaakso",
                "weekend": "on",
            },
            [HARBOUR],
        ),
    ],
)
def test_filters_combine(client, opportunities, not_listed, query, expected):
    assert listed(client.get(URL, query)) == expected


def test_the_box_that_is_not_ticked_filters_nothing(client, opportunities):
    response = client.get(URL, {"evening": "", "weekend": "", "remote": "", "beginner": ""})

    assert len(listed(response)) == 5


def test_for_me_uses_the_birth_year_on_the_profile(client, opportunities):
    user = ProfileFactory(birth_year=years_ago(14)).user
    client.force_login(user)

    response = client.get(URL, {"for_me": "on"})

    assert listed(response) == [HARBOUR, BUDDY]
    html = response.content.decode()
    assert 'name="for_me" aria-describedby="id_for_me_helptext" id="id_for_me" checked' in html
    assert "Uses the birth year on your profile." in html


def test_for_me_combines_with_other_filters(client, opportunities):
    client.force_login(ProfileFactory(birth_year=years_ago(30)).user)

    response = client.get(URL, {"for_me": "on", "category": "youth"})

    assert listed(response) == [HOMEWORK, SCOUTS]


def test_for_me_is_not_offered_without_a_profile(client, opportunities):
    client.force_login(UserFactory())

    response = client.get(URL, {"for_me": "on"})

    assert len(listed(response)) == 5
    assert 'name="for_me"' not in response.content.decode()


def test_for_me_is_not_offered_to_anonymous_visitors(client, opportunities):
    response = client.get(URL, {"for_me": "on"})

    assert len(listed(response)) == 5
    assert 'name="for_me"' not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"region": "no-such-region"},
        {"municipality": "atlantis"},
        {"type": "pirate", "category": "x"},
        {"age": "old"},
        {"age": "-5"},
        {"starts_after": "tomorrow", "ends_before": "2026-13-45"},
        {"sort": "by-mood"},
        {"page": "abc"},
        {"page": "999"},
        {"evening": "perhaps", "remote": "1"},
        {"q": "!!! ??? ja"},
        {"q": "'; DROP TABLE volunteering_opportunity; --"},
        {"q": "x" * 500},
        {"region": "kymenlaakso", "municipality": "jyvaskyla"},
    ],
)
def test_invalid_filter_values_do_not_crash(client, opportunities, query):
    assert client.get(URL, query).status_code == 200


# --- Counts beside the options ---------------------------------------------------------------


def test_counts_without_filters(client, opportunities, not_listed):
    html = client.get(URL).content.decode()

    assert option("kymenlaakso", "Kymenlaakso (2)") in html
    assert option("etela-karjala", "Etelä-Karjala (1)") in html
    assert option("keski-suomi", "Keski-Suomi (1)") in html
    assert option("volunteer", "Volunteer task (2)") in html
    assert option("event-help", "Event help (1)") in html
    assert option("job", "Paid or summer job (1)") in html
    assert option("buddy", "Buddy activity (1)") in html
    assert option("youth", "Youth (2)") in html
    assert option("education", "Education (1)") in html
    assert option("seniors", "Seniors (1)") in html
    assert checkbox_label("evening", "In the evening (after 16:00) (2)") in html
    assert checkbox_label("weekend", "At the weekend (1)") in html
    assert checkbox_label("remote", "Remote (1)") in html
    assert checkbox_label("beginner", "Suits beginners (2)") in html
    # Options that would give nothing are not offered.
    assert 'value="uusimaa"' not in html
    assert 'value="group"' not in html
    assert 'value="sports-outdoors"' not in html


# --- The flags people filter by on national portals -----------------------------------------


@pytest.fixture
def flagged():
    """Current opportunities with the flags of national portals, and a draft that has them all."""
    all_flags = {
        "is_supported": True,
        "for_english_speakers": True,
        "for_under_18s": True,
        "is_popup": True,
    }
    return {
        "supported": OpportunityFactory(title="Tuettu puutarhatyö", is_supported=True),
        "english": OpportunityFactory(
            title="Language café host", for_english_speakers=True, is_supported=True
        ),
        "young": OpportunityFactory(title="Nuorten disco", for_under_18s=True, is_popup=True),
        "popup": OpportunityFactory(title="Kirpputorin pystytys", is_popup=True),
        "plain": OpportunityFactory(title="Tavallinen tehtävä"),
        "draft": OpportunityFactory(title="Piilossa: luonnos", draft=True, **all_flags),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"supported": "on"}, {"Tuettu puutarhatyö", "Language café host"}),
        ({"english": "on"}, {"Language café host"}),
        ({"under_18": "on"}, {"Nuorten disco"}),
        ({"popup": "on"}, {"Nuorten disco", "Kirpputorin pystytys"}),
        ({"popup": "on", "under_18": "on"}, {"Nuorten disco"}),
        ({"supported": "on", "popup": "on"}, set()),
    ],
)
def test_the_flags_of_national_portals_filter(client, flagged, query, expected):
    assert set(listed(client.get(URL, query))) == expected


def test_the_flags_of_national_portals_have_counts(client, flagged):
    html = client.get(URL).content.decode()

    # The draft is counted nowhere.
    assert checkbox_label("supported", "Supported volunteering (2)") in html
    assert checkbox_label("english", "Also for English speakers (1)") in html
    assert checkbox_label("under_18", "Suitable for under-18s (1)") in html
    assert checkbox_label("popup", "Pop-up: a one-off task of a few hours (2)") in html

    # Each is counted under the other filters, never under its own.
    html = client.get(URL, {"popup": "on"}).content.decode()
    assert checkbox_label("popup", "Pop-up: a one-off task of a few hours (2)") in html
    assert checkbox_label("under_18", "Suitable for under-18s (1)") in html
    assert checkbox_label("supported", "Supported volunteering (0)") in html
    assert 'name="popup" id="id_popup" checked' in html


def test_the_flags_show_on_the_cards_of_the_list(client, flagged):
    html = client.get(URL, {"english": "on"}).content.decode()

    assert "<li>Also for English speakers</li>" in html
    assert "<li>Supported volunteering</li>" in html


def test_counts_beside_options_ignore_their_own_filter(client, opportunities, not_listed):
    html = client.get(URL, {"region": "kymenlaakso", "evening": "on"}).content.decode()

    # The regions are counted without the region filter, but with the evening one.
    assert option("kymenlaakso", "Kymenlaakso (1)", selected=True) in html
    assert option("keski-suomi", "Keski-Suomi (1)") in html
    assert 'value="etela-karjala"' not in html
    # The evening count is taken without the evening filter, within Kymenlaakso.
    assert checkbox_label("evening", "In the evening (after 16:00) (1)") in html
    assert checkbox_label("weekend", "At the weekend (0)") in html
    assert 'name="evening" id="id_evening" checked' in html
    # The other options are counted under both filters; municipalities only those of the region.
    assert option("kouvola", "Kouvola (1)") in html
    assert 'value="kotka"' not in html
    assert 'value="jyvaskyla"' not in html
    assert option("volunteer", "Volunteer task (1)") in html
    assert option("youth", "Youth (1)") in html
    assert 'value="event-help"' not in html


def test_the_chosen_option_stays_offered_even_when_it_gives_nothing(client, opportunities):
    response = client.get(URL, {"region": "etela-karjala", "category": "youth"})

    html = response.content.decode()
    assert option("youth", "Youth (0)", selected=True) in html
    assert option("employment", "Employment (1)") in html


# --- Sorting and pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        # Dated ones by their first day, then the flexible ones.
        ("soonest", [HOMEWORK, HARBOUR, SCOUTS, SUMMER_JOB, BUDDY]),
        ("newest", [HARBOUR, SCOUTS, HOMEWORK, SUMMER_JOB, BUDDY]),
        # Without search words there is nothing to rank by: soonest first.
        ("relevance", [HOMEWORK, HARBOUR, SCOUTS, SUMMER_JOB, BUDDY]),
    ],
)
def test_sort(client, opportunities, sort, expected):
    assert listed(client.get(URL, {"sort": sort})) == expected


def test_sort_newest_with_search_words(client, opportunities):
    response = client.get(URL, {"q": "nuorille", "sort": "newest"})

    assert listed(response) == [SCOUTS, HOMEWORK]


def test_pagination(client):
    for number in range(25):
        OpportunityFactory(title=f"Tehtävä {number:02}", start_date=days_from_today(number))

    first = client.get(URL)
    second = client.get(URL, {"page": 2})

    assert listed(first) == [f"Tehtävä {number:02}" for number in range(20)]
    assert listed(second) == [f"Tehtävä {number:02}" for number in range(20, 25)]
    html = second.content.decode()
    assert "25 opportunities found" in html
    assert '<a href="?page=2" aria-current="page">' in html
    assert '<a href="?page=1" rel="prev">' in html
    assert 'rel="next"' not in html
    assert '<a href="?page=2" rel="next">' in first.content.decode()


def test_pagination_keeps_the_filters(client):
    for _ in range(21):
        OpportunityFactory(categories=["youth"])

    response = client.get(URL, {"category": "youth", "page": 1})

    assert '<a href="?category=youth&amp;page=2" rel="next">' in response.content.decode()


def test_empty_state(client, opportunities):
    response = client.get(URL, {"q": "purjehdus"})

    assert listed(response) == []
    html = response.content.decode()
    assert "0 opportunities found" in html
    assert "No opportunity matches all of these filters right now." in html
    assert '<a href="/en/opportunities/">Show all opportunities</a>' in html
    assert 'class="result-list"' not in html


def test_empty_portal_shows_the_empty_state(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert "No opportunity matches all of these filters right now." in response.content.decode()


def test_feed_links_keep_the_filters(client, opportunities):
    html = client.get(URL, {"region": "kymenlaakso", "page": 1}).content.decode()

    assert 'href="/en/opportunities/feed/atom/?region=kymenlaakso"' in html
    assert 'href="/en/opportunities/feed/rss/?region=kymenlaakso"' in html


# --- Query budget ----------------------------------------------------------------------------


def _create_opportunities(count):
    for number in range(count):
        OpportunityFactory(
            place="kotka",
            categories=["youth", "hobbies"],
            languages=["fi", "sv"],
            description="Autat nuoria läksyissä.",
            schedule=Opportunity.Schedule.RECURRING,
            start_date=days_from_today(number),
            times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
            beginner_friendly=True,
            places=3,
        )


# The page with its relations and places taken, and the counts of each facet, one query for
# each checkbox too (each counted under the other filters, whose chosen options are looked up
# again): as many queries whatever the data size. Logged in adds the session, the user and the profile.
@pytest.mark.parametrize(
    ("query", "logged_in", "budget"),
    [
        ({}, False, 18),
        ({"region": "kymenlaakso", "category": "youth", "evening": "on", "age": "16"}, False, 34),
        ({"q": "nuorille", "municipality": "kotka", "beginner": "on", "sort": "newest"}, False, 26),
        ({"for_me": "on", "type": "volunteer"}, True, 21),
    ],
    ids=["no-filters", "filters", "search", "for-me"],
)
@pytest.mark.parametrize("count", [7, 21], ids=["N", "3N"])
def test_query_budget(client, django_assert_max_num_queries, query, logged_in, budget, count):
    _create_opportunities(count)
    if logged_in:
        client.force_login(ProfileFactory(birth_year=years_ago(16)).user)

    with django_assert_max_num_queries(budget):
        response = client.get(URL, query)

    assert len(listed(response)) == min(count, 20)
