"""The sign-ups of people who deleted their account (kept without the person, for the counts):
the staff's people page, its CSV and decisions, the admin and the statistics cope with them."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError

from accounts.services import account_delete
from coordination.statistics import Period, region_statistics
from tests.factories import (
    MembershipFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from volunteering import services
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db


def people_url(opportunity, tail="people/"):
    return f"/en/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/{tail}"


@pytest.fixture
def opportunity():
    return OpportunityFactory(title="Läksykerhon ohjaaja")


@pytest.fixture
def gone(opportunity):
    """A completed sign-up whose person deleted their account, beside a living one."""
    person = ProfileFactory(birth_year=years_ago(16)).user
    signup = SignUpFactory(
        user=person,
        opportunity=opportunity,
        status=SignUp.Status.COMPLETED,
        hours_done=4,
        phone="040 123 4567",
        birth_year=years_ago(16),
    )
    account_delete(user=person)
    signup.refresh_from_db()
    return signup


@pytest.fixture
def staff_client(client, opportunity):
    client.force_login(MembershipFactory(association=opportunity.association).user)
    return client


def test_the_people_page_shows_a_deleted_account(staff_client, opportunity, gone):
    SignUpFactory(opportunity=opportunity, user=UserFactory(preferred_name="Aino"))

    response = staff_client.get(people_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Deleted account" in html
    assert "Aino" in html
    assert f'value="{gone.pk}"' not in html  # nothing to tick: nobody to decide about or tell
    assert "040 123 4567" not in html


def test_the_people_page_in_finnish(staff_client, opportunity, gone):
    response = staff_client.get(people_url(opportunity).replace("/en/", "/"))

    assert "Poistettu käyttäjätili" in response.content.decode()


def test_the_csv_has_a_row_without_the_person(staff_client, opportunity, gone):
    response = staff_client.get(people_url(opportunity, "people.csv"))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:2] == ["Deleted account", ""]
    assert rows[1][4] == str(years_ago(16))
    assert rows[1][5] == ""  # the home municipality went with the account


def test_a_deleted_accounts_sign_up_cannot_be_decided(staff_client, opportunity, gone):
    response = staff_client.post(
        people_url(opportunity, "people/decide/"), {"signups": [gone.pk], "decision": "accept"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["signups"]
    with pytest.raises(ValidationError):
        services.signups_decide(opportunity=opportunity, signup_ids=[gone.pk], decision="accept")
    gone.refresh_from_db()
    assert gone.status == SignUp.Status.COMPLETED


def test_the_admin_lists_a_deleted_account(admin_client, gone):
    response = admin_client.get("/en/admin/volunteering/signup/")

    assert response.status_code == 200
    assert "Deleted account" in response.content.decode()
    assert admin_client.get(f"/en/admin/volunteering/signup/{gone.pk}/change/").status_code == 200


def test_the_statistics_count_a_deleted_account_once_in_its_age_band(opportunity, gone):
    SignUpFactory(
        user=None,
        opportunity=OpportunityFactory(),
        status=SignUp.Status.COMPLETED,
        hours_done=2,
        birth_year=years_ago(16),
        former_person=gone.former_person,
    )

    stats = region_statistics(regions=None, period=Period.last_months(3))

    assert stats.figure("participants").value == 1
    assert stats.figure("completed").value == 2
    assert stats.figure("age-under-18").value == 1  # the birth year kept on the sign-up
    assert stats.figure("age-not-told").value == 0
