"""The decision log in Chromium: axe-core (WCAG 2.1 AA), phone widths, the filter form used and
sent with errors, in Finnish, Swedish and English."""

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
    from accounts.models import RegionCoordinator
    from associations.audit import record_decision
    from core.audit import AuditAction
    from core.models import Region
    from tests.factories import (
        AssociationFactory,
        MembershipFactory,
        OpportunityFactory,
        SignUpFactory,
        UserFactory,
    )

    user = UserFactory()
    RegionCoordinator.objects.create(user=user, region=Region.objects.get(slug="kymenlaakso"))
    association = AssociationFactory(name="Kotkan Meripartiolaiset", municipality="kotka")
    owner = MembershipFactory(
        association=association, owner=True, user__preferred_name="Pirjo Puheenjohtaja"
    ).user
    opportunity = OpportunityFactory(association=association, title="Purjehdusleirin apuohjaaja")
    record_decision(
        actor=owner,
        action=AuditAction.SIGNUP_DECLINED,
        association=association,
        target=SignUpFactory(opportunity=opportunity),
        target_repr=opportunity.title,
        reason="Leirin paikat täyttyivät jo, mutta tervetuloa syksyn retkille!",
    )
    record_decision(actor=user, action=AuditAction.ASSOCIATION_VERIFIED, association=association)
    hidden = AssociationFactory(name="Piilotettu Seura", municipality="kouvola", hidden=True)
    record_decision(
        actor=user,
        action=AuditAction.ASSOCIATION_HIDDEN,
        association=hidden,
        reason="Kortissa oli vanhentuneita tietoja.",
    )
    return user


def test_the_log_is_accessible_and_its_filters_work(page, live_server, coordinator):
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/coordinate/log/"), language)
        assert page.locator("table.stack-table tbody tr").count() == 3
        page.locator("select[name=kind]").select_option("people")
        with page.expect_navigation():
            page.locator("form.stats-form button[type=submit]").click()
        assert page.locator("table.stack-table tbody tr").count() == 1
        assert page.locator("select[name=kind]").input_value() == "people"
        check_page(page, language)


def test_the_filters_with_errors_are_accessible(page, live_server, coordinator):
    log_in(page, coordinator, live_server)
    for language in LANGUAGE_PREFIXES:
        url = localized(language, "/coordinate/log/?start=eilen&actor=Pirjo")
        open_and_check(page, url, language)
        expect_errors(page)
        assert page.locator("input[name=actor]").input_value() == "Pirjo"
        check_page(page, language)
