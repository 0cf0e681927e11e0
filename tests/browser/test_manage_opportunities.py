"""Posting and editing opportunities in Chromium: axe-core (WCAG 2.1 AA), phone widths, and the
editor sent with errors, in Finnish, Swedish and English."""

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


@pytest.fixture
def staff_with_opportunities(seed_data):
    import datetime

    from core.schedule import Weekday
    from tests.factories import AssociationFactory, MembershipFactory, OpportunityFactory
    from volunteering.models import Opportunity

    association = AssociationFactory(name="Lappeenrannan Nuorisoseura", municipality="lappeenranta")
    opportunity = OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        place="lappeenranta",
        schedule=Opportunity.Schedule.RECURRING,
        times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
        is_supported=True,
        places=3,
    )
    OpportunityFactory(association=association, title="Kevättalkoot", draft=True)
    editor = MembershipFactory(association=association).user
    return association, opportunity, editor


def send(page, action):
    with page.expect_navigation():
        page.locator(f"main form.form button[name=action][value={action}]").click()


def test_the_list_and_the_editors_are_accessible_with_and_without_errors(
    page, live_server, staff_with_opportunities
):
    association, opportunity, editor = staff_with_opportunities
    log_in(page, editor, live_server)
    base = f"/manage/{association.slug}/opportunities/"
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, base), language)

        open_and_check(page, localized(language, base + "new/"), language)
        page.locator("input[name=title]").fill("Kesäleirin apuohjaaja")
        page.locator("input[name=min_age]").fill("18")
        page.locator("input[name=max_age]").fill("15")
        send(page, "submit")
        expect_errors(page)
        assert page.locator("input[name=title]").input_value() == "Kesäleirin apuohjaaja"
        check_page(page, language)

        edit = f"{base}{opportunity.slug}/edit/"
        open_and_check(page, localized(language, edit), language)
        # A browser empties a time it cannot read, so the bad input is a reversed age range.
        page.locator("input[name=min_age]").fill("18")
        page.locator("input[name=max_age]").fill("15")
        send(page, "save")
        assert page.locator(".field--error").count() >= 1
        check_page(page, language)
