"""Accepting a staff invitation at /associations/invitations/<token>/: for existing and new
accounts, once, before it expires, unless revoked, and only by the invited address."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from associations.models import Invitation, Membership
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

INVITED = "kutsuttu@example.com"


@pytest.fixture
def token(client, association, owner):
    """The token of an editor invitation to INVITED, sent by the owner through the staff page."""
    client.force_login(owner)
    client.post(
        f"/en/manage/{association.slug}/staff/",
        {"email": INVITED, "role": "editor", "language": "en"},
    )
    client.logout()
    [email] = mail.outbox
    mail.outbox.clear()
    return re.search(r"/invitations/([\w-]+)/", email.body).group(1)


def url(token):
    return f"/en/associations/invitations/{token}/"


def test_the_token_is_random_and_stored_only_as_a_digest(token):
    invitation = Invitation.objects.get()
    assert len(token) >= 40
    assert token not in invitation.token_hash
    assert not Invitation.objects.filter(token_hash=token).exists()


def test_anonymous_is_asked_to_log_in_or_sign_up_and_come_back(client, association, token):
    response = client.get(url(token))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Invitation to the staff of Kouvolan Nuorisoseura" in html
    assert f"/en/accounts/login/?next={url(token)}" in html
    assert f"/en/accounts/signup/?next={url(token)}" in html

    response = client.post(url(token))
    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={url(token)}"
    assert not Membership.objects.filter(user__email=INVITED).exists()


def test_an_existing_account_accepts(client, association, token):
    person = UserFactory(email=INVITED)
    client.force_login(person)

    assert client.get(url(token)).status_code == 200
    response = client.post(url(token))

    assert response.status_code == 302
    assert response.url == "/en/manage/"
    membership = Membership.objects.get(association=association, user=person)
    assert membership.role == "editor"
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == person
    assert invitation.accepted_at is not None
    assert "Kouvolan Nuorisoseura" in client.get("/en/manage/").content.decode()


def test_a_new_account_signs_up_and_accepts(client, association, token):
    response = client.post(
        f"/en/accounts/signup/?next={url(token)}",
        {"email": INVITED, "password1": "Kissa-Koira-2026!", "password2": "Kissa-Koira-2026!"},
    )
    assert response.status_code == 302

    # However allauth continues (email verification or not), the person logs in and comes back.
    client.logout()
    person = get_user_model().objects.get(email=INVITED)
    client.force_login(person)
    response = client.post(url(token))

    assert response.status_code == 302
    assert Membership.objects.filter(association=association, user=person, role="editor").exists()


def test_the_address_is_matched_without_case(client, association, token):
    person = UserFactory(email=INVITED.upper())
    client.force_login(person)

    assert client.post(url(token)).status_code == 302
    assert Membership.objects.filter(association=association, user=person).exists()


def test_a_wrong_person_cannot_accept(client, association, token):
    client.force_login(UserFactory(email="joku.muu@example.com"))

    page = client.get(url(token))
    response = client.post(url(token))

    assert "sent to another email address" in page.content.decode()
    assert response.status_code == 403
    assert "sent to another email address" in response.content.decode()
    assert Invitation.objects.get().accepted_at is None
    assert Membership.objects.filter(association=association).count() == 1


def test_an_invitation_works_once(client, association, token):
    client.force_login(UserFactory(email=INVITED))
    client.post(url(token))

    response = client.post(url(token))

    assert response.status_code == 410
    assert "This invitation has already been used." in response.content.decode()


def test_an_expired_invitation(client, association, token):
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    client.force_login(UserFactory(email=INVITED))

    assert "This invitation has expired." in client.get(url(token)).content.decode()
    response = client.post(url(token))

    assert response.status_code == 410
    assert not Membership.objects.filter(user__email=INVITED).exists()


def test_an_invitation_expires_after_14_days(token):
    invitation = Invitation.objects.get()
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)


def test_a_revoked_invitation(client, association, owner, token):
    client.force_login(owner)
    client.post(f"/en/manage/{association.slug}/invitations/{Invitation.objects.get().pk}/revoke/")
    client.force_login(UserFactory(email=INVITED))

    response = client.post(url(token))

    assert response.status_code == 410
    assert "This invitation was revoked." in response.content.decode()
    assert not Membership.objects.filter(user__email=INVITED).exists()


def test_an_unknown_token_is_a_clear_page(client, token):
    response = client.get(url("x" * 43))

    assert response.status_code == 404
    assert "We did not find this invitation." in response.content.decode()


def test_someone_already_in_the_staff(client, association, token):
    person = UserFactory(email=INVITED)
    MembershipFactory(association=association, user=person, owner=True)
    client.force_login(person)

    response = client.post(url(token))

    assert response.status_code == 403
    assert "already staff" in response.content.decode()
    assert Membership.objects.get(user=person).role == "owner"


def test_an_owner_invitation_gives_an_owner(client, association, owner):
    client.force_login(owner)
    client.post(
        f"/en/manage/{association.slug}/staff/",
        {"email": INVITED, "role": "owner", "language": "fi"},
    )
    token = re.search(r"/invitations/([\w-]+)/", mail.outbox[0].body).group(1)
    person = UserFactory(email=INVITED)
    client.force_login(person)

    client.post(f"/associations/invitations/{token}/")

    assert Membership.objects.get(user=person).role == "owner"


def test_waiting_invitations_show_on_the_workspace_page(client, association, token):
    client.force_login(UserFactory(email=INVITED))

    html = client.get("/en/manage/").content.decode()

    assert "Kouvolan Nuorisoseura invites you to its staff as Editor" in html
