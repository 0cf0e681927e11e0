"""Editing the own profile: /me/profile/."""

import pytest

from accounts.models import Profile
from tests.factories import ProfileFactory, UserFactory, years_ago

pytestmark = pytest.mark.django_db

URL = "/en/me/profile/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def person():
    return UserFactory(email="aino@example.com")


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_log_in(client, method):
    response = getattr(client, method)(URL)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={URL}"
    assert not Profile.objects.exists()


def test_the_form_without_a_profile(client, person):
    client.force_login(person)

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>My profile</h1>" in html
    assert '<input type="number" name="birth_year"' in html
    assert 'name="home_municipality"' in html
    assert "error-summary" not in html
    # Looking does not create a profile.
    assert not Profile.objects.exists()


def test_the_form_shows_the_own_profile_only(client, person):
    ProfileFactory(user=person, birth_year=years_ago(17), place="kotka", phone="040 123 4567")
    ProfileFactory(birth_year=1950, phone="044 999 8888", interests="Puutyöt")
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert f'name="birth_year" value="{years_ago(17)}"' in html
    assert '<option value="kotka" selected>Kotka</option>' in html
    assert 'value="040 123 4567"' in html
    assert "044 999 8888" not in html
    assert "Puutyöt" not in html
    assert 'value="1950"' not in html


def test_saving(client, person):
    client.force_login(person)

    response = client.post(
        URL,
        {
            "birth_year": years_ago(17),
            "home_municipality": "hamina",
            "phone": "040 123 4567",
            "interests": "Piirtäminen",
        },
        follow=True,
    )

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["Your profile was saved."]
    profile = Profile.objects.get(user=person)
    assert profile.birth_year == years_ago(17)
    assert profile.home_municipality.slug == "hamina"
    assert profile.phone == "040 123 4567"
    assert profile.interests == "Piirtäminen"
    assert "<dd>Hamina</dd>" in response.content.decode()


def test_saving_changes_only_the_own_profile(client, person):
    ProfileFactory(user=person, birth_year=years_ago(30))
    other = ProfileFactory(birth_year=years_ago(40), phone="044 999 8888")
    client.force_login(person)

    client.post(URL, {"birth_year": years_ago(31), "phone": ""})

    assert Profile.objects.get(user=person).birth_year == years_ago(31)
    other.refresh_from_db()
    assert other.birth_year == years_ago(40)
    assert other.phone == "044 999 8888"


def test_everything_may_be_left_empty(client, person):
    ProfileFactory(user=person, birth_year=years_ago(30), phone="040 123 4567")
    client.force_login(person)

    response = client.post(URL, {"birth_year": "", "home_municipality": "", "phone": ""})

    assert response.status_code == 302
    profile = Profile.objects.get(user=person)
    assert profile.birth_year is None
    assert profile.home_municipality is None
    assert profile.phone == ""


@pytest.mark.clock
@pytest.mark.parametrize("birth_year", ["1800", str(years_ago(2)), "vuonna 2008"])
def test_bad_birth_year_shows_an_error_and_keeps_what_was_typed(client, person, birth_year):
    ProfileFactory(user=person, birth_year=years_ago(30), phone="040 000 0000")
    client.force_login(person)

    response = client.post(
        URL,
        {
            "birth_year": birth_year,
            "home_municipality": "kotka",
            "phone": "040 123 4567",
            "interests": "Piirtäminen",
        },
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["birth_year"]
    html = response.content.decode()
    assert '<ul class="errorlist" id="id_birth_year_error">' in html
    assert "Please check the form" in html
    assert 'href="#id_birth_year"' in html
    assert f'name="birth_year" value="{birth_year}"' in html
    assert '<option value="kotka" selected>Kotka</option>' in html
    assert 'value="040 123 4567"' in html
    assert "Piirtäminen" in html
    # Nothing was saved.
    profile = Profile.objects.get(user=person)
    assert profile.birth_year == years_ago(30)
    assert profile.phone == "040 000 0000"


def test_unknown_municipality_shows_an_error(client, person):
    client.force_login(person)

    response = client.post(URL, {"home_municipality": "atlantis"})

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["home_municipality"]
    assert not Profile.objects.exists()


# --- What we call the person ----------------------------------------------------------------


def test_the_name_is_suggested_from_the_account_and_can_be_changed(client, person):
    person.first_name, person.last_name = "Aino", "Virtanen"
    person.save()
    client.force_login(person)

    html = client.get(URL).content.decode()
    assert "What should we call you?" in html
    assert 'name="preferred_name" value="Aino Virtanen"' in html

    response = client.post(URL, {"preferred_name": "Aino V.", "phone": ""}, follow=True)

    person.refresh_from_db()
    assert person.preferred_name == "Aino V."
    assert "<dd>Aino V.</dd>" in response.content.decode()
    assert 'name="preferred_name" value="Aino V."' in client.get(URL).content.decode()


def test_a_name_given_when_signing_up_shows_on_the_profile(client):
    person = UserFactory(preferred_name="Eetu", first_name="", last_name="")
    client.force_login(person)

    assert 'name="preferred_name" value="Eetu"' in client.get(URL).content.decode()
    assert "<dd>Eetu</dd>" in client.get("/en/me/").content.decode()


def test_the_name_is_kept_when_another_field_has_an_error(client, person):
    client.force_login(person)

    response = client.post(URL, {"preferred_name": "Aino", "birth_year": "1800"})

    assert 'name="preferred_name" value="Aino"' in response.content.decode()
    person.refresh_from_db()
    assert person.preferred_name == ""


# --- Accessibility needs: private, shared only per sign-up -----------------------------------


def test_accessibility_needs_are_saved_and_said_to_be_private(client, person):
    client.force_login(person)

    html = client.get(URL).content.decode()
    assert 'name="accessibility_needs"' in html
    assert "Private: an association sees it only when you tick that you share it" in html

    response = client.post(
        URL, {"accessibility_needs": "Käytän pyörätuolia.\nTarvitsen kirjalliset ohjeet."}
    )

    assert response.status_code == 302
    profile = Profile.objects.get(user=person)
    assert profile.accessibility_needs == "Käytän pyörätuolia.\nTarvitsen kirjalliset ohjeet."
    assert (
        "Käytän pyörätuolia.<br>Tarvitsen kirjalliset ohjeet."
        in client.get("/en/me/").content.decode()
    )
    assert "Käytän pyörätuolia." in client.get(URL).content.decode()


def test_too_long_accessibility_needs_are_kept_with_an_error(client, person):
    client.force_login(person)

    response = client.post(URL, {"accessibility_needs": "x" * 1001, "phone": "040 1"})

    assert list(response.context["form"].errors) == ["accessibility_needs"]
    assert "x" * 1001 in response.content.decode()
    assert not Profile.objects.exists()
