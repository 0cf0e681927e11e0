"""A short list built without logging in, as a youth worker would: the first "Add to short list"
(a link to a page with the button, for a visitor without a session), the buttons on an
opportunity page and a card, the list with its notes, the print view (on A4, nothing but the
list) and the shared link, checked in Chromium with axe-core and at phone widths in Finnish,
Swedish and English."""

from __future__ import annotations

import re

import pytest

from .phones import assert_fits_phones
from .test_accessibility import LANGUAGE_PREFIXES, LONG_WORD, check_page, localized

pytestmark = pytest.mark.browser


@pytest.fixture
def evening_tasks(seed_data):
    """Two evening tasks in Kouvola and an activity of the same card, one with a long name."""
    from associations.services import offering_create
    from tests.factories import AssociationFactory, OpportunityFactory

    card = AssociationFactory(name="Kouvolan Kipinä ry")
    opportunities = [
        OpportunityFactory(association=card, title="Iltakahvilan vapaaehtoinen", evening=True),
        OpportunityFactory(association=card, title=f"Kotiottelu {LONG_WORD}", evening=True),
    ]
    offering = offering_create(
        association=card,
        fields={
            "kind": "peer_support",
            "name": "Nuorten vertaisryhmä",
            "for_whom": "16–25-vuotiaille",
            "when": "Tiistaisin 17–19",
            "how_to_take_part": "Tule paikalle, ei ilmoittautumista.",
        },
    )
    return card, opportunities, offering


def click(page, locator):
    with page.expect_navigation():
        locator.click()


def test_a_short_list_built_without_logging_in(page, live_server, evening_tasks):
    card, opportunities, offering = evening_tasks
    first, *others = opportunities

    # A first-time visitor: the page holds no form (it is cached whole), but a link to a page
    # with the button.
    for language in ("fi", "sv"):
        page.goto(localized(language, f"/shortlist/add/opportunity/{first.pk}/"))
        check_page(page, language)
    page.goto(localized("en", f"/opportunities/{first.slug}/"))
    assert_fits_phones(page)
    assert page.locator("main form").count() == 0
    click(page, page.get_by_role("link", name="Add to short list"))
    assert page.get_by_role("heading", name=first.title).is_visible()
    check_page(page, "en")
    click(page, page.get_by_role("button", name="Add to my short list"))
    assert page.url.endswith(f"/en/opportunities/{first.slug}/")
    assert page.locator(".shortlist-toggle__state").is_visible()
    check_page(page, "en")

    # With a session, the button is on the page itself.
    for opportunity in others:
        page.goto(localized("en", f"/opportunities/{opportunity.slug}/"))
        assert_fits_phones(page)
        click(page, page.get_by_role("button", name="Add to short list"))
        assert page.locator(".shortlist-toggle__state").is_visible()
        check_page(page, "en")
    page.goto(localized("en", f"/associations/{card.slug}/"))
    assert_fits_phones(page)
    activity = page.locator(f"#activity-{offering.pk}")
    click(page, activity.get_by_role("button", name="Add to short list"))
    assert re.search(rf"#activity-{offering.pk}$", page.url)
    assert page.locator(f"#activity-{offering.pk} .shortlist-toggle__state").is_visible()
    check_page(page, "en")

    for language, prefix in LANGUAGE_PREFIXES.items():
        page.goto(f"{prefix}/shortlist/")
        check_page(page, language)
    page.goto("/en/shortlist/")
    assert_fits_phones(page)
    assert page.locator(".shortlist-item").count() == 3
    page.get_by_label("Note", exact=True).fill("Three evening tasks near Kouvola station.")
    page.get_by_label("Note on “Iltakahvilan vapaaehtoinen”").fill("Ask for Anna.")
    click(page, page.get_by_role("button", name="Save the notes"))
    check_page(page, "en")

    assert page.get_by_text("The notes were saved.").is_visible()

    click(page, page.get_by_role("button", name="Share as a link"))
    link = page.locator(".shortlist-share a").get_attribute("href")
    check_page(page, "en")

    for language, prefix in LANGUAGE_PREFIXES.items():
        page.goto(f"{prefix}/shortlist/print/")
        check_page(page, language)
    _prints_on_a4(page)

    page.context.clear_cookies()
    for language, prefix in LANGUAGE_PREFIXES.items():
        response = page.goto(link.replace("/en/", f"{prefix}/", 1))
        assert response.status == 200
        assert response.headers["referrer-policy"] == "no-referrer"
        assert page.get_by_text("Three evening tasks near Kouvola station.").is_visible()
        check_page(page, language)


def _prints_on_a4(page):
    page.goto("/en/shortlist/print/")
    assert_fits_phones(page)
    page.emulate_media(media="print")
    try:
        for hidden in (".site-header", ".site-footer", ".shortlist-print__help", "form"):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert page.locator(".shortlist-item").count() == 3
        assert page.get_by_text("Ask for Anna.").is_visible()
        color = page.locator(".shortlist-print h1").evaluate("el => getComputedStyle(el).color")
        assert color == "rgb(0, 0, 0)"
        pdf = page.pdf(prefer_css_page_size=True)
        # A4 is 595 × 842 points; three items fit on one page.
        sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
        assert len(sizes) == 1, f"{len(sizes)} pages"
        assert tuple(round(float(size)) for size in sizes[0]) == (595, 842)
    finally:
        page.emulate_media(media="screen")
