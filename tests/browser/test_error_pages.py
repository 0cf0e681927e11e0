"""The error pages (tests/portal/test_error_pages.py) pass the same checks as every other page."""

from __future__ import annotations

import pytest

from .test_accessibility import LANGUAGE_PREFIXES, check_page, localized, submit

pytestmark = pytest.mark.browser

FORM_NOT_SENT = {
    "fi": "Lomaketta ei voitu lähettää",
    "sv": "Formuläret kunde inte skickas",
    "en": "The form could not be sent",
}


@pytest.mark.urls("tests.portal.test_error_pages")
def test_error_pages_are_accessible(page):
    for language in LANGUAGE_PREFIXES:
        for path, status in [("/no-such-page/", 404), ("/forbidden/", 403), ("/broken/", 500)]:
            response = page.goto(localized(language, path))
            assert response is not None
            assert response.status == status, f"{path} answered {response.status}"
            check_page(page, language)


def test_the_form_token_page_is_accessible(page):
    for language in LANGUAGE_PREFIXES:
        page.goto(localized(language, "/accounts/login/"))
        check_page(page, language)
        page.fill("input[name=login]", "someone@example.com")
        page.fill("input[name=password]", "not the password")
        page.context.clear_cookies()  # the form token cookie is gone

        submit(page)

        assert page.locator("h1").inner_text() == FORM_NOT_SENT[language]
        check_page(page, language)
