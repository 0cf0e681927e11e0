""" "Report this" and the coordinator's reports in Chromium: axe-core (WCAG 2.1 AA), phone widths,
and the forms sent with errors, in Finnish, Swedish and English."""

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
def reported(seed_data):
    """A card and an opportunity in Kouvola with a report each, and their region's coordinator."""
    from django.core.cache import cache

    from accounts.models import RegionCoordinator
    from coordination.reports import report_create
    from core.models import Region
    from tests.factories import OpportunityFactory, UserFactory

    cache.clear()  # the rate limit counts by address, and every test comes from 127.0.0.1
    opportunity = OpportunityFactory(
        title="Kahvinkeittäjä kotiotteluihin", association__name="Kouvolan Kerho"
    )
    card = opportunity.association
    for subject in (None, opportunity):
        report_create(
            association=card,
            opportunity=subject,
            reason="wrong",
            text="Kokousaika on muuttunut, ja puhelinnumero ei vastaa.",
            reporter_email="kysyja@example.com",
            client_ip="198.51.100.1",
        )
    coordinator = UserFactory()
    RegionCoordinator.objects.create(
        user=coordinator, region=Region.objects.get(slug="kymenlaakso")
    )
    yield card, opportunity, coordinator
    cache.clear()


def send(page):
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").first.click()


def test_the_report_form_is_accessible_with_and_without_errors(page, live_server, reported):
    card, opportunity, _coordinator = reported
    paths = [f"/report/association/{card.slug}/", f"/report/opportunity/{opportunity.slug}/"]
    for language in LANGUAGE_PREFIXES:
        for path in paths:
            open_and_check(page, localized(language, path), language)
            # The honeypot is out of sight and out of the tab order.
            honeypot = page.locator("input[name=homepage]")
            assert honeypot.get_attribute("tabindex") == "-1"
            box = page.locator(".visually-hidden:has(input[name=homepage])").bounding_box()
            assert box["width"] <= 1 and box["height"] <= 1
            page.locator("textarea[name=text]").fill("Tämä jää talteen")
            send(page)
            expect_errors(page)
            assert page.locator("textarea[name=text]").input_value() == "Tämä jää talteen"
            check_page(page, language)

    open_and_check(page, paths[0], "fi")
    page.locator("input[name=reason]").first.check()
    page.locator("textarea[name=text]").fill("Sivun tiedot ovat vanhoja.")
    send(page)
    assert page.url.endswith(f"/report/association/{card.slug}/sent/")
    check_page(page, "fi")


def test_the_report_links_on_the_public_pages(page, live_server, reported):
    card, opportunity, _coordinator = reported
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, card.get_absolute_url()), language)
        assert page.locator(f"a[href$='/report/association/{card.slug}/']").count() == 1
        open_and_check(page, localized(language, opportunity.get_absolute_url()), language)
        assert page.locator(f"a[href$='/report/opportunity/{opportunity.slug}/']").count() == 1


def test_the_coordinator_reports_are_accessible(page, live_server, reported):
    from coordination.models import Report

    _card, _opportunity, coordinator = reported
    report = Report.objects.filter(opportunity__isnull=False).get()
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/"), language)
        open_and_check(page, localized(language, "/coordinate/reports/"), language)
        assert page.locator("main .result-list > li").count() == 2
        open_and_check(page, localized(language, f"/coordinate/reports/{report.pk}/"), language)
        send(page)
        expect_errors(page)
        check_page(page, language)

    open_and_check(page, f"/coordinate/reports/{report.pk}/", "fi")
    page.locator("textarea[name=resolution_note]").fill("Kortti korjattiin.")
    send(page)
    assert page.url.endswith("/coordinate/reports/")
    check_page(page, "fi")
    assert page.locator("main .result-list > li").count() == 1
    open_and_check(page, f"/coordinate/reports/{report.pk}/", "fi")
    assert page.locator("main", has_text="Kortti korjattiin.").count() == 1
