"""The decision log /coordinate/log/: every staff decision made through the workspace is in it
with who, what, which item and why; coordinators see their regions' entries, superusers all;
the filters; a constant number of queries."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from associations.audit import record_decision
from associations.models import Association, Invitation, JoinRequest, Membership
from core.audit import AuditAction, AuditEntry
from tests.associations.test_manage_association_create import new_card
from tests.factories import (
    AssociationFactory,
    JoinRequestFactory,
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
)
from volunteering.models import SignUp

from .conftest import coordinator_of

pytestmark = pytest.mark.django_db

LOG = reverse("coordinate:audit-log")
HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture
def association():
    return AssociationFactory(name="Kouvolan Nuorisoseura")  # Kouvola: Kymenlaakso


@pytest.fixture
def owner(association):
    return MembershipFactory(association=association, owner=True, user__preferred_name="Olli").user


def only_entry(**filters) -> AuditEntry:
    return AuditEntry.objects.get(**filters)


def manage(association, tail):
    return f"/en/manage/{association.slug}/{tail}"


# --- Each decision through the workspace is recorded -----------------------------------------


def test_creating_a_card_is_recorded(client):
    person = UserFactory(preferred_name="Aino")
    client.force_login(person)
    client.post("/en/manage/new/", new_card(name="Kotkan Kuoro"))
    entry = only_entry(action=AuditAction.ASSOCIATION_CREATED)
    assert entry.actor == person
    assert entry.target == Association.objects.get(name="Kotkan Kuoro")


@pytest.mark.parametrize("decision", ["accept", "decline"])
def test_answering_a_join_request_is_recorded_with_the_answer(client, association, owner, decision):
    join_request = JoinRequestFactory(association=association)
    prefix = f"answer-{join_request.pk}"
    client.force_login(owner)
    client.post(
        manage(association, f"join-requests/{join_request.pk}/answer/"),
        {f"{prefix}-decision": decision, f"{prefix}-response": "Tervetuloa torstaina!"},
    )
    action = {"accept": "join_request_accepted", "decline": "join_request_declined"}[decision]
    entry = only_entry(action=action)
    assert (entry.actor, entry.target, entry.reason) == (
        owner,
        JoinRequest.objects.get(),
        "Tervetuloa torstaina!",
    )
    assert [region.slug for region in entry.regions.all()] == ["kymenlaakso"]


def test_inviting_revoking_and_accepting_are_recorded(client, association, owner):
    client.force_login(owner)
    staff = manage(association, "staff/")
    client.post(staff, {"email": "eka@example.com", "role": "editor", "language": "fi"})
    invited = only_entry(action=AuditAction.STAFF_INVITED)
    assert invited.actor == owner
    assert invited.details | {"email": "eka@example.com", "role": "editor"} == invited.details

    first = Invitation.objects.get()
    client.post(manage(association, f"invitations/{first.pk}/revoke/"))
    revoked = only_entry(action=AuditAction.INVITATION_REVOKED)
    assert (revoked.actor, revoked.target) == (owner, first)

    mail.outbox.clear()
    client.post(staff, {"email": "toka@example.com", "role": "owner", "language": "fi"})
    token = re.search(r"/invitations/([\w-]+)/", mail.outbox[0].body).group(1)
    newcomer = UserFactory(email="toka@example.com")
    client.force_login(newcomer)
    client.post(f"/en/associations/invitations/{token}/")
    accepted = only_entry(action=AuditAction.INVITATION_ACCEPTED)
    assert accepted.actor == newcomer
    assert accepted.target == Membership.objects.get(user=newcomer)


def test_changing_a_role_removing_and_leaving_are_recorded(client, association, owner):
    editor = MembershipFactory(association=association).user
    leaver = MembershipFactory(association=association).user
    client.force_login(owner)
    membership = Membership.objects.get(user=editor)
    client.post(manage(association, f"staff/{membership.pk}/"), {"role": "owner"})
    changed = only_entry(action=AuditAction.STAFF_ROLE_CHANGED)
    assert (changed.actor, changed.target) == (owner, membership)
    assert changed.details | {"old_role": "editor", "new_role": "owner"} == changed.details

    client.post(manage(association, f"staff/{membership.pk}/"), {"remove": "1"})
    removed = only_entry(action=AuditAction.STAFF_REMOVED)
    assert removed.actor == owner and removed.target is None  # the membership is gone
    assert removed.target_repr == editor.display_name

    client.force_login(leaver)
    client.post(manage(association, "staff/leave/"))
    left = only_entry(action=AuditAction.STAFF_LEFT)
    assert left.actor == leaver and left.actor_name == leaver.display_name


def test_closing_an_opportunity_is_recorded(client, association, owner):
    opportunity = OpportunityFactory(association=association, title="Läksykerhon ohjaaja")
    client.force_login(owner)
    client.post(
        manage(association, f"opportunities/{opportunity.slug}/status/"), {"action": "close"}
    )
    entry = only_entry(action=AuditAction.OPPORTUNITY_CLOSED)
    assert (entry.actor, entry.target, entry.target_repr) == (
        owner,
        opportunity,
        "Läksykerhon ohjaaja",
    )


def test_each_decided_signup_is_recorded_without_the_persons_contact_details(
    client, association, owner
):
    opportunity = OpportunityFactory(association=association, title="Läksykerhon ohjaaja")
    signups = [
        SignUpFactory(opportunity=opportunity, user__email=f"nuori{n}@example.com")
        for n in range(2)
    ]
    client.force_login(owner)
    client.post(
        manage(association, f"opportunities/{opportunity.slug}/people/decide/"),
        {
            "signups": [signup.pk for signup in signups],
            "decision": "decline",
            "message": "Paikat täyttyivät, kiitos!",
        },
    )
    entries = AuditEntry.objects.filter(action=AuditAction.SIGNUP_DECLINED)
    assert {entry.target for entry in entries} == set(signups)
    for entry in entries:
        assert (entry.actor, entry.reason) == (owner, "Paikat täyttyivät, kiitos!")
        assert entry.details["opportunity"] == "Läksykerhon ohjaaja"
        assert "example.com" not in f"{entry.target_repr} {entry.details}"


def test_a_promotion_from_the_waiting_list_is_not_a_decision(client, association, owner):
    opportunity = OpportunityFactory(association=association, places=1)
    taken = SignUpFactory(opportunity=opportunity)
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True)
    client.force_login(owner)
    client.post(
        manage(association, f"opportunities/{opportunity.slug}/people/decide/"),
        {"signups": [taken.pk], "decision": "decline"},
    )
    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED
    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["signup_declined"]


def test_a_decision_that_fails_leaves_no_entry(client, association, owner):
    client.force_login(owner)
    membership = Membership.objects.get(user=owner)
    client.post(manage(association, f"staff/{membership.pk}/"), {"remove": "1"})  # last owner
    assert Membership.objects.filter(user=owner).exists()
    assert not AuditEntry.objects.exists()


# --- Who sees what --------------------------------------------------------------------------


@pytest.fixture
def entries():
    """One decision in Kymenlaakso (Kouvola) and one in Keski-Suomi (Jyväskylä)."""
    kouvola = AssociationFactory(name="Kouvolan Kuoro", municipality="kouvola")
    jyvaskyla = AssociationFactory(name="Jyväskylän Shakki", municipality="jyvaskyla", draft=True)
    actor = UserFactory(preferred_name="Päivi Päättäjä")
    return [
        record_decision(
            actor=actor,
            action=AuditAction.ASSOCIATION_VERIFIED,
            association=kouvola,
            reason="Tiedot tarkistettu.",
        ),
        record_decision(
            actor=UserFactory(preferred_name="Keijo Keskisuomalainen"),
            action=AuditAction.ASSOCIATION_REJECTED,
            association=jyvaskyla,
            reason="Ei ole yhdistys.",
        ),
    ]


def test_anonymous_visitors_log_in_first(client):
    response = client.get(LOG)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_people_without_a_region_get_404(client, entries):
    client.force_login(MembershipFactory(owner=True).user)
    assert client.get(LOG).status_code == 404


def test_a_coordinator_sees_only_the_entries_of_their_regions(client, entries):
    client.force_login(coordinator_of("kymenlaakso"))
    html = client.get(LOG).content.decode()
    assert "Kouvolan Kuoro" in html and "Tiedot tarkistettu." in html
    assert "Päivi Päättäjä" in html
    assert "Jyväskylän Shakki" not in html and "Ei ole yhdistys." not in html
    # Another region's entry cannot be asked for either.
    html = client.get(LOG, {"region": "keski-suomi"}).content.decode()
    assert "Jyväskylän Shakki" not in html


def test_a_superuser_sees_every_entry(client, entries):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(LOG).content.decode()
    assert "Kouvolan Kuoro" in html and "Jyväskylän Shakki" in html


def test_the_coordination_page_links_to_the_log(client):
    client.force_login(coordinator_of("kymenlaakso"))
    assert f'href="{LOG}"' in client.get(reverse("coordinate:home")).content.decode()


def test_a_public_item_is_a_link_and_a_hidden_one_only_a_name(client, entries):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(LOG).content.decode()
    kouvola = entries[0].target
    assert f'<a href="{kouvola.get_absolute_url()}">Kouvolan Kuoro</a>' in html
    assert entries[1].target.get_absolute_url() not in html


def test_the_time_is_shown_in_finnish_time(client, association):
    with time_machine.travel(datetime.datetime(2025, 3, 1, 22, 30, tzinfo=datetime.UTC)):
        record_decision(actor=None, action=AuditAction.FEATURED, association=association)
    client.force_login(coordinator_of("kymenlaakso"))
    html = client.get(LOG).content.decode()
    assert "2.3.2025 00.30" in html  # 22.30 UTC is half past midnight in Helsinki
    assert "Palvelu" in html  # no actor: the service itself


# --- Filters ----------------------------------------------------------------------------------


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def shown(client, **query) -> set[str]:
    response = client.get(LOG, query)
    assert response.status_code == 200
    return {row["entry"].target_repr for row in response.context["rows"]}


def test_filter_by_region(superuser_client, entries):
    assert shown(superuser_client, region="kymenlaakso") == {"Kouvolan Kuoro"}
    assert shown(superuser_client, region="keski-suomi") == {"Jyväskylän Shakki"}


def test_filter_by_kind_of_action_or_one_action(superuser_client, entries, association):
    record_decision(actor=None, action=AuditAction.STAFF_INVITED, association=association)
    assert shown(superuser_client, kind="moderation") == {"Kouvolan Kuoro", "Jyväskylän Shakki"}
    assert shown(superuser_client, kind="association_rejected") == {"Jyväskylän Shakki"}
    assert shown(superuser_client, kind="staff") == {"Kouvolan Nuorisoseura"}


def test_filter_by_association_name_and_actor(superuser_client, entries):
    assert shown(superuser_client, association="shakki") == {"Jyväskylän Shakki"}
    assert shown(superuser_client, actor="päivi") == {"Kouvolan Kuoro"}


def test_filter_by_dates(superuser_client, association):
    for day in (1, 10, 20):
        with time_machine.travel(datetime.datetime(2025, 3, day, 12, tzinfo=HELSINKI)):
            record_decision(
                actor=None,
                action=AuditAction.CARD_CONFIRMED_CURRENT,
                association=association,
                reason=f"päivä {day}",
            )
    response = superuser_client.get(LOG, {"start": "2025-03-05", "end": "2025-03-10"})
    assert [row["entry"].reason for row in response.context["rows"]] == ["päivä 10"]


def test_newest_first_and_a_wrong_filter_is_shown_beside_its_field(superuser_client, entries):
    response = superuser_client.get(LOG, {"start": "eilen", "kind": "nothing"})
    assert response.status_code == 200
    assert [row["entry"] for row in response.context["rows"]] == entries[::-1]
    form = response.context["form"]
    assert set(form.errors) == {"start", "kind"}
    assert 'aria-invalid="true"' in response.content.decode()


# --- Queries --------------------------------------------------------------------------------


def make_entries(count: int):
    association = AssociationFactory(municipality="kotka")
    owner = MembershipFactory(association=association, owner=True).user
    opportunity = OpportunityFactory(association=association)
    for _ in range(count):
        signup = SignUpFactory(opportunity=opportunity)
        record_decision(
            actor=owner,
            action=AuditAction.SIGNUP_ACCEPTED,
            association=association,
            target=signup,
            target_repr=opportunity.title,
        )
        record_decision(
            actor=owner,
            action=AuditAction.OPPORTUNITY_CLOSED,
            association=association,
            target=opportunity,
        )
        record_decision(
            actor=owner,
            action=AuditAction.JOIN_REQUEST_ACCEPTED,
            association=association,
            target=JoinRequestFactory(association=association),
        )
        record_decision(
            actor=owner,
            action=AuditAction.ASSOCIATION_VERIFIED,
            association=AssociationFactory(municipality="kouvola"),
        )


@pytest.mark.parametrize("count", [2, 6])
def test_the_log_makes_a_constant_number_of_queries(client, django_assert_max_num_queries, count):
    make_entries(count)
    client.force_login(coordinator_of("kymenlaakso"))
    with django_assert_max_num_queries(11):
        response = client.get(LOG, {"kind": "", "association": ""})
    assert len(response.context["rows"]) == 4 * count
