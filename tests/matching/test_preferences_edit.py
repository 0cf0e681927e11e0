"""What I'm looking for: /me/preferences/, only ever the logged-in person's own."""

import pytest
from django.core.exceptions import ValidationError

from accounts.models import Profile
from associations.models import ActivityLanguage, Category
from core import personal_data
from matching.models import Preferences
from matching.services import preferences_update
from tests.factories import ProfileFactory, UserFactory, years_ago

pytestmark = pytest.mark.django_db

URL = "/en/me/preferences/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def person():
    return UserFactory(email="aino@example.com")


@pytest.fixture
def someone_else():
    """Another person who has told what they are looking for."""
    other = ProfileFactory(place="jyvaskyla").user
    preferences_update(
        user=other,
        travel_range="anywhere",
        topics=Category.objects.filter(slug="culture-arts"),
        kinds=["job"],
        free_times=["weekday-daytime"],
        skills=["crafts"],
        own_skills="Vieraan puutyöt",
    )
    return other


def full_answers(**overrides):
    return {
        "home_municipality": "kouvola",
        "travel_range": "region",
        "topics": ["sports-outdoors"],
        "kinds": ["volunteer", "event-help"],
        "free_times": ["evenings", "weekends"],
        "languages": ["fi", "en"],
        "skills": ["sports-coaching", "cooking"],
        "own_skills": "Sähly ja leipominen",
        **overrides,
    }


# --- Who sees it ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_log_in(client, method):
    response = getattr(client, method)(URL, full_answers() if method == "post" else None)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={URL}"
    assert not Preferences.objects.exists()


def test_the_empty_form_the_first_time(client, person, someone_else):
    client.force_login(person)

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>What I'm looking for</h1>" in html
    for name in ("home_municipality", "travel_range", "topics", "kinds", "free_times"):
        assert f'name="{name}"' in html
    for name in ("languages", "skills", "own_skills"):
        assert f'name="{name}"' in html
    assert "error-summary" not in html
    assert "checked" not in html
    assert "Vieraan puutyöt" not in html
    assert "<legend>How far can you go?</legend>" in html
    assert "Only you see these" in html
    # Looking creates nothing.
    assert not Preferences.objects.filter(user=person).exists()


def test_the_form_shows_the_own_answers_only(client, person, someone_else):
    ProfileFactory(user=person, place="kotka")
    preferences_update(user=person, travel_range="municipality", kinds=["buddy"])
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert '<option value="kotka" selected>Kotka</option>' in html
    assert 'value="municipality" id="id_travel_range_0" checked' in html
    assert 'value="buddy" id="id_kinds_1" checked' in html
    assert html.count(" checked") == 2
    assert "Vieraan puutyöt" not in html
    assert '<option value="jyvaskyla" selected>' not in html


# --- Saving ---------------------------------------------------------------------------------


def test_saving_everything(client, person):
    client.force_login(person)

    response = client.post(URL, full_answers(), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["What you are looking for was saved."]
    preferences = Preferences.objects.get(user=person)
    assert preferences.travel_range == "region"
    assert [topic.slug for topic in preferences.topics.all()] == ["sports-outdoors"]
    assert preferences.kinds == ["volunteer", "event-help"]
    assert preferences.free_times == ["evenings", "weekends"]
    assert {language.slug for language in preferences.languages.all()} == {"fi", "en"}
    assert preferences.skills == ["cooking", "sports-coaching"]  # in the order of the list
    assert preferences.own_skills == "Sähly ja leipominen"
    assert Profile.objects.get(user=person).home_municipality.slug == "kouvola"
    html = response.content.decode()
    assert "My region · Evenings after 16:00, Weekends" in html
    assert "Sähly ja leipominen" in html


def test_saving_again_changes_the_same_row_and_keeps_the_rest_of_the_profile(client, person):
    ProfileFactory(user=person, birth_year=years_ago(17), phone="040 123 4567")
    client.force_login(person)
    client.post(URL, full_answers())

    client.post(URL, {"home_municipality": "hamina", "kinds": ["job"]})

    preferences = Preferences.objects.get(user=person)
    assert preferences.kinds == ["job"]
    assert preferences.travel_range == ""
    assert not preferences.topics.exists()
    assert not preferences.languages.exists()
    profile = Profile.objects.get(user=person)
    assert profile.home_municipality.slug == "hamina"
    assert (profile.birth_year, profile.phone) == (years_ago(17), "040 123 4567")


def test_everything_may_be_left_empty(client, person):
    ProfileFactory(user=person, place="kotka")
    client.force_login(person)

    response = client.post(URL, {})

    assert response.status_code == 302
    preferences = Preferences.objects.get(user=person)
    assert (preferences.kinds, preferences.free_times, preferences.skills) == ([], [], [])
    assert Profile.objects.get(user=person).home_municipality is None


def test_saving_changes_only_the_own_preferences(client, person, someone_else):
    client.force_login(person)

    client.post(URL, full_answers())

    other = Preferences.objects.get(user=someone_else)
    assert other.kinds == ["job"]
    assert other.own_skills == "Vieraan puutyöt"
    assert Profile.objects.get(user=someone_else).home_municipality.slug == "jyvaskyla"


def test_unicode_is_kept(client, person):
    client.force_login(person)
    words = "Åland-kieli, ääkköset ja 日本語 🙂"

    client.post(URL, {"own_skills": words})

    assert Preferences.objects.get(user=person).own_skills == words
    assert words in client.get("/en/me/").content.decode()


# --- Bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kinds", "space-travel"),
        ("free_times", "nights"),
        ("skills", "juggling"),
        ("topics", "no-such-topic"),
        ("languages", "xx"),
        ("travel_range", "moon"),
        ("home_municipality", "atlantis"),
    ],
)
def test_an_unknown_value_is_shown_beside_its_field_and_the_rest_is_kept(
    client, person, field, value
):
    client.force_login(person)

    response = client.post(URL, full_answers(**{field: value}))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    html = response.content.decode()
    assert "Please check the form" in html
    assert f'href="#id_{field}"' in html
    assert f'<ul class="errorlist" id="id_{field}_error">' in html
    # What was typed and ticked is still there.
    assert "Sähly ja leipominen" in html
    if field != "free_times":
        assert 'value="evenings" id="id_free_times_1" checked' in html
    if field != "home_municipality":
        assert '<option value="kouvola" selected>Kouvola</option>' in html
    assert not Preferences.objects.exists()


def test_the_error_is_in_the_pages_language(client, person):
    client.force_login(person)

    response = client.post("/me/preferences/", {"kinds": ["space-travel"]})

    html = response.content.decode()
    assert "Tarkista lomakkeen tiedot" in html
    error = response.context["form"].errors["kinds"][0]
    assert error.startswith("Valitse oikea vaihtoehto.")
    assert f'<ul class="errorlist" id="id_kinds_error"><li>{error}</li></ul>' in html


def test_too_long_own_words(client, person):
    client.force_login(person)

    response = client.post(URL, {"own_skills": "x" * 301})

    assert list(response.context["form"].errors) == ["own_skills"]
    assert "x" * 301 in response.content.decode()


def test_the_service_refuses_unknown_values_itself(person):
    with pytest.raises(ValidationError) as error:
        preferences_update(user=person, kinds=["space-travel"], free_times=["nights"])

    assert set(error.value.message_dict) == {"kinds", "free_times"}
    assert not Preferences.objects.exists()


def test_the_service_leaves_the_municipality_alone_unless_given(person):
    ProfileFactory(user=person, place="kotka")

    preferences_update(user=person, kinds=["job", "job", "buddy"])

    assert Profile.objects.get(user=person).home_municipality.slug == "kotka"
    assert Preferences.objects.get(user=person).kinds == ["buddy", "job"]


# --- The person's data ----------------------------------------------------------------------


def test_the_preferences_are_in_the_persons_data_and_go_with_the_account(person, someone_else):
    preferences_update(
        user=person,
        travel_range="remote",
        topics=Category.objects.filter(slug="sports-outdoors"),
        languages=ActivityLanguage.objects.filter(slug="sv"),
        skills=["it-help"],
        own_skills="Pelit",
    )

    data = personal_data.export_for(person)["preferences"]

    assert data["travel_range"] == "remote"
    assert data["topics"] == ["sports-outdoors"]
    assert data["languages"] == ["sv"]
    assert data["skills"] == ["it-help"]
    assert data["own_skills"] == "Pelit"
    assert personal_data.export_for(UserFactory())["preferences"] is None
    person.delete()
    assert list(Preferences.objects.values_list("user", flat=True)) == [someone_else.pk]


# --- Queries --------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [2, 6], ids=["N", "3N"])
def test_query_budget(client, person, django_assert_max_num_queries, count):
    ProfileFactory(user=person)
    preferences_update(
        user=person,
        topics=Category.objects.all()[:count],
        languages=ActivityLanguage.objects.all()[:count],
        kinds=["job"],
    )
    client.force_login(person)

    # The session, the user, the profile, the preferences with their topics and languages, the
    # municipalities, the topics and the languages of the form, and whether the person
    # coordinates a region (the header's link).
    with django_assert_max_num_queries(10):
        response = client.get(URL)

    assert response.status_code == 200
