"""The activities and support pages of the workspace in Chromium: axe-core (WCAG 2.1 AA), phone
widths, the form sent with errors and the removal confirmation, in Finnish, Swedish and English."""

import pytest

from .test_accessibility import (
    LANGUAGE_PREFIXES,
    LONG_WORD,
    check_page,
    expect_errors,
    localized,
    log_in,
    open_and_check,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def card_with_offerings(seed_data):
    from associations.services import offering_create
    from tests.factories import AssociationFactory, MembershipFactory

    association = AssociationFactory(name="Lappeenrannan Nuorisoseura", municipality="lappeenranta")
    editor = MembershipFactory(association=association).user
    offering = offering_create(
        association=association,
        fields={
            "kind": "peer_support",
            "name": "Nuorten vertaisryhmä",
            "for_whom": "16–25-vuotiaille nuorille",
            "when": "Tiistaisin klo 17–19",
            "is_free": True,
            "how_to_take_part": "Tule paikalle.",
        },
    )
    offering_create(
        association=association,
        fields={
            "kind": "club",
            "name": f"{LONG_WORD}kerho",
            "for_whom": "Kaikille",
            "when": "Joka toinen lauantai",
            "cost": "5 €",
            "how_to_take_part": "Soita.",
        },
    )
    return association, editor, offering


def send(page):
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").first.click()


def test_the_list_is_accessible(page, live_server, card_with_offerings):
    association, editor, _offering = card_with_offerings
    log_in(page, editor, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(
            page, localized(language, f"/manage/{association.slug}/activities/"), language
        )
        assert page.locator("main .card").count() == 2
        assert page.locator("nav.manage-nav a[aria-current=page]").count() == 1


def test_the_form_is_accessible_with_and_without_errors(page, live_server, card_with_offerings):
    association, editor, offering = card_with_offerings
    log_in(page, editor, live_server)
    for language in LANGUAGE_PREFIXES:
        for path in ["activities/new/", f"activities/{offering.pk}/"]:
            open_and_check(
                page, localized(language, f"/manage/{association.slug}/{path}"), language
            )
            page.locator("input[name=name]").fill("Kitarakerho")
            page.locator("input[name=when]").fill("")
            send(page)
            expect_errors(page)
            assert page.locator("input[name=name]").input_value() == "Kitarakerho"
            check_page(page, language)
    assert association.offerings.count() == 2


def test_the_removal_confirmation_is_accessible(page, live_server, card_with_offerings):
    association, editor, offering = card_with_offerings
    log_in(page, editor, live_server)
    path = f"/manage/{association.slug}/activities/{offering.pk}/delete/"
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, path), language)
        assert page.locator(f"main form[action$='{path}'] button[type=submit]").count() == 1
    with page.expect_navigation():
        page.locator(f"main form[action$='{path}'] button[type=submit]").click()
    check_page(page, "en")
    assert association.offerings.count() == 1
