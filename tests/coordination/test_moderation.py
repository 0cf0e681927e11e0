"""The moderation queue (/coordinate/queue/) and a coordinator's decisions on cards
(/coordinate/associations/<slug>/) and opportunities (/coordinate/opportunities/<slug>/)."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from associations.models import Association
from core.audit import AuditEntry
from tests.associations.test_manage_card import card_data
from tests.coordination.conftest import coordinator_of
from tests.factories import (
    AssociationFactory,
    MembershipFactory,
    OpportunityFactory,
    UserFactory,
)
from tests.volunteering.test_manage_opportunities import form_data
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db

QUEUE = "/en/coordinate/queue/"


def card_page(association, prefix="/en"):
    return f"{prefix}/coordinate/associations/{association.slug}/"


def opportunity_page(opportunity, prefix="/en"):
    return f"{prefix}/coordinate/opportunities/{opportunity.slug}/"


def pending_card(**kwargs):
    association = AssociationFactory(status=Association.Status.PENDING, published_at=None, **kwargs)
    association.submitted_at = association.created_at
    association.save(update_fields=["submitted_at"])
    return association


def pending_opportunity(association=None, **kwargs):
    association = association or AssociationFactory(is_verified=False)
    opportunity = OpportunityFactory(association=association, pending=True, **kwargs)
    opportunity.submitted_at = opportunity.created_at
    opportunity.save(update_fields=["submitted_at"])
    return opportunity


def with_staff(association):
    """An owner who reads Swedish and an editor who reads English."""
    MembershipFactory(association=association, owner=True, user=UserFactory(language="sv"))
    MembershipFactory(association=association, user=UserFactory(language="en"))
    return association


@pytest.fixture
def coordinator():
    return coordinator_of("kymenlaakso")


@pytest.fixture
def logged_in(client, coordinator):
    client.force_login(coordinator)
    return client


def emails_by_language(association):
    """{language: email} of the staff emails, by the language of each recipient."""
    languages = {m.user.email: m.user.language for m in association.memberships.all()}
    return {languages[message.to[0]]: message for message in mail.outbox}


def the_entry(action):
    return AuditEntry.objects.get(action=action)


# --- Cards -----------------------------------------------------------------------------------


def test_the_card_page_shows_what_helps_to_check_it(logged_in):
    AssociationFactory(name="Kotkan Kuoro ry", municipality="kotka")
    association = pending_card(
        name="Kotkan kuoro", business_id="1572860-0", register_number="123.456"
    )
    owner = MembershipFactory(association=association, owner=True).user

    response = logged_in.get(card_page(association))

    page = response.content.decode()
    assert "https://tietopalvelu.ytj.fi/yritys/1572860-0" in page
    assert "https://www.prh.fi/fi/yhdistysrekisteri.html" in page
    assert association.contact_email in page
    assert owner.email in page
    assert "Kotkan Kuoro ry" in response.context["similar"][0].name
    assert [form.decision for form in response.context["forms"]] == [
        "verify",
        "request_changes",
        "reject",
        "hide",
    ]


def test_verifying_publishes_the_card_but_not_its_waiting_opportunities(logged_in, coordinator):
    association = with_staff(pending_card())
    opportunity = pending_opportunity(association)

    response = logged_in.post(card_page(association), {"decision": "verify"})

    assert response.status_code == 302
    association.refresh_from_db()
    assert association.is_verified and association.status == Association.Status.PUBLISHED
    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.PENDING
    emails = emails_by_language(association)
    assert set(emails) == {"sv", "en"}
    assert "är granskad" in emails["sv"].subject
    assert "is verified" in emails["en"].subject
    entry = the_entry("association_verified")
    assert entry.actor == coordinator and entry.target == association


def test_asking_for_changes_needs_a_message_and_the_staff_send_the_card_again(
    client, logged_in, coordinator
):
    association = with_staff(pending_card(name="Kouvolan Nuorisoseura"))

    empty = logged_in.post(card_page(association), {"decision": "request_changes"})
    assert empty.status_code == 200
    assert "Tell the staff what to change." in empty.content.decode()
    association.refresh_from_db()
    assert association.status == Association.Status.PENDING

    message = "Lisää yhdistysrekisterinumero."
    logged_in.post(
        card_page(association),
        {"decision": "request_changes", "request_changes-message": message},
    )

    association.refresh_from_db()
    assert association.status == Association.Status.CHANGES_REQUESTED
    assert association.moderation_message == message
    assert all(message in email.body for email in mail.outbox)
    entry = the_entry("association_changes_requested")
    assert (entry.actor, entry.reason) == (coordinator, message)
    assert association.name not in logged_in.get(QUEUE).content.decode()

    owner = association.memberships.get(role="owner").user
    client.force_login(owner)
    editor = client.get(f"/en/manage/{association.slug}/card/")
    assert message in editor.content.decode()
    response = client.post(f"/en/manage/{association.slug}/card/", card_data(action="resubmit"))

    assert response.status_code == 302
    association.refresh_from_db()
    assert association.status == Association.Status.PENDING
    assert association.moderation_message == ""
    assert the_entry("association_resubmitted").actor == owner
    client.force_login(coordinator)
    assert association.name in client.get(QUEUE).content.decode()


def test_rejecting_needs_a_reason(logged_in, coordinator):
    association = with_staff(pending_card())

    logged_in.post(card_page(association), {"decision": "reject", "reject-message": "Ei yhdistys."})

    association.refresh_from_db()
    assert association.status == Association.Status.REJECTED
    assert association.moderation_message == "Ei yhdistys."
    assert the_entry("association_rejected").reason == "Ei yhdistys."
    assert "godkändes inte" in emails_by_language(association)["sv"].subject


def test_hiding_a_card_takes_it_off_public_pages_and_restoring_returns_its_status(
    client, logged_in, coordinator
):
    association = with_staff(AssociationFactory(is_verified=True))

    logged_in.post(card_page(association), {"decision": "hide", "hide-message": "Asiaton."})

    association.refresh_from_db()
    assert association.status == Association.Status.HIDDEN
    assert the_entry("association_hidden").reason == "Asiaton."
    anonymous = client.__class__()
    assert anonymous.get(f"/en/associations/{association.slug}/").status_code == 404

    logged_in.post(card_page(association), {"decision": "restore"})

    association.refresh_from_db()
    assert association.status == Association.Status.PUBLISHED
    assert association.moderation_message == ""
    assert the_entry("association_restored").actor == coordinator
    assert anonymous.get(f"/en/associations/{association.slug}/").status_code == 200


def test_a_card_without_staff_is_written_to_in_its_contact_language(logged_in):
    association = pending_card(contact_language="sv")

    logged_in.post(card_page(association), {"decision": "verify"})

    [email] = mail.outbox
    assert email.to == [association.contact_email]
    assert "är granskad" in email.subject


def test_a_decision_not_possible_now_is_refused(logged_in):
    association = AssociationFactory(is_verified=True)

    response = logged_in.post(card_page(association), {"decision": "restore"}, follow=True)

    assert "out of date" in response.content.decode()
    assert not AuditEntry.objects.exists()


# --- Opportunities ---------------------------------------------------------------------------


def test_approving_publishes_an_opportunity_of_an_unverified_association(logged_in, coordinator):
    opportunity = pending_opportunity(with_staff(AssociationFactory(is_verified=False)))

    logged_in.post(opportunity_page(opportunity), {"decision": "approve"})

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.PUBLISHED
    entry = the_entry("opportunity_approved")
    assert entry.target == opportunity and entry.actor == coordinator
    emails = emails_by_language(opportunity.association)
    assert "är godkänt" in emails["sv"].subject and "is approved" in emails["en"].subject


def test_asking_for_changes_to_an_opportunity_and_submitting_it_again(
    client, logged_in, coordinator
):
    association = with_staff(AssociationFactory(is_verified=False))
    opportunity = pending_opportunity(association, title="Kahvilan apulainen")
    message = "Kerro, kuka ohjaa vapaaehtoisia."

    logged_in.post(
        opportunity_page(opportunity),
        {"decision": "request_changes", "request_changes-message": message},
    )

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.CHANGES_REQUESTED
    assert opportunity.moderation_message == message
    assert the_entry("opportunity_changes_requested").reason == message
    assert all(message in email.body for email in mail.outbox)
    assert "behöver ändras" in emails_by_language(association)["sv"].subject

    editor = association.memberships.get(role="editor").user
    client.force_login(editor)
    workspace = f"/en/manage/{association.slug}/opportunities/"
    assert message in client.get(workspace).content.decode()
    assert message in client.get(f"{workspace}{opportunity.slug}/edit/").content.decode()
    client.post(f"{workspace}{opportunity.slug}/edit/", form_data(action="submit"))

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.PENDING
    assert opportunity.moderation_message == ""
    client.force_login(coordinator)
    assert opportunity.title in client.get(QUEUE).content.decode()


def test_rejecting_an_opportunity_needs_a_reason(logged_in):
    opportunity = pending_opportunity()

    empty = logged_in.post(opportunity_page(opportunity), {"decision": "reject"})
    assert "Give the reason" in empty.content.decode()

    logged_in.post(opportunity_page(opportunity), {"decision": "reject", "reject-message": "Ei."})

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.REJECTED
    assert the_entry("opportunity_rejected").reason == "Ei."


def test_hiding_and_restoring_an_opportunity(client, logged_in):
    opportunity = OpportunityFactory(association=with_staff(AssociationFactory()), closed=True)
    public = f"/en/opportunities/{opportunity.slug}/"
    assert client.get(public).status_code == 200

    logged_in.post(opportunity_page(opportunity), {"decision": "hide", "hide-message": "Vanha."})

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.HIDDEN
    assert the_entry("opportunity_hidden").reason == "Vanha."
    anonymous = client.__class__()
    assert anonymous.get(public).status_code == 404
    assert opportunity.title not in anonymous.get("/en/opportunities/").content.decode()

    logged_in.post(opportunity_page(opportunity), {"decision": "restore"})

    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.CLOSED
    assert the_entry("opportunity_restored").target == opportunity


# --- Who may act -----------------------------------------------------------------------------


@pytest.mark.parametrize("decision", ["verify", "request_changes", "reject", "hide", "restore"])
def test_a_coordinator_of_another_region_gets_404_everywhere(client, decision):
    elsewhere = pending_card(municipality="jyvaskyla")
    opportunity = pending_opportunity(
        AssociationFactory(municipality="jyvaskyla"), place="jyvaskyla"
    )
    client.force_login(coordinator_of("kymenlaakso"))

    for url in (card_page(elsewhere), opportunity_page(opportunity)):
        assert client.get(url).status_code == 404
        post = client.post(url, {"decision": decision, f"{decision}-message": "x"})
        assert post.status_code == 404
    assert elsewhere.name not in client.get(QUEUE).content.decode()
    assert not AuditEntry.objects.exists()


def test_the_staff_get_403_and_the_anonymous_are_sent_to_log_in(client):
    association = pending_card()
    opportunity = pending_opportunity(association)
    client.force_login(MembershipFactory(association=association, owner=True).user)

    assert client.get(card_page(association)).status_code == 403
    assert client.post(opportunity_page(opportunity), {"decision": "approve"}).status_code == 403

    client.logout()
    assert client.get(card_page(association))["Location"].startswith("/en/accounts/login/")
    assert client.get(QUEUE)["Location"].startswith("/en/accounts/login/")


def test_a_superuser_acts_everywhere(client):
    association = pending_card(municipality="jyvaskyla")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    assert association.name in client.get(QUEUE).content.decode()
    client.post(card_page(association), {"decision": "verify"})

    association.refresh_from_db()
    assert association.is_verified


# --- The queue -------------------------------------------------------------------------------


def test_the_queue_lists_the_oldest_first_with_how_long_each_has_waited(logged_in):
    now = timezone.now()
    with time_machine.travel(now - datetime.timedelta(days=3), tick=False):
        old = pending_opportunity(title="Vanha tehtävä")
    with time_machine.travel(now - datetime.timedelta(days=1), tick=False):
        new = pending_card(name="Uusi kerho")
    pending_card(name="Jyväskylän kerho", municipality="jyvaskyla")

    response = logged_in.get(QUEUE)

    assert [entry.item for entry in response.context["items"]] == [old, new]
    page = response.content.decode()
    assert "Has waited 3\xa0days" in page and "Has waited 1\xa0day" in page


def test_the_queue_filters_by_region_and_kind(client):
    kotka = pending_card(name="Kotkan kerho", municipality="kotka")
    lappeenranta = pending_card(name="Lappeenrannan kerho", municipality="lappeenranta")
    task = pending_opportunity(
        AssociationFactory(municipality="lappeenranta"), place="lappeenranta"
    )
    client.force_login(coordinator_of("kymenlaakso", "etela-karjala"))

    def items(**query):
        return [entry.item for entry in client.get(QUEUE, query).context["items"]]

    assert set(items()) == {kotka, lappeenranta, task}
    assert set(items(region="etela-karjala")) == {lappeenranta, task}
    assert items(region="etela-karjala", kind="opportunity") == [task]
    assert set(items(kind="association")) == {kotka, lappeenranta}
    invalid = client.get(QUEUE, {"region": "keski-suomi"})
    assert "Choose one of your own regions." in invalid.content.decode()


def test_the_home_page_counts_what_waits(logged_in):
    pending_card()
    pending_opportunity()
    pending_opportunity()
    pending_card(municipality="jyvaskyla")

    page = logged_in.get("/en/coordinate/").content.decode()

    assert "1 association waits for verification" in page
    assert "2 opportunities wait for review" in page


def test_the_queue_takes_the_same_queries_for_more_items(logged_in, django_assert_max_num_queries):
    def fill(count):
        for _ in range(count):
            pending_card()
            pending_opportunity()

    fill(2)
    with django_assert_max_num_queries(12) as first:
        logged_in.get(QUEUE)
    fill(6)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = logged_in.get(QUEUE)
    assert len(response.context["items"]) == 16


def test_the_card_page_takes_the_same_queries_for_more_opportunities(
    logged_in, django_assert_max_num_queries
):
    association = pending_card()
    pending_opportunity(association)
    with django_assert_max_num_queries(30) as first:
        logged_in.get(card_page(association))
    for _ in range(5):
        pending_opportunity(association)
    with django_assert_max_num_queries(len(first.captured_queries)):
        logged_in.get(card_page(association))
