"""Suggestions in Chromium: /me/suggestions/ and the block on the home page and /me/, checked
with axe-core (WCAG 2.1 AA) and at phone widths, in Finnish, Swedish and English."""

import pytest

from .test_accessibility import LANGUAGE_PREFIXES, LONG_WORD, localized, log_in, open_and_check

pytestmark = pytest.mark.browser


@pytest.fixture
def person(seed_data):
    """A Kouvola person who likes sports and is free in the evenings, with four suggestions,
    one of them with a title longer than a phone is wide and one full."""
    from associations.models import Category
    from matching.services import preferences_update
    from tests.factories import OpportunityFactory, ProfileFactory, UserFactory

    user = UserFactory(preferred_name="Aino")
    ProfileFactory(user=user, place="kouvola")
    preferences_update(
        user=user,
        topics=list(Category.objects.filter(slug="sports-outdoors")),
        free_times=["evenings"],
    )
    OpportunityFactory(title="Iltasähly", evening=True, categories=["sports-outdoors"])
    OpportunityFactory(title=f"Talkoot {LONG_WORD}", beginner_friendly=True)
    OpportunityFactory(title="Toimistotyö", place="jyvaskyla", one_off=True)
    OpportunityFactory(title="Täynnä", full=True, place="kotka")
    return user


def test_the_suggestions_are_accessible(page, live_server, person):
    log_in(page, person, live_server)
    for language in LANGUAGE_PREFIXES:
        open_and_check(page, localized(language, "/me/suggestions/"), language)
        assert page.locator("main .suggestion").count() == 4
        open_and_check(page, localized(language, "/"), language)
        assert page.locator("main .suggestion").count() == 3
        open_and_check(page, localized(language, "/me/"), language)

    open_and_check(page, "/en/me/suggestions/", "en")
    first = page.locator("main .suggestion").first.inner_text()
    assert "Iltasähly" in first
    assert "Kouvola · evenings · you like sports and outdoors" in first
