"""/me/data/ and /me/delete/ in Chromium: axe-core (WCAG 2.1 AA), phone widths, the deletion form
sent with errors, the refusal for the only owner of a card, and the deletion itself, in Finnish,
Swedish and English."""

import pytest

from .test_accessibility import (
    LANGUAGE_PREFIXES,
    check_page,
    expect_errors,
    localized,
    log_in,
    open_and_check,
)

pytestmark = pytest.mark.browser


def send(page):
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").first.click()


def test_the_data_page_is_accessible(page, live_server, verified_user):
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/data/"), language)
        link = page.locator("main a[download]")
        assert link.get_attribute("href") == localized(language, "/me/data/download/")
        open_and_check(page, localized(language, "/me/"), language)
        assert page.locator("main a[href$='/me/delete/']").count() == 1


def test_the_delete_page_is_accessible_with_errors_and_deletes(page, live_server, verified_user):
    from django.contrib.auth import get_user_model

    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/delete/"), language)
        send(page)
        expect_errors(page)
        check_page(page, language)
        page.locator("input[name=password]").fill("not-my-password")
        send(page)
        expect_errors(page)
        described = page.locator("input[name=password]").get_attribute("aria-describedby")
        assert described and "error" in described
        check_page(page, language)

    open_and_check(page, "/en/me/delete/", "en")
    page.locator("input[name=password]").fill(verified_user.raw_password)
    send(page)
    assert page.url == f"{live_server.url}/en/"
    assert page.locator("text=Your account has been deleted.").count() == 1
    check_page(page, "en")
    assert not get_user_model().objects.filter(pk=verified_user.pk).exists()


def test_the_refusal_for_the_only_owner_is_accessible(page, live_server, verified_user):
    from tests.factories import MembershipFactory

    MembershipFactory(user=verified_user, association__name="Yksinseura", owner=True)
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/delete/"), language)
        assert page.locator(".error-summary", has_text="Yksinseura").is_visible()
        assert page.locator("input[name=password]").count() == 0
