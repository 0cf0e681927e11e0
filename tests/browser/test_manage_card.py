"""The card editor and a new association in Chromium: axe-core (WCAG 2.1 AA), phone widths,
and the forms sent with errors, in Finnish, Swedish and English."""

import pytest

from .test_accessibility import (
    LANGUAGE_PREFIXES,
    check_page,
    expect_errors,
    localized,
    log_in,
    open_and_check,
    submit,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def owned_card(seed_data):
    from core.schedule import Weekday
    from tests.factories import AssociationFactory, MeetingTimeFactory, MembershipFactory

    association = AssociationFactory(
        name="Lappeenrannan Nuorisoseura", municipality="lappeenranta", categories=["youth"]
    )
    MeetingTimeFactory(association=association, weekday=Weekday.TUESDAY, description="Teatteri")
    owner = MembershipFactory(association=association, owner=True).user
    return association, owner


def test_the_card_editor_is_accessible_with_and_without_errors(page, live_server, owned_card):
    association, owner = owned_card
    log_in(page, owner, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/manage/{association.slug}/card/"), language)
        page.locator("input[name=business_id]").fill("1234567-8")
        page.locator("input[name=meetings-1-start_time]").fill("18:00")
        page.locator("input[name=meetings-1-end_time]").fill("17:00")
        with page.expect_navigation():  # the card's own form, not "the card is up to date"
            page.locator("main form.card-form button[type=submit]").first.click()
        expect_errors(page)
        assert page.locator("input[name=business_id]").input_value() == "1234567-8"
        check_page(page, language)


def test_a_new_association_is_accessible_with_errors_and_similar_cards(
    page, live_server, owned_card
):
    association, owner = owned_card
    log_in(page, owner, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/manage/new/"), language)
        page.locator("input[name=name]").fill("Lappeenrannan nuorisoseura ry")
        page.locator("input[name=contact_email]").fill("not an address")
        submit(page)
        expect_errors(page)
        check_page(page, language)

    open_and_check(page, "/manage/new/", "fi")
    page.locator("input[name=name]").fill("Lappeenrannan nuorisoseura ry")
    page.locator("input[name=short_description]").fill("Nuorten teatteria.")
    page.locator("input[name=contact_email]").fill("info@example.fi")
    page.locator("select[name=home_municipality]").select_option("lappeenranta")
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").click()
    assert page.locator(".similar-cards").is_visible()
    assert page.locator("input[name=different_association]").is_visible()
    check_page(page, "fi")
