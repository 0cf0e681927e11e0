import pytest
from django.urls import reverse

from accounts.models import Profile
from accounts.services import account_delete
from associations.models import JoinRequest
from tests.factories import (
    PASSWORD,
    JoinRequestFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
)
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "language", "skip_link"),
    [
        ("", "fi", "Siirry sisältöön"),
        ("/sv", "sv", "Hoppa till innehållet"),
        ("/en", "en", "Skip to content"),
    ],
)
def test_home_is_served_in_each_language(client, prefix, language, skip_link):
    response = client.get(f"{prefix}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert skip_link in html
    for code, path in [("fi", "/"), ("sv", "/sv/"), ("en", "/en/")]:
        assert f'hreflang="{code}" href="http://testserver{path}"' in html


def test_home_lists_the_featured_areas_in_setting_order(client, settings):
    settings.FEATURED_AREAS = [
        "kymenlaakso",
        "keski-suomi/jyvaskyla",
        "no-such-area",
        "etela-karjala",
    ]

    response = client.get("/")

    areas = [item["area"].slug for item in response.context["featured_areas"]]
    assert areas == ["kymenlaakso", "jyvaskyla", "etela-karjala"]
    assert 'href="/regions/keski-suomi/jyvaskyla/"' in response.content.decode()


def test_language_switcher_keeps_the_current_page(client):
    response = client.get("/sv/regions/kymenlaakso/")

    html = response.content.decode()
    assert 'href="/regions/kymenlaakso/" lang="fi"' in html
    assert 'href="/en/regions/kymenlaakso/" lang="en"' in html
    assert 'href="/sv/regions/kymenlaakso/" lang="sv" hreflang="sv" aria-current="true"' in html


def test_region_list_shows_every_region_with_its_municipalities(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        response = client.get(reverse("portal:region-list"))

    assert len(response.context["regions"]) == 19
    assert sum(len(item["municipalities"]) for item in response.context["regions"]) == 308


def test_region_page_lists_its_nine_municipalities_in_finnish_order(client):
    response = client.get("/regions/etela-karjala/")

    assert response.status_code == 200
    names = [item["municipality"].name for item in response.context["municipalities"]]
    assert names == [
        "Imatra",
        "Lappeenranta",
        "Lemi",
        "Luumäki",
        "Parikkala",
        "Rautjärvi",
        "Ruokolahti",
        "Savitaipale",
        "Taipalsaari",
    ]


def test_region_and_municipality_names_are_swedish_on_swedish_pages(client):
    response = client.get("/sv/regions/etela-karjala/")

    html = response.content.decode()
    assert "<h1>Södra Karelen</h1>" in html
    assert ">Villmanstrand</a>" in html
    assert ">Ruokolax</a>" in html


def test_municipality_page(client):
    response = client.get("/regions/keski-suomi/jyvaskyla/")

    assert response.status_code == 200
    assert "<h1>Jyväskylä</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/regions/no-such-region/",
        "/regions/kymenlaakso/jyvaskyla/",
        "/regions/keski-suomi/nowhere/",
    ],
)
def test_unknown_or_mismatched_places_are_not_found(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("name", ["portal:accessibility", "portal:privacy"])
def test_statement_pages(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert "mailto:" in response.content.decode()


def test_pages_send_a_content_security_policy_without_unsafe_inline(client):
    response = client.get("/")

    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


# --- The privacy notice: every sentence true -------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "how_to_delete"),
    [
        ("", "poistaa käyttäjätilisi itse omalla sivullasi kohdassa ”Omat tietoni”."),
        ("/sv", "själv radera ditt konto på din egen sida under ”Mina uppgifter”."),
        ("/en", "delete your account yourself, on your own page under “My data”."),
    ],
)
def test_privacy_notice_tells_how_to_download_and_delete(client, settings, prefix, how_to_delete):
    settings.CONTACT_EMAIL = "tietosuoja@example.fi"

    html = client.get(f"{prefix}/privacy/").content.decode()

    assert how_to_delete in html
    assert html.count('<a href="mailto:tietosuoja@example.fi">tietosuoja@example.fi</a>') == 2


def test_deleting_an_account_deletes_what_the_privacy_notice_says():
    profile = ProfileFactory()
    person = profile.user
    signup = SignUpFactory(user=person, status=SignUp.Status.COMPLETED, message="Hei")
    JoinRequestFactory(user=person)

    account_delete(user=person)

    assert not Profile.objects.filter(pk=profile.pk).exists()
    assert not JoinRequest.objects.filter(user_id=person.pk).exists()
    # The sign-up is kept for the statistics, without the person.
    signup.refresh_from_db()
    assert (signup.user, signup.message, signup.home_municipality) == (None, "", None)
    assert signup.birth_year == profile.birth_year


def test_the_service_sets_only_the_cookies_the_privacy_notice_names(client):

    person = UserFactory()
    opportunity = OpportunityFactory()
    client.get("/accounts/login/")
    client.post("/accounts/login/", {"login": person.email, "password": PASSWORD}, follow=True)
    client.get(opportunity.get_absolute_url())
    client.get("/me/")

    # Logged in, form protection, and the notice carried to the next page ("You have logged in").
    assert set(client.cookies) <= {"sessionid", "csrftoken", "messages"}
    assert "sessionid" in client.cookies
