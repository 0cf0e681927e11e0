"""The coordinator's pages in Chromium: axe-core (WCAG 2.1 AA), phone widths, and the
statistics form sent with errors, in Finnish, Swedish and English."""

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
def coordinator(seed_data):
    from decimal import Decimal

    from accounts.models import RegionCoordinator
    from core.models import Region
    from tests.factories import OpportunityFactory, ProfileFactory, SignUpFactory, UserFactory

    user = UserFactory()
    for slug in ("kymenlaakso", "etela-karjala"):
        RegionCoordinator.objects.create(user=user, region=Region.objects.get(slug=slug))
    opportunity = OpportunityFactory(type="tryout")
    for birth_year in (2000, 2001, 2002, 1990, 1960, 1950):
        SignUpFactory(
            opportunity=opportunity,
            user=ProfileFactory(birth_year=birth_year).user,
            status="completed",
            hours_done=Decimal("3.5"),
        )
    SignUpFactory(opportunity=OpportunityFactory(evening=True))
    return user


def test_the_coordinator_pages_are_accessible(page, live_server, coordinator):
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/"), language)
        open_and_check(page, localized(language, "/coordinate/statistics/"), language)
        assert page.locator("svg[role=img]").count() == 2
        assert page.locator("table.stats-table").count() == 5
        assert page.locator("table.stats-table td", has_text="< 5").count() >= 1


def test_the_statistics_form_with_errors_is_accessible(page, live_server, coordinator):
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/statistics/"), language)
        page.locator("input[name=start]").fill("2026-06")
        page.locator("input[name=end]").fill("2025-01")
        with page.expect_navigation():
            page.locator("form.stats-form button[type=submit]").click()
        expect_errors(page)
        assert page.locator("input[name=end]").input_value() == "2025-01"
        assert page.locator("svg[role=img]").count() == 0
        check_page(page, language)
