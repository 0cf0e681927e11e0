"""Asking to join an association: /associations/<slug>/join/, the emails, and /me/."""

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from associations.models import JoinRequest
from tests.factories import AssociationFactory, JoinRequestFactory, MembershipFactory, UserFactory
from tests.personas import make_persona

pytestmark = pytest.mark.django_db

MESSAGE = "Hei! Olen 17-vuotias ja kiinnostunut nuorisotoiminnasta."
# What the person wants to be called: asked once, with the first request.
NAME = "Aino Anttila"


def join_url(association, prefix="/en"):
    return f"{prefix}/associations/{association.slug}/join/"


def translated(language, message, **params):
    with translation.override(language):
        return gettext(message) % params


def emails_by_recipient():
    return {message.to[0]: message for message in mail.outbox}


# --- Who may ask -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_log_in(client, association, method):
    data = {"preferred_name": NAME, "message": MESSAGE} if method == "post" else None
    response = getattr(client, method)(join_url(association), data)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={join_url(association)}"
    assert not JoinRequest.objects.exists()


def test_the_form(client, association, outsider):
    client.force_login(outsider)

    response = client.get(join_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Ask to join Kouvolan Nuorisoseura</h1>" in html
    assert '<textarea name="message"' in html
    assert "error-summary" not in html


@pytest.mark.parametrize("status", ["draft", "hidden"])
@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_no_role_on_a_card_that_is_not_public_is_not_found(client, status, persona):
    association = AssociationFactory(**{status: True})
    client.force_login(make_persona(persona, association))

    assert client.get(join_url(association)).status_code == 404
    assert (
        client.post(join_url(association), {"preferred_name": NAME, "message": MESSAGE}).status_code
        == 404
    )
    assert not JoinRequest.objects.exists()


def test_staff_of_a_card_that_is_not_public_can_open_it_but_cannot_send(client):
    association = AssociationFactory(draft=True)
    client.force_login(make_persona("editor", association))

    assert client.get(join_url(association)).status_code == 200
    response = client.post(join_url(association), {"preferred_name": NAME, "message": MESSAGE})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "This association does not take requests at the moment." in html
    assert MESSAGE in html
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_unknown_association_is_not_found(client, outsider):
    client.force_login(outsider)

    assert client.get("/en/associations/no-such-association/join/").status_code == 404


# --- Sending ---------------------------------------------------------------------------------


def test_sending_a_request(client, association, outsider):
    client.force_login(outsider)

    response = client.post(
        join_url(association), {"preferred_name": NAME, "message": f"  {MESSAGE}\n"}
    )

    assert response.status_code == 302
    assert response.url == "/en/me/"
    join_request = JoinRequest.objects.get()
    assert join_request.association == association
    assert join_request.user == outsider
    assert join_request.status == JoinRequest.Status.PENDING
    assert join_request.message == MESSAGE
    assert join_request.language == "en"

    page = client.get(response.url)
    html = page.content.decode()
    assert "Your request was sent to Kouvolan Nuorisoseura." in html
    assert f'<a href="/en/associations/{association.slug}/">Kouvolan Nuorisoseura</a>' in html
    assert ">Waiting for an answer</td>" in html


def test_sending_from_a_finnish_page_leads_to_the_finnish_own_page(client, association, outsider):
    client.force_login(outsider)

    response = client.post(
        join_url(association, prefix=""), {"preferred_name": NAME, "message": MESSAGE}
    )

    assert response.url == "/me/"
    assert JoinRequest.objects.get().language == "fi"
    html = client.get("/me/").content.decode()
    assert f">{translated('fi', 'Waiting for an answer')}</td>" in html


def test_emails_go_to_the_association_in_its_language_and_to_staff_in_theirs(client):
    association = AssociationFactory(
        name="Kotkan Kuoro", contact_email="kuoro@example.com", contact_language="sv"
    )
    owner = MembershipFactory(association=association, owner=True, user__language="en").user
    editor = MembershipFactory(association=association, user__language="").user
    person = UserFactory(first_name="Aino", last_name="Anttila")
    client.force_login(person)

    client.post(join_url(association, prefix=""), {"preferred_name": NAME, "message": MESSAGE})

    emails = emails_by_recipient()
    assert set(emails) == {"kuoro@example.com", owner.email, editor.email, person.email}

    swedish = emails["kuoro@example.com"]
    assert swedish.subject == translated("sv", "New join request to %(name)s", name="Kotkan Kuoro")
    assert "förfrågan" in swedish.subject
    assert MESSAGE in swedish.body
    assert "Aino Anttila" in swedish.body
    assert person.email in swedish.body
    assert "/associations/kotkan-kuoro/" in swedish.body

    assert emails[owner.email].subject == "New join request to Kotkan Kuoro"
    assert "someone would like to join Kotkan Kuoro" in emails[owner.email].body
    # Staff who have not chosen a language get the association's language.
    assert emails[editor.email].subject == swedish.subject

    # The person hears in the language they used.
    confirmation = emails[person.email]
    assert confirmation.subject == translated(
        "fi", "Your request to %(name)s was sent", name="Kotkan Kuoro"
    )
    assert confirmation.subject != "Your request to Kotkan Kuoro was sent"
    assert MESSAGE in confirmation.body
    assert "/me/" in confirmation.body


def test_the_confirmation_is_in_the_language_of_the_page(client, association, outsider):
    client.force_login(outsider)

    client.post(join_url(association, prefix="/sv"), {"preferred_name": NAME, "message": MESSAGE})

    confirmation = emails_by_recipient()[outsider.email]
    assert confirmation.subject == translated(
        "sv", "Your request to %(name)s was sent", name="Kouvolan Nuorisoseura"
    )
    assert "/sv/me/" in confirmation.body


# --- Errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("message", ["", "   \n  "])
def test_empty_message(client, association, outsider, message):
    client.force_login(outsider)

    response = client.post(join_url(association), {"preferred_name": NAME, "message": message})

    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="error-summary" role="alert"' in html
    assert "Please check the form" in html
    assert (
        '<li><a href="#id_message">Your message to the association: This field is required.</a></li>'
        in html
    )
    assert (
        '<ul class="errorlist" id="id_message_error"><li>This field is required.</li></ul>' in html
    )
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_too_long_message_keeps_what_was_typed(client, association, outsider):
    client.force_login(outsider)
    message = "Kerron itsestäni. " + "a" * 2001

    response = client.post(join_url(association), {"preferred_name": NAME, "message": message})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "Ensure this value has at most 2000 characters" in html
    assert message in html
    assert not JoinRequest.objects.exists()


def test_a_second_pending_request_is_refused(client, association, outsider):
    JoinRequestFactory(association=association, user=outsider)
    client.force_login(outsider)

    response = client.post(
        join_url(association), {"preferred_name": NAME, "message": "Kysyn uudestaan."}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "You have already sent a request to this association." in html
    assert "Kysyn uudestaan." in html
    assert JoinRequest.objects.count() == 1
    assert mail.outbox == []


def test_a_new_request_after_an_answered_one(client, association, outsider):
    JoinRequestFactory(association=association, user=outsider, status="declined")
    client.force_login(outsider)

    response = client.post(join_url(association), {"preferred_name": NAME, "message": MESSAGE})

    assert response.status_code == 302
    assert JoinRequest.objects.filter(user=outsider).count() == 2


def test_another_persons_pending_request_does_not_block(client, association, outsider):
    JoinRequestFactory(association=association)
    client.force_login(outsider)

    response = client.post(join_url(association), {"preferred_name": NAME, "message": MESSAGE})

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 2


# --- The person's own page -------------------------------------------------------------------


def test_own_page_lists_only_the_persons_own_requests(client, association, outsider):
    other_association = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    JoinRequestFactory(association=association, user=outsider)
    JoinRequestFactory(association=other_association, user=outsider, status="accepted")
    JoinRequestFactory(
        association=AssociationFactory(name="Vieras Seura"), message="Toisen ihmisen viesti"
    )
    client.force_login(outsider)

    response = client.get("/en/me/")

    html = response.content.decode()
    assert [jr.association.name for jr in response.context["join_requests"]] == [
        "Kotkan Kuoro",
        "Kouvolan Nuorisoseura",
    ]
    assert ">Waiting for an answer</td>" in html
    assert ">Accepted</td>" in html
    assert "Vieras Seura" not in html
    assert "Toisen ihmisen viesti" not in html


def test_own_page_without_requests(client, outsider):
    client.force_login(outsider)

    html = client.get("/en/me/").content.decode()

    assert "You have not asked to join any association yet." in html


def test_own_page_needs_logging_in(client):
    response = client.get("/en/me/")

    assert response.status_code == 302
    assert response.url == "/en/accounts/login/?next=/en/me/"


# --- The name the association gets ---------------------------------------------------------


def test_the_first_time_the_name_is_asked_with_the_accounts_name_suggested(client, association):
    person = UserFactory(first_name="Aino", last_name="Anttila")
    client.force_login(person)

    html = client.get(join_url(association)).content.decode()

    assert "What should we call you?" in html
    assert 'name="preferred_name" value="Aino Anttila"' in html


def test_the_name_is_kept_on_the_account_and_not_asked_again(client, association):
    person = UserFactory(first_name="", last_name="", email="eetu@example.com")
    client.force_login(person)

    client.post(join_url(association), {"preferred_name": "Eetu", "message": MESSAGE})

    person.refresh_from_db()
    assert person.preferred_name == "Eetu"
    body = emails_by_recipient()[association.contact_email].body
    assert f"{translated(association.contact_language, 'Name')}: Eetu\n" in body
    assert "–" not in body
    # Another association: the name is known now.
    other = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    assert 'name="preferred_name"' not in client.get(join_url(other)).content.decode()
    response = client.post(join_url(other), {"message": MESSAGE})
    assert response.status_code == 302
    assert JoinRequest.objects.filter(user=person).count() == 2


def test_a_name_given_when_signing_up_is_not_asked_here(client, association):
    person = UserFactory(preferred_name="Aino")
    client.force_login(person)

    html = client.get(join_url(association)).content.decode()

    assert 'name="preferred_name"' not in html


def test_the_name_is_required_when_asked_and_the_message_is_kept(client, association, outsider):
    client.force_login(outsider)

    response = client.post(join_url(association), {"preferred_name": "", "message": MESSAGE})

    assert response.status_code == 200
    assert response.context["form"].errors == {"preferred_name": ["This field is required."]}
    assert MESSAGE in response.content.decode()
    assert not JoinRequest.objects.exists()
    outsider.refresh_from_db()
    assert outsider.preferred_name == ""


def test_a_refused_request_does_not_save_the_name(client, association, outsider):
    JoinRequestFactory(association=association, user=outsider)
    client.force_login(outsider)

    response = client.post(join_url(association), {"preferred_name": "Ossi", "message": MESSAGE})

    assert "You have already sent a request" in response.content.decode()
    assert 'name="preferred_name" value="Ossi"' in response.content.decode()
    outsider.refresh_from_db()
    assert outsider.preferred_name == ""
