"""association_create: a new card with its terms, places and meeting times, through the rules."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from associations import services
from associations.models import Association, Category
from core.models import Municipality

pytestmark = pytest.mark.django_db


def card_fields(**overrides):
    return {
        "name": "Kotkan Kuoro",
        "slug": "kotkan-kuoro",
        "short_description": "Laulamme yhdessä tiistai-iltaisin.",
        "home_municipality": Municipality.objects.get(slug="kotka"),
        "contact_email": "kuoro@example.fi",
        **overrides,
    }


def test_a_new_card_is_a_draft_active_in_its_home_with_derived_fields():
    association = services.association_create(
        fields=card_fields(),
        categories=Category.objects.filter(slug="culture"),
        municipalities=Municipality.objects.filter(slug="hamina"),
        meeting_times=[
            {"weekday": 1, "start_time": datetime.time(18), "end_time": datetime.time(20)}
        ],
    )

    assert association.status == Association.Status.DRAFT
    assert association.published_at is None
    assert {m.slug for m in association.municipalities.all()} == {"kotka", "hamina"}
    assert association.has_evening_activity
    assert {"kuoro", "kotka", "hamina", "fredrikshamn"} <= set(association.search_text.split())


def test_a_card_created_as_published_is_stamped_through_the_status_rule():
    association = services.association_create(
        fields=card_fields(), status=Association.Status.PUBLISHED
    )

    assert association.status == Association.Status.PUBLISHED
    assert association.published_at is not None


@pytest.mark.parametrize(
    "overrides, field",
    [({"name": ""}, "name"), ({"contact_email": "not an address"}, "contact_email")],
)
def test_bad_fields_are_refused_and_nothing_is_saved(overrides, field):
    with pytest.raises(ValidationError) as error:
        services.association_create(fields=card_fields(**overrides))

    assert field in error.value.message_dict
    assert not Association.objects.filter(slug="kotkan-kuoro").exists()


def test_a_meeting_on_no_weekday_is_refused_and_nothing_is_saved():
    with pytest.raises(ValidationError):
        services.association_create(
            fields=card_fields(),
            meeting_times=[{"weekday": 9, "start_time": datetime.time(18)}],
        )

    assert not Association.objects.filter(slug="kotkan-kuoro").exists()
