"""What I'm looking for (/me/preferences/) in Chromium: axe-core (WCAG 2.1 AA), phone widths,
and the form sent with errors, in Finnish, Swedish and English; and the summary on /me/."""

import pytest

from .test_accessibility import (
    LANGUAGE_PREFIXES,
    check_page,
    expect_errors,
    localized,
    log_in,
    open_and_check,
    submit,
)

pytestmark = pytest.mark.browser

OWN_WORDS = "Sähly, leipominen ja Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas"


@pytest.fixture
def person(seed_data):
    from tests.factories import ProfileFactory, UserFactory

    user = UserFactory(preferred_name="Aino")
    ProfileFactory(user=user, place="kouvola", accessibility_needs="Tarvitsen kirjalliset ohjeet.")
    return user


def test_the_preferences_are_accessible_with_and_without_errors(page, live_server, person):
    log_in(page, person, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/preferences/"), language)
        page.locator("input[name=travel_range][value=region]").check()
        page.locator("input[name=free_times][value=evenings]").check()
        page.locator("textarea[name=own_skills]").fill(OWN_WORDS)
        # A value no one can choose, as if posted by hand.
        page.locator("input[name=kinds]").first.evaluate("el => { el.value = 'space-travel'; }")
        page.locator("input[name=kinds]").first.check()
        submit(page)
        expect_errors(page)
        assert page.locator("#id_kinds_error").is_visible()
        assert page.locator("textarea[name=own_skills]").input_value() == OWN_WORDS
        assert page.locator("input[name=free_times][value=evenings]").is_checked()
        check_page(page, language)


def test_saving_shows_the_summary_on_the_own_page(page, live_server, person):
    log_in(page, person, live_server)
    open_and_check(page, "/en/me/preferences/", "en")
    page.locator("input[name=travel_range][value=municipality]").check()
    page.locator("input[name=free_times][value=evenings]").check()
    page.locator("input[name=skills][value=cooking]").check()
    page.locator("textarea[name=own_skills]").fill(OWN_WORDS)
    submit(page)

    assert page.url.endswith("/en/me/")
    check_page(page, "en")
    summary = page.locator("main dl.facts")
    assert "My own municipality · Evenings after 16:00 · Cooking" in summary.inner_text()
    assert "Tarvitsen kirjalliset ohjeet." in summary.inner_text()


def test_the_sign_up_form_offers_to_share_the_accessibility_needs(page, live_server, person):
    from tests.factories import OpportunityFactory

    opportunity = OpportunityFactory(title="Läksykerhon ohjaaja", association__name="Nuorisoseura")
    log_in(page, person, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(
            page, localized(language, f"/opportunities/{opportunity.slug}/sign-up/"), language
        )
        share = page.locator("input[name=share_accessibility_needs]")
        assert not share.is_checked()
        assert "Tarvitsen kirjalliset ohjeet." in page.locator("main form").inner_text()
        share.check()
        submit(page)  # without the consent: the form comes back, the box still ticked
        expect_errors(page)
        assert page.locator("input[name=share_accessibility_needs]").is_checked()
        check_page(page, language)
