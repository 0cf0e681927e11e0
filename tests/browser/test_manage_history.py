"""The history pages of a card and of an opportunity in Chromium: axe-core (WCAG 2.1 AA) and
phone widths, in Finnish, Swedish and English, with changes of every kind of value."""

import datetime

import pytest

from .test_accessibility import LANGUAGE_PREFIXES, localized, log_in, open_and_check

pytestmark = pytest.mark.browser


@pytest.fixture
def changed_card(seed_data):
    from associations.services import association_create, association_update
    from core.models import Municipality
    from core.schedule import Weekday
    from tests.factories import MembershipFactory, UserFactory
    from volunteering.services import opportunity_create, opportunity_update

    # Made through the services, so that their history begins with them.
    association = association_create(
        fields={
            "name": "Lappeenrannan Nuorisoseura",
            "slug": "lappeenrannan-nuorisoseura",
            "short_description": "Nuorten kerhoja Lappeenrannassa.",
            "home_municipality": Municipality.objects.get(slug="lappeenranta"),
            "contact_email": "info@nuorisoseura.example.com",
        },
        status="published",
    )
    owner = MembershipFactory(association=association, owner=True).user
    editor = UserFactory(preferred_name="Eero Editori")
    association_update(
        association=association,
        fields={
            "name": "Lappeenrannan Nuorisoseura ry",
            "description": "Pitkä kuvaus, joka muuttui.",
            "step_free_access": True,
            "founded_year": 1950,
            "contact_email": "hyvin.pitka.osoite.joka.ei.mahdu@nuorisoseura.example.com",
        },
        categories=[],
        target_groups=[],
        languages=[],
        municipalities=[],
        meeting_times=[{"weekday": Weekday.MONDAY, "start_time": datetime.time(18)}],
        by=editor,
    )
    opportunity = opportunity_create(
        association=association,
        fields={
            "title": "Kahvilan apulainen",
            "slug": "kahvilan-apulainen",
            "type": "volunteer",
            "short_description": "Keität kahvia.",
            "municipality": association.home_municipality,
        },
        status="published",
    )
    opportunity_update(
        opportunity=opportunity,
        fields={"places": 4, "beginner_friendly": True, "schedule": "recurring"},
        weekly_times=[{"weekday": Weekday.TUESDAY, "start_time": datetime.time(17)}],
        by=editor,
    )
    return association, opportunity, owner


def test_the_history_pages_are_accessible(page, live_server, changed_card):
    association, opportunity, owner = changed_card
    log_in(page, owner, live_server)
    paths = [
        f"/manage/{association.slug}/history/",
        f"/manage/{association.slug}/opportunities/{opportunity.slug}/history/",
    ]
    for language in LANGUAGE_PREFIXES:
        for path in paths:
            open_and_check(page, localized(language, path), language)
            assert page.locator("main ol.history > li").count() >= 2
            assert page.locator("main ins").count() >= 1
