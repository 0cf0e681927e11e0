"""Withdrawing a sign-up: POST /opportunities/signups/<pk>/withdraw/ from the own page."""

import pytest
from django.conf import settings
from django.core import mail

from tests.factories import MembershipFactory, OpportunityFactory, SignUpFactory
from tests.volunteering.helpers import emails_by_recipient
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db


def withdraw_url(signup):
    return f"/en/opportunities/signups/{signup.pk}/withdraw/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def signup(association, person):
    opportunity = OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        contact_email="satu@example.com",
        contact_language="sv",
    )
    return SignUpFactory(opportunity=opportunity, user=person)


@pytest.mark.parametrize("status", ["accepted", "waitlisted", "pending"])
def test_withdrawing_own_sign_up(client, association, signup, person, status):
    SignUp.objects.filter(pk=signup.pk).update(status=status)
    client.force_login(person)

    response = client.post(withdraw_url(signup), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["You withdrew from Läksykerhon ohjaaja."]
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.WITHDRAWN
    # The own page shows the new state and no button to withdraw again.
    html = response.content.decode()
    assert "<td>Withdrawn</td>" in html
    assert withdraw_url(signup) not in html


def test_the_association_is_told(client, association, signup, person):
    MembershipFactory(association=association, user__email="staff@example.com", user__language="en")
    client.force_login(person)

    client.post(withdraw_url(signup))

    emails = emails_by_recipient()
    assert sorted(emails) == [
        "info@nuorisoseura.example.com",
        "satu@example.com",
        "staff@example.com",
    ]
    for email in emails.values():
        assert "aino@example.com" in email.body
        assert "Läksykerhon ohjaaja" in email.subject
    # Each in their own language: the links lead to pages in it.
    slug = signup.opportunity.slug
    assert f"/sv/opportunities/{slug}/" in emails["satu@example.com"].body
    assert f"/en/opportunities/{slug}/" in emails["staff@example.com"].body
    finnish = f"{settings.SITE_URL}/opportunities/{slug}/"
    assert finnish in emails["info@nuorisoseura.example.com"].body


def test_get_is_not_allowed(client, signup, person):
    client.force_login(person)

    response = client.get(withdraw_url(signup))

    assert response.status_code == 405
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED
    assert mail.outbox == []


def test_anonymous_visitor_is_sent_to_log_in(client, signup):
    response = client.post(withdraw_url(signup))

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={withdraw_url(signup)}"
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED


def test_someone_elses_sign_up_is_not_found(client, signup, association):
    other = SignUpFactory(opportunity=signup.opportunity).user
    client.force_login(other)

    response = client.post(withdraw_url(signup))

    assert response.status_code == 404
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED
    assert mail.outbox == []


def test_staff_cannot_withdraw_a_persons_sign_up_here(client, association, signup):
    staff = MembershipFactory(association=association, owner=True).user
    client.force_login(staff)

    assert client.post(withdraw_url(signup)).status_code == 404
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED


def test_unknown_sign_up_is_not_found(client, person):
    client.force_login(person)

    assert client.post("/en/opportunities/signups/999999/withdraw/").status_code == 404


@pytest.mark.parametrize("status", ["withdrawn", "declined", "completed"])
def test_a_sign_up_that_is_no_longer_active_cannot_be_withdrawn(client, signup, person, status):
    SignUp.objects.filter(pk=signup.pk).update(status=status)
    client.force_login(person)

    response = client.post(withdraw_url(signup), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["This sign-up can no longer be withdrawn."]
    signup.refresh_from_db()
    assert signup.status == status
    assert mail.outbox == []


def test_withdrawing_frees_the_place(client, association, person):
    opportunity = OpportunityFactory(association=association, places=1)
    signup = SignUpFactory(opportunity=opportunity, user=person)
    client.force_login(person)

    client.post(withdraw_url(signup))

    html = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()
    assert "1 place left." in html
