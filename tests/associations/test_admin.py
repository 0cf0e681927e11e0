"""The Django admin, for superusers: status changes go through the services."""

import datetime

import pytest

from associations.models import Association
from core.schedule import Weekday
from tests.admin_forms import admin_form_data
from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_publishing_a_draft_in_the_admin_stamps_its_publication(superuser_client):
    association = AssociationFactory(draft=True)

    response = superuser_client.post(
        "/en/admin/associations/association/",
        {"action": "publish", "_selected_action": [association.pk]},
    )

    association.refresh_from_db()
    assert response.status_code == 302
    assert association.status == Association.Status.PUBLISHED
    assert association.published_at is not None


def test_the_admin_change_page_opens(superuser_client):
    association = AssociationFactory()

    response = superuser_client.get(f"/en/admin/associations/association/{association.pk}/change/")

    assert response.status_code == 200


def test_staff_without_superuser_rights_cannot_use_the_admin_for_cards(client):
    client.force_login(UserFactory(is_staff=True))

    response = client.get("/en/admin/associations/association/")

    assert response.status_code == 403


# --- Saving the change form ------------------------------------------------------------------


def change_form(client, association):
    url = f"/en/admin/associations/association/{association.pk}/change/"
    return url, admin_form_data(client.get(url), "association_form")


def test_publishing_a_draft_through_the_change_form_stamps_its_publication(superuser_client):
    association = AssociationFactory(draft=True)
    url, data = change_form(superuser_client, association)

    data["status"] = Association.Status.PUBLISHED
    response = superuser_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    association.refresh_from_db()
    assert association.status == Association.Status.PUBLISHED
    assert association.published_at is not None


def test_an_evening_meeting_time_added_in_the_change_form_sets_the_evening_flag(
    superuser_client,
):
    association = AssociationFactory(
        meeting_times=[(Weekday.WEDNESDAY, datetime.time(10), datetime.time(12))]
    )
    assert not association.has_evening_activity
    url, data = change_form(superuser_client, association)

    data["meeting_times-0-start_time"] = "18:00"
    data["meeting_times-0-end_time"] = "20:00"
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    association.refresh_from_db()
    assert association.has_evening_activity
    assert association.status == Association.Status.PUBLISHED


def test_hiding_a_card_through_the_change_form_keeps_its_publication_date(superuser_client):
    association = AssociationFactory()
    published_at = association.published_at
    url, data = change_form(superuser_client, association)

    data["status"] = Association.Status.HIDDEN
    superuser_client.post(url, data)

    association.refresh_from_db()
    assert association.status == Association.Status.HIDDEN
    assert association.published_at == published_at
