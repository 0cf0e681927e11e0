"""The staff's pages for the people who signed up, checked in Chromium with axe-core and at phone
widths: the list with shared details, decisions and their errors, the message form and its errors,
and the person's own page with the association's answer."""

from __future__ import annotations

import pytest

from .phones import assert_fits_phones
from .test_accessibility import (
    LONG_WORD,
    check_page,
    expect_errors,
    localized,
    log_in,
    open_and_check,
    submit,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def people(seed_data, verified_user):
    """An opportunity with a long name and people in every state; `verified_user` is its owner."""
    from decimal import Decimal

    from tests.factories import (
        AssociationFactory,
        MembershipFactory,
        OpportunityFactory,
        SignUpFactory,
        UserFactory,
    )
    from volunteering.models import OpportunityMessage

    association = AssociationFactory(name=f"Yhdistys {LONG_WORD}")
    MembershipFactory(association=association, user=verified_user, owner=True)
    opportunity = OpportunityFactory(
        association=association, title=f"Tehtävä {LONG_WORD}", places=2
    )
    person = UserFactory(preferred_name=LONG_WORD, email=f"{LONG_WORD.lower()}@example.com")
    SignUpFactory(
        opportunity=opportunity,
        user=person,
        phone="040 123 4567",
        message=f"Voin tulla tiistaisin. {LONG_WORD}",
        interests="Matikka ja kuviksen tunnit",
        staff_message=f"Tervetuloa! {LONG_WORD}",
    )
    SignUpFactory(
        opportunity=opportunity,
        status="completed",
        hours_done=Decimal("12.5"),
        reference="Luotettava ja iloinen.",
    )
    SignUpFactory(opportunity=opportunity, waitlisted=True)
    SignUpFactory(opportunity=opportunity, withdrawn=True)
    OpportunityMessage.objects.create(
        opportunity=opportunity,
        sender=verified_user,
        audience="accepted",
        body=f"Tavataan kirjastolla. {LONG_WORD}",
        recipient_count=2,
    )
    base = f"/manage/{association.slug}/opportunities/{opportunity.slug}/"
    return {"people": base + "people/", "message": base + "message/", "person": person}


def test_the_people_pages_are_accessible(page, live_server, verified_user, people):
    log_in(page, verified_user, live_server)
    for language in ("fi", "sv", "en"):
        open_and_check(page, localized(language, people["people"]), language)
    # A decision without anyone chosen: the errors are shown beside the fields.
    page.goto(localized("fi", people["people"]))
    assert_fits_phones(page)
    page.locator("textarea[name=message]").fill("Tervetuloa")
    submit(page)
    expect_errors(page)
    check_page(page, "fi")
    assert page.locator("textarea[name=message]").input_value() == "Tervetuloa"

    open_and_check(page, localized("fi", people["message"]), "fi")
    page.locator("textarea[name=body]").fill("Hei kaikki")
    submit(page)  # no group chosen
    expect_errors(page)
    check_page(page, "fi")


def test_the_answer_shows_on_the_persons_page(page, live_server, people):
    log_in(page, people["person"], live_server)
    open_and_check(page, "/me/", "fi")
    assert "Tervetuloa!" in page.locator("main").inner_text()
