import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.core.queue import (
    REFUSING_EMAIL_BACKEND,
    WORKING_EMAIL_BACKEND,
    run_worker,
    use_database_queue,
)
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def confirmation_link(message):
    return re.search(r"https?://testserver(/\S*confirm-email/\S+/)", message.body).group(1)


def test_sign_up_verify_log_out_and_log_in_again(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "new.person@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="new.person@example.com").exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.person@example.com"]

    # Unverified: logging in asks to verify the address first.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "new.person@example.com", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mail.outbox[-1])
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302

    response = client.post(
        "/en/accounts/login/", {"login": "new.person@example.com", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"]

    client.post("/en/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_signup_email_is_in_the_language_of_the_page(client):
    client.post(
        "/sv/accounts/signup/",
        {"email": "svensk@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert "/sv/accounts/confirm-email/" in mail.outbox[0].body


def test_bad_signup_input_shows_errors_and_keeps_what_was_typed(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "kept@example.com", "password1": PASSWORD, "password2": "something else"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'value="kept@example.com"' in html
    assert 'aria-invalid="true"' in html
    assert not get_user_model().objects.filter(email="kept@example.com").exists()


def test_wrong_password_does_not_log_in(client):
    user = UserFactory()

    response = client.post("/accounts/login/", {"login": user.email, "password": "wrong"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'class="error-summary"' in response.content.decode()


def test_password_reset_sends_a_link(client):
    user = UserFactory()

    client.post("/en/accounts/password/reset/", {"email": user.email})

    assert len(mail.outbox) == 1
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_password_change_needs_a_logged_in_user(client):
    response = client.get("/accounts/password/change/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_users_have_no_username_and_log_in_with_email():
    user = get_user_model().objects.create_user(email="Someone@Example.COM", password=PASSWORD)

    assert not hasattr(user, "username") or user.username is None
    assert user.email == "Someone@example.com"
    assert str(user) == "Someone@example.com"


def test_a_too_short_password_is_explained_in_finnish(client):
    response = client.post(
        "/accounts/signup/", {"email": "lyhyt@example.com", "password1": "a1b", "password2": "a1b"}
    )

    assert "Tämä salasana on liian lyhyt. Siinä pitää olla vähintään 8 merkkiä." in (
        response.content.decode()
    )


def deliver_waiting_emails_later():
    """Time passes: emails waiting for another try are due, and the worker runs."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())
    run_worker()


@pytest.mark.django_db(transaction=True)
def test_sign_up_works_while_the_mail_server_is_down_and_the_email_follows(client, settings):
    use_database_queue(settings)
    settings.EMAIL_BACKEND = REFUSING_EMAIL_BACKEND

    response = client.post(
        "/sv/accounts/signup/",
        {"email": "patient@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response.status_code == 302
    assert get_user_model().objects.filter(email="patient@example.com").exists()
    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1

    run_worker()  # the mail server is still down: the email waits for another try
    assert mail.outbox == []

    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    deliver_waiting_emails_later()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["patient@example.com"]
    # Written when the person signed up, in the language of the page.
    assert "/sv/accounts/confirm-email/" in mail.outbox[0].body
    assert "bekräfta din" in mail.outbox[0].subject
    assert client.get(confirmation_link(mail.outbox[0])).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_password_reset_works_while_the_mail_server_is_down_and_the_email_follows(client, settings):
    use_database_queue(settings)
    user = UserFactory()
    settings.EMAIL_BACKEND = REFUSING_EMAIL_BACKEND

    response = client.post("/en/accounts/password/reset/", {"email": user.email})

    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    assert mail.outbox == []

    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    deliver_waiting_emails_later()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body
