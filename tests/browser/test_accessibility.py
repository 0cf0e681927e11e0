"""Accessibility of every public page in Finnish, Swedish and English, checked in Chromium with axe-core,
plus logging in with the keyboard only and using the portal on a phone: every page a test opens must fit
a 320 px and a 360 px wide screen, and on a list page the results come first.

To check a new page, add its path (without the language prefix) to PUBLIC_PATHS, or to LOGGED_IN_PATHS
when only a logged-in user sees it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from .a11y import assert_no_axe_violations, axe_violations
from .conftest import DEFAULT_VIEWPORT, TIMEOUT_MS
from .phones import PHONE_VIEWPORTS, assert_fits_phones

# The `page` fixture puts every test that uses the live server in a transactional database
# (pytest-django's transactional_db), which the live server's thread can see.
pytestmark = pytest.mark.browser

# The list pages, with and without filters and results; on a phone their results come first.
LIST_PATHS = [
    "/associations/",
    "/associations/?region=etela-karjala&evening=on&sort=newest",
    "/associations/?q=nuorille",
    "/associations/?q=xyzzy",
    "/opportunities/",
    "/opportunities/?region=etela-karjala&type=volunteer&evening=on",
    "/opportunities/?q=xyzzy",
]

# Every page anyone can open without logging in, without the language prefix.
# `{association}`, `{opportunity}`... stand for the slugs of the published demo content below.
PUBLIC_PATHS = [
    "/",
    "/regions/",
    "/regions/etela-karjala/",
    "/regions/etela-karjala/lappeenranta/",
    *LIST_PATHS,
    "/associations/{association}/",
    "/associations/{long_association}/",
    "/opportunities/{opportunity}/",
    "/opportunities/{long_opportunity}/",
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
    "/manage/",
    "/accounts/email/",
    "/accounts/password/change/",
]

# Finnish is the default language and has no prefix.
LANGUAGE_PREFIXES = {"fi": "", "sv": "/sv", "en": "/en"}

# A Finnish compound longer than a phone is wide, for names, addresses and web addresses.
LONG_WORD = "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas"


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
    assert_fits_phones(page)


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
    pages, so that the checks see the pages as people do, not only their empty states; one of each is
    full of words and addresses longer than a phone is wide."""
    from tests.factories import AssociationFactory, MeetingTimeFactory, OpportunityFactory

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
    domain = f"{LONG_WORD.lower()}t.example.fi"
    long_association = AssociationFactory(
        name=f"{LONG_WORD}yhdistys",
        municipality="lappeenranta",
        short_description=f"{LONG_WORD}iden yhdistys tarjoaa toimintaa kaikille.",
        description=f"Lue lisää: https://www.{domain}/yhdistys/toiminta/jasenyys-ja-jasenmaksut",
        meeting_place=f"{LONG_WORD}talo",
        street_address=f"{LONG_WORD}inkatu 123 A 45",
        postal_code="53100",
        post_office="Lappeenranta",
        contact_name=f"{LONG_WORD}iden puheenjohtaja",
        contact_email=f"jasenasiat@{domain}",
        website=f"https://www.{domain}/yhdistys/toiminta/jasenyys-ja-jasenmaksut",
        social_links=f"https://www.facebook.com/{LONG_WORD}yhdistys",
        how_to_join=f"Lähetä viesti osoitteeseen jasenasiat@{domain}",
        categories=["youth"],
    )
    MeetingTimeFactory(association=long_association, description=f"{LONG_WORD}kerho")
    # Activities and support on both cards (and their kinds among the list's filters).
    from associations.services import offering_create

    offering_create(
        association=association,
        fields={
            "kind": "peer_support",
            "name": "Nuorten vertaisryhmä",
            "description": "Juttelemme arjesta.\nLopuksi pelataan.",
            "for_whom": "16–25-vuotiaille nuorille",
            "when": "Tiistaisin klo 17–19, syyskuusta toukokuuhun",
            "is_free": True,
            "how_to_take_part": "Tule paikalle, ilmoittautumista ei tarvita.",
        },
    )
    offering_create(
        association=long_association,
        fields={
            "kind": "counselling",
            "name": f"{LONG_WORD}neuvonta",
            "for_whom": f"{LONG_WORD}it ja heidän läheisensä",
            "when": "Sovitusti",
            "cost": f"5 € / {LONG_WORD}kerta",
            "how_to_take_part": f"Varaa aika: jasenasiat@{domain}",
        },
    )
    long_opportunity = OpportunityFactory(
        association=long_association,
        title=f"{LONG_WORD}iden kahvilavuoro",
        place="lappeenranta",
        address=f"{LONG_WORD}inkatu 123 A 45, 53100 Lappeenranta",
        contact_email=f"jasenasiat@{domain}",
        evening=True,
    )
    return {
        "association": association.slug,
        "opportunity": opportunity.slug,
        "adults_only": adults_only.slug,
        "long_association": long_association.slug,
        "long_opportunity": long_opportunity.slug,
    }


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_is_accessible(page, published_content, path):
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, path.format(**published_content)), language)


def test_login_errors_are_accessible(page):
    for language in LANGUAGE_PREFIXES:
        page.goto(localized(language, "/accounts/login/"))
        assert_fits_phones(page)
        submit(page)
        expect_errors(page)
        check_page(page, language)


def test_signup_errors_are_accessible(page):
    for language in LANGUAGE_PREFIXES:
        page.goto(localized(language, "/accounts/signup/"))
        assert_fits_phones(page)
        page.locator("input[name=email]").fill("not-an-email-address")
        page.locator("input[name=password1]").fill("short")
        page.locator("input[name=password2]").fill("different")
        submit(page)
        expect_errors(page)
        check_page(page, language)


def test_logged_in_pages_are_accessible(page, live_server, verified_user, published_content):
    """/me/ with sign-ups to withdraw from and join requests, to names longer than a phone is wide;
    the workspace of an owner of the long-named association."""
    from associations.models import Association
    from tests.factories import JoinRequestFactory, MembershipFactory, SignUpFactory
    from volunteering.models import Opportunity

    for slug in ("opportunity", "long_opportunity"):
        opportunity = Opportunity.objects.get(slug=published_content[slug])
        SignUpFactory(opportunity=opportunity, user=verified_user)
    for slug in ("association", "long_association"):
        association = Association.objects.get(slug=published_content[slug])
        JoinRequestFactory(association=association, user=verified_user)
    MembershipFactory(association=association, user=verified_user, owner=True)
    log_in(page, verified_user, live_server)
    for path in LOGGED_IN_PATHS:
        open_and_check(page, path.format(**published_content), "fi")
        assert logout_button(page).is_visible()
        if path == "/me/":
            assert page.locator("main form button[type=submit]").count() == 4, (
                "/me/ should offer withdrawing from both sign-ups and both join requests"
            )


def test_join_and_signup_errors_are_accessible(page, live_server, verified_user, published_content):
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        page.goto(
            localized(language, "/associations/{association}/join/".format(**published_content))
        )
        assert_fits_phones(page)
        submit(page)
        expect_errors(page)
        check_page(page, language)

        page.goto(
            localized(language, "/opportunities/{opportunity}/sign-up/".format(**published_content))
        )
        assert_fits_phones(page)
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
    assert_fits_phones(page)
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
    assert_fits_phones(page)
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
    check_page(page, "fi")


# The top of the first result (or of the message that there is none), relative to the viewport.
FIRST_RESULT_TOP = """() => {
  const first = document.querySelector(".browse__results .result-list > li, .browse__results .empty-state");
  return first ? first.getBoundingClientRect().top : null;
}"""


def assert_results_first(page):
    """On a phone the first result starts on the first screen, with the search and filters folded
    above it, one tap away; on a wide screen the filters are open beside the results."""
    url = page.url
    toggle = page.locator(".filter-toggle > summary")
    first_field = page.locator(".filter-form .field").first
    for viewport in PHONE_VIEWPORTS:
        page.set_viewport_size(viewport)
        top = page.evaluate(FIRST_RESULT_TOP)
        assert top is not None, f"{url} shows neither results nor a message that there are none"
        assert top < viewport["height"], (
            f"{url}: on a {viewport['width']}×{viewport['height']} px phone the first result starts "
            f"{round(top)} px down, below the first screen"
        )
        assert toggle.is_visible(), f"{url}: on a phone the filters should be one tap away"
        assert toggle.bounding_box()["y"] < top
        assert not first_field.is_visible(), f"{url}: on a phone the filters should start folded"
    page.set_viewport_size(DEFAULT_VIEWPORT)
    assert first_field.is_visible(), f"{url}: on a wide screen the filters should be open"
    assert not toggle.is_visible()
    form_box = page.locator(".filter-form").bounding_box()
    results_box = page.locator(".browse__results").bounding_box()
    assert form_box["x"] + form_box["width"] <= results_box["x"], (
        f"{url}: on a wide screen the filters should be beside the results"
    )


def test_results_come_first_on_a_phone(page, published_content):
    for path in LIST_PATHS:
        for language in LANGUAGE_PREFIXES:
            page.goto(localized(language, path))
            assert_results_first(page)
            assert_fits_phones(page)


def test_filters_work_on_a_phone_without_javascript(browser, live_server, published_content):
    """The fold is a <details> element: it opens with a tap and the form is sent without JavaScript;
    afterwards the results come first again, and the fold tells that filters are chosen."""
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE_VIEWPORTS[1], java_script_enabled=False
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto("/en/opportunities/")
        toggle = page.locator(".filter-toggle > summary")
        assert toggle.inner_text() == "Search and filter"
        region = page.get_by_label("Region", exact=True)
        assert not region.is_visible()
        toggle.click()
        region.select_option("etela-karjala")
        page.get_by_label("In the evening (after 16:00)").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Show results").click()

        query = urlsplit(page.url).query
        assert "region=etela-karjala" in query and "evening=on" in query
        assert toggle.inner_text() == "Change search"
        assert not region.is_visible(), "after filtering, the results should come first again"
        assert page.locator(".result-list > li").count() >= 1
        assert_results_first(page)

        # A wrong value opens the fold, with the error where it can be seen.
        page.goto("/en/opportunities/?age=many")
        assert page.locator(".error-summary").is_visible()
        assert page.get_by_label("Suitable for the age of").is_visible()
        assert_fits_phones(page)
    finally:
        context.close()


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
