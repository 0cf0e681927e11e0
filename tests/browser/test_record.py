"""The person's record, a certificate with share links, and the shared certificate, checked in
Chromium with axe-core and at phone widths in Finnish, Swedish and English; and the certificate
prints on A4 with nothing but the certificate."""

from __future__ import annotations

import re

import pytest

from .phones import assert_fits_phones
from .test_accessibility import (
    LANGUAGE_PREFIXES,
    LONG_WORD,
    check_page,
    localized,
    log_in,
    open_and_check,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def completed_tasks(seed_data, verified_user):
    """Two completed tasks of `verified_user` with long names, one with a share link."""
    import datetime
    from decimal import Decimal

    from django.utils import timezone

    from associations.models import Association
    from tests.factories import AssociationFactory, SignUpFactory
    from volunteering import record

    verified_user.preferred_name = f"Aino {LONG_WORD}"
    verified_user.save()
    association = AssociationFactory(name=f"Yhdistys {LONG_WORD}")
    Association.objects.filter(pk=association.pk).update(
        is_verified=True, verified_at=timezone.now()
    )
    signup = SignUpFactory(
        user=verified_user,
        status="completed",
        hours_done=Decimal("12.5"),
        reference=f"Luotettava ja iloinen. {LONG_WORD}",
        decided_at=timezone.now(),
        opportunity__association=association,
        opportunity__title=f"Tehtävä {LONG_WORD}",
        opportunity__skills=["sports-coaching", "events"],
        opportunity__start_date=datetime.date(2026, 6, 1),
        opportunity__end_date=datetime.date(2026, 6, 5),
    )
    SignUpFactory(
        user=verified_user,
        status="completed",
        hours_done=Decimal("3"),
        decided_at=timezone.now(),
        opportunity__title="Etätehtävä",
        opportunity__place=None,
        opportunity__is_remote=True,
    )
    link = record.certificate_link_create(signup=signup)
    return {"signup": signup, "link": link}


def test_the_record_and_certificates_are_accessible(
    page, live_server, verified_user, completed_tasks
):
    signup, link = completed_tasks["signup"], completed_tasks["link"]
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/record/"), language)
        open_and_check(page, localized(language, f"/me/record/{signup.pk}/certificate/"), language)
        open_and_check(page, localized(language, "/me/record/certificates/"), language)
    page.context.clear_cookies()
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/certificate/{link.token}/"), language)


def test_an_empty_record_is_accessible(page, live_server, verified_user):
    log_in(page, verified_user, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/record/"), language)
        open_and_check(page, localized(language, "/me/record/certificates/"), language)


def test_making_and_revoking_a_link(page, live_server, verified_user, completed_tasks):
    signup = completed_tasks["signup"]
    log_in(page, verified_user, live_server)
    page.goto(localized("en", f"/me/record/{signup.pk}/certificate/"))
    assert_fits_phones(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Make a link to share").click()
    assert page.locator(".share-link").count() == 2
    check_page(page, "en")
    with page.expect_navigation():
        page.locator(".share-link button").first.click()
    assert page.locator(".share-link").count() == 1
    assert_fits_phones(page)


def test_the_certificate_prints_on_a4_without_the_portal_around_it(
    page, live_server, verified_user, completed_tasks
):
    signup = completed_tasks["signup"]
    log_in(page, verified_user, live_server)
    page.goto(localized("en", f"/me/record/{signup.pk}/certificate/"))
    assert_fits_phones(page)
    page.emulate_media(media="print")
    try:
        for hidden in (
            ".site-header",
            ".site-footer",
            ".certificate-languages",
            ".certificate-share",
            ".breadcrumbs",
            "form",
        ):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert page.locator(".certificate").is_visible()
        color = page.locator(".certificate h1").evaluate("el => getComputedStyle(el).color")
        assert color == "rgb(0, 0, 0)"
        pdf = page.pdf(prefer_css_page_size=True)
        # A4 is 595 × 842 points; the certificate of one task fits on one page.
        sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
        assert len(sizes) == 1, f"{len(sizes)} pages"
        width, height = (round(float(size)) for size in sizes[0])
        assert (width, height) == (595, 842)
    finally:
        page.emulate_media(media="screen")
