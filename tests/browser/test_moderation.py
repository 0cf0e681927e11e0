"""The moderation queue and a coordinator's decision pages in Chromium: axe-core (WCAG 2.1 AA),
phone widths, and a decision sent without its reason, in Finnish, Swedish and English."""

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
def waiting(seed_data):
    from accounts.models import RegionCoordinator
    from associations.models import Association
    from core.models import Region
    from tests.factories import (
        AssociationFactory,
        MembershipFactory,
        OpportunityFactory,
        UserFactory,
    )

    AssociationFactory(name="Lappeenrannan Nuorisoseura ry", municipality="lappeenranta")
    card = AssociationFactory(
        name="Lappeenrannan Nuorisoseura",
        municipality="lappeenranta",
        status=Association.Status.PENDING,
        published_at=None,
        business_id="1572860-0",
        register_number="123.456",
    )
    MembershipFactory(association=card, owner=True)
    opportunity = OpportunityFactory(
        association=AssociationFactory(municipality="lappeenranta", is_verified=False),
        place="lappeenranta",
        pending=True,
        title="Kahvilan apulainen, jolla on pitkä otsikko puhelimen näytölle",
    )
    coordinator = UserFactory()
    RegionCoordinator.objects.create(
        user=coordinator, region=Region.objects.get(slug="etela-karjala")
    )
    return coordinator, card, opportunity


def send(page, form_selector):
    with page.expect_navigation():
        page.locator(f"{form_selector} button[type=submit]").first.click()


def test_the_queue_and_the_coordination_home_are_accessible(page, live_server, waiting):
    coordinator, _card, _opportunity = waiting
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/"), language)
        open_and_check(page, localized(language, "/coordinate/queue/"), language)
        assert page.locator("main .queue-list li").count() == 2
        open_and_check(page, localized(language, "/coordinate/queue/?kind=opportunity"), language)
        assert page.locator("main .queue-list li").count() == 1


@pytest.mark.parametrize("kind", ["associations", "opportunities"])
def test_a_decision_without_its_reason_shows_the_error(page, live_server, waiting, kind):
    coordinator, card, opportunity = waiting
    slug = card.slug if kind == "associations" else opportunity.slug
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/coordinate/{kind}/{slug}/"), language)
        send(page, "form.decision-form:has(input[value=reject])")
        expect_errors(page)
        assert page.locator("textarea[name=reject-message]").count() == 1
        check_page(page, language)
