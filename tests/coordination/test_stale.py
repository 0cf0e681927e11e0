"""Stale cards: the coordinator's list, the reminder button, the daily command that reminds the
staff at most every 30 days in their own languages, and "The card is up to date" in the card
editor (each decision in the audit log)."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from associations.models import Association
from coordination.models import StaleCardReminder
from coordination.stale import stale_cards_remind_due
from core.audit import AuditAction, AuditEntry
from tests.factories import AssociationFactory, MembershipFactory, UserFactory

from .conftest import coordinator_of

pytestmark = pytest.mark.django_db

LIST = reverse("coordinate:stale")


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def last_updated(association, days):
    Association.objects.filter(pk=association.pk).update(updated_at=days_ago(days))
    association.refresh_from_db()
    return association


@pytest.fixture
def coordinator(db):
    return coordinator_of("kymenlaakso")


@pytest.fixture
def stale(db):
    return last_updated(AssociationFactory(name="Vanha Kerho", municipality="kouvola"), 400)


def remind_url(association):
    return reverse("coordinate:stale-remind", args=[association.slug])


def confirm_url(association):
    return reverse("manage:card-confirm", args=[association.slug])


# --- The list --------------------------------------------------------------------------------


def test_anonymous_visitors_log_in_first(client, stale):
    for response in (client.get(LIST), client.post(remind_url(stale))):
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


def test_people_without_a_region_get_404(client, stale):
    client.force_login(MembershipFactory(association=stale, owner=True).user)
    assert client.get(LIST).status_code == 404
    assert client.post(remind_url(stale)).status_code == 404
    assert not StaleCardReminder.objects.exists()


def test_the_list_shows_the_stale_cards_of_the_regions_oldest_first(client, coordinator, stale):
    older = last_updated(AssociationFactory(name="Vanhin Kerho", municipality="kotka"), 800)
    last_updated(AssociationFactory(name="Tuore Kerho"), 300)
    last_updated(AssociationFactory(name="Luonnos", draft=True), 800)
    last_updated(AssociationFactory(name="Jyväskylän Kerho", municipality="jyvaskyla"), 800)
    StaleCardReminder.objects.create(association=stale, sent_at=days_ago(3))
    client.force_login(coordinator)

    response = client.get("/en" + LIST)

    assert list(response.context["page_obj"]) == [older, stale]
    page = response.content.decode()
    assert f"last updated {stale.updated_at:%-d.%-m.%Y}" in page
    assert f"last reminded {days_ago(3):%-d.%-m.%Y}" in page
    assert "not reminded yet" in page
    assert "Send a reminder now" in page


def test_the_list_is_paginated_in_a_constant_number_of_queries(
    client, coordinator, django_assert_max_num_queries
):
    for _ in range(3):
        last_updated(AssociationFactory(), 400)
    client.force_login(coordinator)
    with django_assert_max_num_queries(20) as few:
        client.get(LIST)
    for _ in range(30):
        StaleCardReminder.objects.create(association=last_updated(AssociationFactory(), 500))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(LIST)
    assert len(response.context["page_obj"]) == 25
    assert client.get(LIST, {"page": 2}).context["page_obj"].number == 2


# --- The reminder button ---------------------------------------------------------------------


def test_the_reminder_button_emails_the_staff(client, coordinator, stale):
    owner = MembershipFactory(association=stale, owner=True, user__language="sv").user
    client.force_login(coordinator)

    response = client.post(remind_url(stale))

    assert response.url == LIST
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert "Vanha Kerho" in mail.outbox[0].subject
    assert f"/sv/manage/{stale.slug}/card/" in mail.outbox[0].body
    reminder = StaleCardReminder.objects.get()
    assert reminder.sent_by == coordinator
    entry = AuditEntry.objects.get()
    assert entry.action == AuditAction.STALE_REMINDER_SENT and entry.actor == coordinator


def test_no_reminder_button_for_cards_elsewhere_or_not_stale(client, coordinator, stale):
    client.force_login(coordinator)
    fresh = AssociationFactory()
    far = last_updated(AssociationFactory(municipality="jyvaskyla"), 400)
    assert client.post(remind_url(fresh)).status_code == 404
    assert client.post(remind_url(far)).status_code == 404
    assert client.get(remind_url(stale)).status_code == 405
    assert not mail.outbox and not StaleCardReminder.objects.exists()


# --- The daily command -----------------------------------------------------------------------


def test_the_command_reminds_each_stale_card_once_in_30_days(stale):
    editor = MembershipFactory(association=stale, user__language="en").user
    owner = MembershipFactory(association=stale, owner=True, user__language="").user
    Association.objects.filter(pk=stale.pk).update(contact_language="sv")
    last_updated(AssociationFactory(), 300)  # not stale
    reminded = last_updated(AssociationFactory(), 500)
    StaleCardReminder.objects.create(association=reminded, sent_at=days_ago(10))
    due = last_updated(AssociationFactory(contact_email="due@example.com"), 500)
    StaleCardReminder.objects.create(association=due, sent_at=days_ago(31))

    call_command("send_stale_card_reminders", stdout=StringIO())

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {editor.email, owner.email, "due@example.com"}
    assert "Is the card of" in sent[editor.email].subject  # English
    assert "Är kortet" in sent[owner.email].subject  # the card's contact language
    assert "The card is up to date" in sent[editor.email].body
    assert f"/en/manage/{stale.slug}/card/" in sent[editor.email].body
    assert StaleCardReminder.objects.filter(sent_by=None).count() == 4
    assert AuditEntry.objects.filter(action=AuditAction.STALE_REMINDER_SENT).count() == 2

    mail.outbox.clear()
    assert stale_cards_remind_due() == 0
    assert not mail.outbox


def test_a_card_without_staff_is_reminded_at_its_contact_address_in_its_language(stale):
    Association.objects.filter(pk=stale.pk).update(contact_language="en")
    stale_cards_remind_due()
    assert [message.to for message in mail.outbox] == [[stale.contact_email]]
    assert mail.outbox[0].subject.startswith("Is the card of")


def test_the_command_reminds_again_after_30_days(stale):
    stale_cards_remind_due(now=days_ago(31))
    assert len(mail.outbox) == 1
    assert stale_cards_remind_due() == 1
    assert len(mail.outbox) == 2


# --- "The card is up to date" ----------------------------------------------------------------


def test_the_editor_shows_when_the_card_was_updated_and_that_it_is_old(client, stale):
    client.force_login(MembershipFactory(association=stale).user)
    page = client.get("/en" + reverse("manage:card", args=[stale.slug])).content.decode()
    assert f"The card was last updated on {stale.updated_at:%-d.%-m.%Y}." in page
    assert "It has not been updated for over a year." in page
    assert "The card is up to date" in page


def test_a_fresh_card_has_no_notice(client):
    card = AssociationFactory()
    client.force_login(MembershipFactory(association=card).user)
    page = client.get("/en" + reverse("manage:card", args=[card.slug])).content.decode()
    assert "It has not been updated for over a year." not in page


@pytest.mark.parametrize("owner", [False, True])
def test_the_staff_confirm_the_card_is_up_to_date(client, stale, owner):
    person = MembershipFactory(association=stale, owner=owner).user
    history = stale.history.count()
    client.force_login(person)

    response = client.post(confirm_url(stale))

    assert response.url == reverse("manage:card", args=[stale.slug])
    stale.refresh_from_db()
    assert stale.updated_at > days_ago(1)
    assert not Association.objects.stale().exists()
    assert stale.history.count() == history  # nothing else changed
    entry = AuditEntry.objects.get()
    assert entry.action == AuditAction.CARD_CONFIRMED_CURRENT and entry.actor == person


def test_coordinators_may_not_confirm_and_others_get_404(client, stale, coordinator):
    client.force_login(coordinator)
    assert client.post(confirm_url(stale)).status_code == 403
    client.force_login(UserFactory())
    assert client.post(confirm_url(stale)).status_code == 404
    client.force_login(MembershipFactory(owner=True).user)  # staff of another card
    assert client.post(confirm_url(stale)).status_code == 404
    client.logout()
    assert client.post(confirm_url(stale)).url.startswith(reverse("account_login"))
    assert Association.objects.stale().get() == stale
    assert not AuditEntry.objects.exists()
