"""The Django admin for opportunities, for superusers: the change form saves the status through
the service and recomputes the evening and weekend flags after the weekly times."""

import datetime

import pytest
from django.core import mail

from core.schedule import Weekday
from tests.admin_forms import admin_form_data
from tests.factories import OpportunityFactory, SignUpFactory, UserFactory
from tests.volunteering.helpers import days_from_today
from volunteering.models import Opportunity, SignUp

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def change_form(client, opportunity):
    url = f"/en/admin/volunteering/opportunity/{opportunity.pk}/change/"
    return url, admin_form_data(client.get(url), "opportunity_form")


@pytest.fixture
def daytime_task(association):
    """A draft that meets on Wednesday mornings."""
    return OpportunityFactory(
        association=association,
        title="Kirjaston lukuhetki",
        draft=True,
        schedule=Opportunity.Schedule.RECURRING,
        start_date=days_from_today(7),
        times=[(Weekday.WEDNESDAY, datetime.time(10), datetime.time(12))],
    )


def test_publishing_through_the_change_form_stamps_the_publication(superuser_client, daytime_task):
    url, data = change_form(superuser_client, daytime_task)

    data["status"] = Opportunity.Status.PUBLISHED
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    daytime_task.refresh_from_db()
    assert daytime_task.status == Opportunity.Status.PUBLISHED
    assert daytime_task.published_at is not None
    assert superuser_client.get(daytime_task.get_absolute_url()).status_code == 200


def test_closing_through_the_change_form_keeps_the_publication_date(superuser_client, association):
    opportunity = OpportunityFactory(association=association)
    published_at = opportunity.published_at
    url, data = change_form(superuser_client, opportunity)

    data["status"] = Opportunity.Status.CLOSED
    superuser_client.post(url, data)

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.CLOSED
    assert opportunity.published_at == published_at


def test_moving_a_weekly_time_to_the_evening_sets_the_evening_flag(superuser_client, daytime_task):
    assert not daytime_task.is_evening
    url, data = change_form(superuser_client, daytime_task)

    data["times-0-start_time"] = "18:00"
    data["times-0-end_time"] = "20:00"
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    daytime_task.refresh_from_db()
    assert daytime_task.is_evening
    assert not daytime_task.is_weekend
    assert daytime_task.status == Opportunity.Status.DRAFT


def test_a_saturday_time_added_in_the_change_form_sets_the_weekend_flag(
    superuser_client, daytime_task
):
    url, data = change_form(superuser_client, daytime_task)

    data["times-1-weekday"] = str(Weekday.SATURDAY)
    data["times-1-start_time"] = "10:00"
    data["times-1-end_time"] = "12:00"
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    daytime_task.refresh_from_db()
    assert daytime_task.times.count() == 2
    assert daytime_task.is_weekend


def test_the_change_form_asks_for_a_place(superuser_client, daytime_task):
    url, data = change_form(superuser_client, daytime_task)

    data["municipality"] = ""
    data.pop("is_remote", None)
    response = superuser_client.post(url, data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors == {
        "municipality": ["Choose the municipality where this happens, or mark it as remote."]
    }
    daytime_task.refresh_from_db()
    assert daytime_task.municipality is not None


def test_a_remote_task_needs_no_municipality(superuser_client, daytime_task):
    url, data = change_form(superuser_client, daytime_task)

    data["municipality"] = ""
    data["is_remote"] = "on"
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    daytime_task.refresh_from_db()
    assert daytime_task.municipality is None
    assert daytime_task.is_remote


def test_adding_a_published_opportunity_stamps_the_publication_and_the_flags(
    superuser_client, association
):
    url = "/en/admin/volunteering/opportunity/add/"
    data = admin_form_data(superuser_client.get(url), "opportunity_form")

    data.update(
        association=str(association.pk),
        title="Iltapäiväkerhon apu",
        slug="iltapaivakerhon-apu",
        type=Opportunity.Type.VOLUNTEER,
        short_description="Auta kerhossa lauantaisin.",
        municipality=str(association.home_municipality.pk),
        schedule=Opportunity.Schedule.RECURRING,
        start_date=days_from_today(7).isoformat(),
        status=Opportunity.Status.PUBLISHED,
        **{"times-0-weekday": str(Weekday.SATURDAY), "times-0-start_time": "10:00"},
    )
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    opportunity = Opportunity.objects.get(slug="iltapaivakerhon-apu")
    assert opportunity.status == Opportunity.Status.PUBLISHED
    assert opportunity.published_at is not None
    assert opportunity.is_weekend
    assert "iltapaivakerho" in opportunity.search_text


def test_more_places_through_the_change_form_go_to_the_people_waiting(
    superuser_client, association
):
    opportunity = OpportunityFactory(association=association, full=True)
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True)
    url, data = change_form(superuser_client, opportunity)

    data["places"] = 2
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED
    assert [message.to for message in mail.outbox if waiting.user.email in message.to]


def test_a_place_freed_in_the_sign_up_admin_goes_to_the_first_waiting(
    superuser_client, association
):
    opportunity = OpportunityFactory(association=association, full=True)
    holder = opportunity.signups.get()
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True)
    url = f"/en/admin/volunteering/signup/{holder.pk}/change/"
    data = admin_form_data(superuser_client.get(url), "signup_form")

    data["status"] = SignUp.Status.WITHDRAWN
    response = superuser_client.post(url, data)

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED
