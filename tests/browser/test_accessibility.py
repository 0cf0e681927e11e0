"""Accessibility of every public page in Finnish, Swedish and English, checked in Chromium with axe-core,
plus logging in with the keyboard only and using the portal on a narrow phone screen.

To check a new page, add its path (without the language prefix) to PUBLIC_PATHS.
"""

from __future__ import annotations

import pytest
from django.test import Client

from .a11y import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every page anyone can open without logging in, without the language prefix.
PUBLIC_PATHS = [
    "/",
    "/regions/",
    "/regions/etela-karjala/",
    "/regions/etela-karjala/lappeenranta/",
    "/accessibility/",
    "/privacy/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]

# Pages only a logged-in user sees.
LOGGED_IN_PATHS = [
    "/accounts/email/",
    "/accounts/password/change/",
]

# Finnish is the default language and has no prefix.
LANGUAGE_PREFIXES = {"fi": "", "sv": "/sv", "en": "/en"}

NARROW_VIEWPORT = {"width": 360, "height": 740}
NARROW_PATHS = ["/", "/regions/", "/regions/etela-karjala/", "/accounts/login/"]


def localized(language: str, path: str) -> str:
    return LANGUAGE_PREFIXES[language] + path


def open_and_check(page, url: str, language: str):
    """Open a page, check that it answers 200 in the right language, and run axe on it."""
    response = page.goto(url)
    assert response is not None
    assert response.status == 200, f"{url} answered {response.status}"
    check_page(page, language)


def check_page(page, language: str):
    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)
    assert not page.csp_errors, f"Content-Security-Policy blocked something: {page.csp_errors}"


def log_in(page, user, live_server):
    """Log the browser in without the form (the keyboard test covers the form)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


def logout_button(page):
    return page.locator(".site-header form[action$='/accounts/logout/'] button[type=submit]")


@pytest.mark.parametrize("language", LANGUAGE_PREFIXES)
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_is_accessible(page, path, language):
    open_and_check(page, localized(language, path), language)


@pytest.mark.parametrize("language", LANGUAGE_PREFIXES)
def test_login_form_errors_are_accessible(page, language):
    page.goto(localized(language, "/accounts/login/"))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    expect_errors(page)
    check_page(page, language)


@pytest.mark.parametrize("language", LANGUAGE_PREFIXES)
def test_signup_form_errors_are_accessible(page, language):
    page.goto(localized(language, "/accounts/signup/"))
    page.locator("input[name=email]").fill("not-an-email-address")
    page.locator("input[name=password1]").fill("short")
    page.locator("input[name=password2]").fill("different")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    expect_errors(page)
    assert page.locator(".field--error").count() >= 1
    check_page(page, language)


def expect_errors(page):
    summary = page.locator(".error-summary")
    assert summary.is_visible(), "the form was sent with errors, but no error summary is shown"
    assert summary.locator("li").count() >= 1


@pytest.mark.parametrize("language", LANGUAGE_PREFIXES)
@pytest.mark.parametrize("path", LOGGED_IN_PATHS)
def test_logged_in_page_is_accessible(page, live_server, verified_user, path, language):
    log_in(page, verified_user, live_server)
    open_and_check(page, localized(language, path), language)
    assert logout_button(page).is_visible()


def focused(page, expression: str):
    return page.evaluate(f"() => {{ const el = document.activeElement; return {expression}; }}")


def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(page):
    page.goto("/")
    skip_link = page.locator("a.skip-link")
    box = skip_link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 0, "the skip link should be hidden until focused"

    page.keyboard.press("Tab")
    assert focused(page, "el.classList.contains('skip-link')"), "the first Tab should reach the skip link"
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, "a focused skip link must be visible"
    assert skip_link.is_visible()

    page.keyboard.press("Enter")
    page.wait_for_url("**/#main")
    assert focused(page, "el.id") == "main"


def test_keyboard_only_login(page, verified_user):
    page.goto("/accounts/login/")
    assert logout_button(page).count() == 0

    page.keyboard.press("Tab")
    assert focused(page, "el.classList.contains('skip-link')"), "the first Tab should reach the skip link"
    assert page.locator("a.skip-link").is_visible()
    box = page.locator("a.skip-link").bounding_box()
    assert box is not None and box["y"] >= 0

    for _ in range(30):
        if focused(page, "el.name") == "login":
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("the email field could not be reached with the Tab key")
    page.keyboard.type(verified_user.email)
    page.keyboard.press("Tab")
    assert focused(page, "el.name") == "password"
    page.keyboard.type(verified_user.raw_password)
    page.keyboard.press("Enter")

    page.wait_for_url("/")
    assert logout_button(page).is_visible(), "after logging in, the header should offer logging out"


@pytest.mark.parametrize("path", NARROW_PATHS)
def test_no_horizontal_scrolling_on_a_narrow_phone(new_page, path):
    page = new_page(viewport=NARROW_VIEWPORT)
    page.goto(path)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= NARROW_VIEWPORT["width"], (
        f"{path} scrolls sideways on a {NARROW_VIEWPORT['width']} px wide screen: "
        f"the page is {scroll_width} px wide"
    )
