"""Accessibility of every public page in Finnish, Swedish and English, checked in Chromium with axe-core,
plus logging in with the keyboard only and using the portal on a narrow phone screen.

To check a new page, add its path (without the language prefix) to PUBLIC_PATHS, or to LOGGED_IN_PATHS
when only a logged-in user sees it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from .a11y import assert_no_axe_violations, axe_violations

# The `page` fixture puts every test that uses the live server in a transactional database
# (pytest-django's transactional_db), which the live server's thread can see.
pytestmark = pytest.mark.browser

# Every page anyone can open without logging in, without the language prefix.
# `{association}` and `{opportunity}` stand for the slugs of the published demo content below.
PUBLIC_PATHS = [
    "/",
    "/regions/",
    "/regions/etela-karjala/",
    "/regions/etela-karjala/lappeenranta/",
    "/associations/",
    "/associations/?region=etela-karjala&evening=on&sort=newest",
    "/associations/?q=nuorille",
    "/associations/?q=xyzzy",
    "/associations/{association}/",
    "/opportunities/",
    "/opportunities/?region=etela-karjala&type=volunteer&evening=on",
    "/opportunities/?q=xyzzy",
    "/opportunities/{opportunity}/",
    "/accessibility/",
    "/privacy/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]

# Pages only a logged-in user sees, without the language prefix; checked in Finnish (their templates are
# the same in every language, and each browser check costs time).
LOGGED_IN_PATHS = [
    "/me/",
    "/accounts/email/",
    "/accounts/password/change/",
]

# Finnish is the default language and has no prefix.
LANGUAGE_PREFIXES = {"fi": "", "sv": "/sv", "en": "/en"}

# WCAG 2.1 SC 1.4.10 Reflow: content must fit 320 CSS px without scrolling sideways. Every page checked
# with axe, in every language, is also checked at this width.
REFLOW_VIEWPORT = {"width": 320, "height": 640}
# A common small phone: the home and regions pages are also opened at this width from the start.
NARROW_VIEWPORT = {"width": 360, "height": 740}
NARROW_PATHS = ["/", "/regions/", "/regions/etela-karjala/", "/associations/", "/opportunities/"]


def localized(language: str, path: str) -> str:
    return LANGUAGE_PREFIXES[language] + path


def open_and_check(page, url: str, language: str):
    """Open a page, check that it answers 200 in the right language, and run axe on it."""
    response = page.goto(url)
    assert response is not None
    assert response.status == 200, f"{url} answered {response.status}"
    check_page(page, language)


def check_page(page, language: str):
    assert page.locator("html").get_attribute("lang") == language, page.url
    assert_no_axe_violations(page)
    assert not page.csp_errors, f"Content-Security-Policy blocked something: {page.csp_errors}"
    assert_no_horizontal_scrolling(page, REFLOW_VIEWPORT)


def assert_no_horizontal_scrolling(page, viewport: dict):
    """The page fits `viewport`'s width; the viewport is left as it was."""
    previous = page.viewport_size
    page.set_viewport_size(viewport)
    try:
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.set_viewport_size(previous)
    assert scroll_width <= viewport["width"], (
        f"{page.url} scrolls sideways on a {viewport['width']} px wide screen: "
        f"the page is {scroll_width} px wide"
    )


def submit(page):
    """Send the page's main form, waiting for the answer."""
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def expect_errors(page):
    summary = page.locator(".error-summary")
    assert summary.is_visible(), (
        f"{page.url}: the form was sent with errors, but no summary is shown"
    )
    assert summary.locator("li").count() >= 1
    assert page.locator(".field--error").count() >= 1


def log_in(page, user, live_server):
    """Log the browser in without the form (the keyboard test goes through the form)."""
    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    page.context.add_cookies(
        [{"name": name, "value": client.cookies[name].value, "url": live_server.url}]
    )


def logout_button(page):
    return page.locator(".site-header form[action$='/accounts/logout/'] button[type=submit]")


def focused(page, expression: str):
    """Evaluate `expression` with `el` the focused element."""
    return page.evaluate(f"() => {{ const el = document.activeElement; return {expression}; }}")


@pytest.fixture
def published_content(seed_data):
    """Association and volunteer task cards for the home page and the Etelä-Karjala and Lappeenranta
    pages, so that the checks see the pages as people do, not only their empty states."""
    from tests.factories import AssociationFactory, OpportunityFactory

    association = AssociationFactory(
        name="Lappeenrannan Nuorisoseura",
        municipality="lappeenranta",
        categories=["youth", "culture-arts"],
        target_groups=["youth"],
        languages=["fi", "sv"],
        evening=True,
    )
    AssociationFactory(name="Lauritsalan Kyläyhdistys", municipality="lappeenranta")
    opportunity = OpportunityFactory(
        association=association,
        title="Kahvilavuoro nuorisotalolla",
        place="lappeenranta",
        plain_language_summary="Autat nuorisotalon kahvilassa. Saat ohjausta.",
        evening=True,
    )
    adults_only = OpportunityFactory(
        association=association, title="Leirin yöohjaaja", place="lappeenranta", min_age=18
    )
    return {
        "association": association.slug,
        "opportunity": opportunity.slug,
        "adults_only": adults_only.slug,
    }


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_is_accessible(page, published_content, path):
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, path.format(**published_content)), language)


def test_login_errors_are_accessible(page):
    for language in LANGUAGE_PREFIXES:
        page.goto(localized(language, "/accounts/login/"))
        submit(page)
        expect_errors(page)
        check_page(page, language)


def test_signup_errors_are_accessible(page):
    for language in LANGUAGE_PREFIXES:
        page.goto(localized(language, "/accounts/signup/"))
        page.locator("input[name=email]").fill("not-an-email-address")
        page.locator("input[name=password1]").fill("short")
        page.locator("input[name=password2]").fill("different")
        submit(page)
        expect_errors(page)
        check_page(page, language)


def test_logged_in_pages_are_accessible(page, live_server, verified_user, published_content):
    log_in(page, verified_user, live_server)
    for path in LOGGED_IN_PATHS:
        open_and_check(page, path.format(**published_content), "fi")
        assert logout_button(page).is_visible()


def test_join_and_signup_errors_are_accessible(page, live_server, verified_user, published_content):
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        page.goto(
            localized(language, "/associations/{association}/join/".format(**published_content))
        )
        submit(page)
        expect_errors(page)
        check_page(page, language)

        page.goto(
            localized(language, "/opportunities/{opportunity}/sign-up/".format(**published_content))
        )
        page.locator("input[name=birth_year]").fill("1800")
        submit(page)
        expect_errors(page)
        check_page(page, language)


def test_signup_refusal_for_age_is_accessible(page, live_server, published_content):
    from tests.factories import ProfileFactory, UserFactory, years_ago

    young = UserFactory()
    ProfileFactory(user=young, birth_year=years_ago(15))
    log_in(page, young, live_server)
    for language in LANGUAGE_PREFIXES:
        path = "/opportunities/{adults_only}/sign-up/".format(**published_content)
        open_and_check(page, localized(language, path), language)
        assert page.locator("main form").count() == 0


def test_skip_link_is_visible_on_focus_and_moves_focus_to_main(page):
    page.goto("/")
    skip_link = page.locator("a.skip-link")
    box = skip_link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 0, (
        "the skip link should be hidden until focused"
    )

    page.keyboard.press("Tab")
    assert focused(page, "el.classList.contains('skip-link')"), (
        "the first Tab should reach the skip link"
    )
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, (
        "a focused skip link must be visible"
    )

    page.keyboard.press("Enter")
    page.wait_for_url("**/#main")
    assert focused(page, "el.id") == "main", "the skip link should move focus to the main content"


def test_keyboard_only_login(page, verified_user):
    page.goto("/accounts/login/")
    assert logout_button(page).count() == 0

    page.keyboard.press("Tab")
    assert focused(page, "el.classList.contains('skip-link')"), (
        "the first Tab should reach the skip link"
    )
    box = page.locator("a.skip-link").bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, (
        "a focused skip link must be visible"
    )

    for _ in range(30):
        if focused(page, "el.name") == "login":
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("the email field could not be reached with the Tab key")
    page.keyboard.type(verified_user.email)
    # The password field's help text ("Forgot your password?") has a link, read before the field.
    for _ in range(3):
        page.keyboard.press("Tab")
        if focused(page, "el.name") == "password":
            break
    else:
        pytest.fail("the password field could not be reached with the Tab key from the email field")
    page.keyboard.type(verified_user.raw_password)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert urlsplit(page.url).path == "/", "after logging in, the user should be on the home page"
    assert logout_button(page).is_visible(), "after logging in, the header should offer logging out"


def test_no_horizontal_scrolling_on_a_narrow_phone(page, published_content):
    page.set_viewport_size(NARROW_VIEWPORT)
    for path in NARROW_PATHS:
        page.goto(path.format(**published_content))
        assert_no_horizontal_scrolling(page, NARROW_VIEWPORT)


def test_axe_finds_violations(blank_page):
    """The checker itself works, and its report names the rule, the element and where to read more."""
    page = blank_page
    page.set_content("<!DOCTYPE html><title>Test</title><main><input type=text></main>")
    assert {"label", "html-has-lang"} <= {violation["id"] for violation in axe_violations(page)}
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_no_axe_violations(page)
    report = str(failure.value)
    assert "[critical] label:" in report
    assert "https://dequeuniversity.com/rules/axe/" in report
    assert '<input type="text">' in report
