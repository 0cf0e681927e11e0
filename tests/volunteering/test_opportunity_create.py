"""opportunity_create: a new opportunity with its topics, languages and weekly times."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from associations.models import ActivityLanguage
from core.models import Municipality
from core.schedule import Weekday
from tests.factories import AssociationFactory
from volunteering import services
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def task_fields(**overrides):
    return {
        "title": "Iltakahvion apulainen",
        "slug": "iltakahvion-apulainen",
        "short_description": "Keitä kahvia ja juttele kävijöiden kanssa.",
        "type": Opportunity.Type.VOLUNTEER,
        "schedule": Opportunity.Schedule.RECURRING,
        "municipality": Municipality.objects.get(slug="kouvola"),
        **overrides,
    }


def test_a_new_opportunity_is_a_draft_with_flags_from_its_weekly_times():
    association = AssociationFactory()

    opportunity = services.opportunity_create(
        association=association,
        fields=task_fields(),
        languages=ActivityLanguage.objects.filter(slug="fi"),
        weekly_times=[
            {"weekday": Weekday.SATURDAY, "start_time": datetime.time(17), "end_time": None}
        ],
    )

    assert opportunity.status == Opportunity.Status.DRAFT
    assert opportunity.is_evening and opportunity.is_weekend
    assert [language.slug for language in opportunity.languages.all()] == ["fi"]
    assert "kahvio" in opportunity.search_text.split()


def test_published_at_once_through_the_status_rule():
    opportunity = services.opportunity_create(
        association=AssociationFactory(), fields=task_fields(), status=Opportunity.Status.PUBLISHED
    )

    assert opportunity.published_at is not None


def test_neither_a_place_nor_remote_is_refused_and_nothing_is_saved():
    with pytest.raises(ValidationError) as error:
        services.opportunity_create(
            association=AssociationFactory(), fields=task_fields(municipality=None)
        )

    assert "municipality" in error.value.message_dict
    assert not Opportunity.objects.filter(slug="iltakahvion-apulainen").exists()
