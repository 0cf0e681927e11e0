"""The staff page, leaving the staff, join requests and the invitation page in Chromium:
axe-core (WCAG 2.1 AA), phone widths, and the forms sent with errors, in Finnish, Swedish and
English."""

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
def staffed_card(seed_data):
    from associations.services import invitation_create
    from tests.factories import (
        AssociationFactory,
        JoinRequestFactory,
        MembershipFactory,
        UserFactory,
    )

    association = AssociationFactory(name="Lappeenrannan Nuorisoseura", municipality="lappeenranta")
    owner = MembershipFactory(association=association, owner=True).user
    MembershipFactory(association=association, user=UserFactory(preferred_name="Eero Editori"))
    _invitation, token = invitation_create(
        association=association,
        email="kutsuttu.henkilo.jolla.on.pitka.osoite@example.com",
        role="editor",
        language="fi",
        invited_by=owner,
    )
    JoinRequestFactory(association=association, message="Haluaisin mukaan teatteriin.")
    JoinRequestFactory(association=association, status="declined", response="Ryhmä on täynnä.")
    return association, owner, token


def send(page, form_selector):
    with page.expect_navigation():
        page.locator(f"{form_selector} button[type=submit]").first.click()


def test_the_staff_page_is_accessible_with_and_without_errors(page, live_server, staffed_card):
    association, owner, _token = staffed_card
    log_in(page, owner, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/manage/{association.slug}/staff/"), language)
        page.locator("input[name=email]").fill("ei osoite")
        send(page, "form.form")
        expect_errors(page)
        assert page.locator("input[name=email]").input_value() == "ei osoite"
        check_page(page, language)


def test_join_requests_are_accessible_with_and_without_errors(page, live_server, staffed_card):
    association, owner, _token = staffed_card
    log_in(page, owner, live_server)
    for language in LANGUAGE_PREFIXES:
        url = localized(language, f"/manage/{association.slug}/join-requests/")
        open_and_check(page, url, language)
        page.locator("textarea").first.fill("Tervetuloa tiistaina!")
        send(page, "form.form")
        expect_errors(page)
        assert page.locator("textarea").first.input_value() == "Tervetuloa tiistaina!"
        check_page(page, language)


def test_the_invitation_page_is_accessible(page, live_server, staffed_card):
    _association, _owner, token = staffed_card
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, f"/associations/invitations/{token}/"), language)
    response = page.goto(f"/associations/invitations/{'x' * 43}/")
    assert response.status == 404
    check_page(page, "fi")


def test_the_leave_confirmation_is_accessible(page, live_server, staffed_card):
    """An editor sees the button and Cancel; the only owner is told to name another owner first."""
    association, owner, _token = staffed_card
    editor = association.memberships.get(role="editor").user
    path = f"/manage/{association.slug}/staff/leave/"
    for user, has_button in [(editor, True), (owner, False)]:
        log_in(page, user, live_server)
        for language in LANGUAGE_PREFIXES:
            open_and_check(page, localized(language, path), language)
            button = page.locator(f"main form[action$='{path}'] button[type=submit]")
            assert button.count() == (1 if has_button else 0)
            to_staff_page = page.locator(f"main p a[href$='/manage/{association.slug}/staff/']")
            assert to_staff_page.count() == (0 if has_button else 1)
