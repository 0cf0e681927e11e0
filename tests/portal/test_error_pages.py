"""Error pages: the portal's layout and the visitor's language, as served with debug off."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path

from portal.urls import handler403, handler404, handler500  # noqa: F401 (this module is a URLconf)
from portal.urls import urlpatterns as portal_urlpatterns
from tests.factories import UserFactory


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug")


# The portal's addresses, one that refuses everybody (as a view does for a missing role) and one
# with a bug (tests/browser/test_error_pages.py).
urlpatterns = [
    *portal_urlpatterns,
    *i18n_patterns(
        path("forbidden/", forbidden), path("broken/", broken), prefix_default_language=False
    ),
]


def assert_in_the_layout(html, language):
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert 'class="site-footer"' in html
    assert "/static/css/portal.css" in html
    assert "style=" not in html
    assert "<style" not in html


@pytest.fixture(autouse=True)
def _debug_off(settings):
    settings.DEBUG = False


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "language", "text"),
    [
        ("", "fi", "Sivua ei löydy"),
        ("/sv", "sv", "Sidan hittades inte"),
        ("/en", "en", "Page not found"),
    ],
)
def test_a_missing_page_is_explained_in_the_visitors_language(client, prefix, language, text):
    response = client.get(f"{prefix}/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert_in_the_layout(html, language)
    assert f"<h1>{text}</h1>" in html
    # The language switcher shows the same address in the other languages.
    assert 'href="/en/no-such-page/"' in html
    assert 'href="/no-such-page/"' in html


@pytest.mark.django_db
def test_a_missing_association_gets_the_same_page(client):
    response = client.get("/sv/associations/no-such-association/")

    assert response.status_code == 404
    assert "<h1>Sidan hittades inte</h1>" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.urls(__name__)
@pytest.mark.parametrize(
    ("prefix", "language", "text"),
    [("", "fi", "Ei pääsyä"), ("/sv", "sv", "Ingen åtkomst"), ("/en", "en", "No access")],
)
def test_no_access_is_explained_in_the_visitors_language(client, prefix, language, text):
    client.force_login(UserFactory())

    response = client.get(f"{prefix}/forbidden/")

    html = response.content.decode()
    assert response.status_code == 403
    assert_in_the_layout(html, language)
    assert f"<h1>{text}</h1>" in html


@pytest.mark.django_db
def test_a_form_without_its_token_gets_a_page_in_the_layout_without_inline_style():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/en/accounts/login/", {"login": "a@example.com", "password": "x"})

    html = response.content.decode()
    assert response.status_code == 403
    assert_in_the_layout(html, "en")
    assert "<h1>The form could not be sent</h1>" in html
    assert "Allow cookies" in html  # no form token cookie was sent at all


@pytest.mark.django_db
def test_a_form_with_an_old_token_says_to_load_the_page_again():
    client = Client(enforce_csrf_checks=True)
    client.get("/sv/accounts/login/")  # sets the form token cookie

    response = client.post(
        "/sv/accounts/login/",
        {"login": "a@example.com", "password": "x", "csrfmiddlewaretoken": "x" * 64},
    )

    html = response.content.decode()
    assert response.status_code == 403
    assert_in_the_layout(html, "sv")
    assert "<h1>Formuläret kunde inte skickas</h1>" in html
    assert "Tillåt cookies" not in html


# No django_db mark: any query fails, as when the database is down.
@pytest.mark.parametrize(
    ("prefix", "language", "text"),
    [
        ("", "fi", "Jokin meni vikaan"),
        ("/sv", "sv", "Något gick fel"),
        ("/en", "en", "Something went wrong"),
    ],
)
def test_the_500_page_is_shown_when_the_database_is_down(client, prefix, language, text):
    client.raise_request_exception = False
    # A logged-in person: reading the session needs the database too.
    client.cookies["sessionid"] = "s" * 32

    response = client.get(f"{prefix}/")

    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert 'class="site-footer"' in html
    assert "/static/css/portal.css" in html
    assert f"<h1>{text}</h1>" in html
    assert "yhdistysinfo@example.fi" in html
