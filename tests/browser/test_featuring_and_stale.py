"""Featured cards and opportunities and stale cards in Chromium: axe-core (WCAG 2.1 AA), phone
widths, the search form sent with errors, the home and region pages with features shown, and
the card editor of a stale card, in Finnish, Swedish and English."""

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
def featured(seed_data):
    """A coordinator of Kymenlaakso, two features there (a card and an opportunity), a stale
    card and its owner."""
    import datetime

    from django.utils import timezone

    from accounts.models import RegionCoordinator
    from associations.models import Association
    from coordination.models import Feature, StaleCardReminder
    from core.models import Region
    from tests.factories import (
        AssociationFactory,
        MembershipFactory,
        OpportunityFactory,
        UserFactory,
    )

    region = Region.objects.get(slug="kymenlaakso")
    coordinator = UserFactory()
    RegionCoordinator.objects.create(user=coordinator, region=region)
    card = AssociationFactory(name="Kouvolan Kiito", categories=["youth"])
    Feature.objects.create(region=region, association=card, position=0)
    opportunity = OpportunityFactory(association=card, title="Kiiton talkoot")
    Feature.objects.create(region=region, opportunity=opportunity, position=1)
    AssociationFactory(name="Kiito Kotka", municipality="kotka")
    stale = AssociationFactory(name="Vanha Kerho")
    Association.objects.filter(pk=stale.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=400)
    )
    StaleCardReminder.objects.create(association=stale)
    owner = MembershipFactory(association=stale, owner=True).user
    return {"coordinator": coordinator, "stale": stale, "owner": owner}


def test_the_public_pages_with_features_are_accessible(page, live_server, featured):
    for language in LANGUAGE_PREFIXES:
        for path in ("/", "/regions/kymenlaakso/"):
            open_and_check(page, localized(language, path), language)
            assert page.locator("#featured-items-title").count() == 1
            assert page.locator("[id^=featured-association-]").count() == 1
            assert page.locator("[id^=featured-opportunity-]").count() == 1


def test_the_coordinator_pages_are_accessible(page, live_server, featured):
    log_in(page, featured["coordinator"], live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/featured/"), language)
        assert page.locator("#featured-in-kymenlaakso li.card").count() == 2
        open_and_check(
            page, localized(language, "/coordinate/featured/?region=kymenlaakso&q=kiito"), language
        )
        assert page.locator("form[action$='/featured/add/'] button").count() == 1
        open_and_check(page, localized(language, "/coordinate/stale/"), language)
        assert page.locator("form[action$='/remind/'] button").count() == 1


def test_the_search_with_errors_is_accessible(page, live_server, featured):
    log_in(page, featured["coordinator"], live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/featured/"), language)
        page.locator("input[name=q]").fill("")
        with page.expect_navigation():
            page.locator("form[method=get] button[type=submit]").click()
        expect_errors(page)
        check_page(page, language)


def test_featuring_moving_and_a_reminder_work_without_javascript(page, live_server, featured):
    log_in(page, featured["coordinator"], live_server)
    open_and_check(page, localized("en", "/coordinate/featured/?region=kymenlaakso&q=kotka"), "en")
    with page.expect_navigation():
        page.locator("form[action$='/featured/add/'] button").click()
    check_page(page, "en")
    assert page.locator("#featured-in-kymenlaakso li.card").count() == 3
    with page.expect_navigation():
        page.locator("#featured-in-kymenlaakso button[value=up]").last.click()
    check_page(page, "en")
    open_and_check(page, localized("en", "/coordinate/stale/"), "en")
    with page.expect_navigation():
        page.locator("form[action$='/remind/'] button").click()
    check_page(page, "en")


def test_the_editor_of_a_stale_card_is_accessible(page, live_server, featured):
    log_in(page, featured["owner"], live_server)
    slug = featured["stale"].slug
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/manage/{slug}/card/"), language)
        assert page.locator("#card-up-to-date.notice").count() == 1
    with page.expect_navigation():
        page.locator("#card-up-to-date button").click()
    check_page(page, "en")
    assert page.locator("#card-up-to-date.notice").count() == 0
