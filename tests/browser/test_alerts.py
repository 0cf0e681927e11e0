"""Alerts in Chromium: "Save as an alert" on the opportunity listing, /me/alerts/ and the
unsubscribe pages of the emails, checked with axe-core (WCAG 2.1 AA) and at phone widths, in
Finnish, Swedish and English."""

import pytest

from .test_accessibility import (
    LANGUAGE_PREFIXES,
    LONG_WORD,
    check_page,
    localized,
    log_in,
    open_and_check,
)

pytestmark = pytest.mark.browser

LISTING = "/opportunities/?region=kymenlaakso&evening=on"


@pytest.fixture
def saved_alerts(seed_data, verified_user):
    """Two alerts of the verified user, one with a search word longer than a phone is wide."""
    from alerts.services import alert_create
    from tests.factories import OpportunityFactory

    OpportunityFactory(title="Iltakahvila", evening=True)
    long = alert_create(
        user=verified_user,
        query=f"q={LONG_WORD}&region=kymenlaakso&evening=on&weekend=on&beginner=on",
        frequency="weekly",
    )
    short = alert_create(user=verified_user, query="region=kymenlaakso", frequency="daily")
    return long, short


def test_saving_an_alert_from_the_listing(page, live_server, verified_user):
    from alerts.models import Alert

    page.goto(LISTING)
    login = page.locator(".save-alert a[href*='/accounts/login/']")
    assert login.is_visible()
    check_page(page, "fi")

    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, LISTING), language)
        assert page.locator(".save-alert form button[type=submit]").is_visible()

    open_and_check(page, LISTING, "fi")
    page.locator(".save-alert input[name=frequency][value=weekly]").check()
    with page.expect_navigation():
        page.locator(".save-alert form button[type=submit]").click()
    assert page.url.endswith("/me/alerts/")
    check_page(page, "fi")
    alert = Alert.objects.get(user=verified_user)
    assert alert.frequency == "weekly"
    assert page.locator(".alert-item__title").inner_text() == alert.summary


def test_the_alerts_page_is_accessible(page, live_server, verified_user, saved_alerts):
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/alerts/"), language)
        assert page.locator(".alert-item").count() == 2

    # Changing how often, then deleting, with the keyboard-reachable buttons of the first alert.
    first = page.locator(".alert-item").first
    first.locator("select").select_option("daily")
    with page.expect_navigation():
        first.locator(".alert-item__frequency button[type=submit]").click()
    check_page(page, "en")  # the last language opened
    with page.expect_navigation():
        page.locator(".alert-item").first.locator("form[action$='/delete/'] button").click()
    assert page.locator(".alert-item").count() == 1
    check_page(page, "en")


def test_the_unsubscribe_pages_are_accessible(page, saved_alerts):
    from alerts.models import Alert

    long, short = saved_alerts
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/alerts/unsubscribe/{long.token}/"), language)
    assert Alert.objects.filter(pk=long.pk).exists()

    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    check_page(page, "en")
    assert not Alert.objects.filter(pk=long.pk).exists()
    assert Alert.objects.filter(pk=short.pk).exists()

    for language in LANGUAGE_PREFIXES:
        response = page.goto(localized(language, f"/alerts/unsubscribe/{long.token}/"))
        assert response.status == 404
        check_page(page, language)
