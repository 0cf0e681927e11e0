"""Answering join requests in the workspace (/manage/<slug>/join-requests/), the answer email,
the answer on /me/, and withdrawing one's own request."""

import pytest
from django.core import mail

from associations.models import JoinRequest
from tests.factories import AssociationFactory, JoinRequestFactory, UserFactory
from tests.personas import make_persona

pytestmark = pytest.mark.django_db

ANSWER = "Tervetuloa! Nähdään tiistaina kello 18."


def list_url(association):
    return f"/en/manage/{association.slug}/join-requests/"


def answer_url(association, join_request):
    return f"/en/manage/{association.slug}/join-requests/{join_request.pk}/answer/"


def withdraw_url(join_request):
    return f"/en/associations/join-requests/{join_request.pk}/withdraw/"


def answer(client, association, join_request, decision="accept", response=ANSWER):
    prefix = f"answer-{join_request.pk}"
    return client.post(
        answer_url(association, join_request),
        {f"{prefix}-decision": decision, f"{prefix}-response": response},
    )


@pytest.fixture
def join_request(association):
    person = UserFactory(preferred_name="Aino", language="sv")
    return JoinRequestFactory(association=association, user=person, message="Saanko tulla?")


# --- The list and who may use it -------------------------------------------------------------


@pytest.mark.parametrize("persona", ["editor", "owner", "superuser"])
def test_staff_see_the_requests(client, association, join_request, persona):
    client.force_login(make_persona(persona, association))

    response = client.get(list_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Aino" in html
    assert "Saanko tulla?" in html
    assert f'name="answer-{join_request.pk}-decision"' in html


@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_no_role_is_not_found(client, association, join_request, persona):
    client.force_login(make_persona(persona, association))

    assert client.get(list_url(association)).status_code == 404
    assert answer(client, association, join_request).status_code == 404
    join_request.refresh_from_db()
    assert join_request.status == "pending"


def test_coordinator_gets_403(client, association, join_request, coordinator):
    client.force_login(coordinator)

    assert client.get(list_url(association)).status_code == 403
    assert answer(client, association, join_request).status_code == 403


def test_another_associations_request_is_not_found(client, association, editor):
    other_request = JoinRequestFactory(association=AssociationFactory(municipality="kotka"))
    client.force_login(editor)

    assert answer(client, association, other_request).status_code == 404
    other_request.refresh_from_db()
    assert other_request.status == "pending"


# --- Answering -------------------------------------------------------------------------------


def test_accepting_emails_the_person_in_their_language(client, association, join_request, editor):
    client.force_login(editor)

    response = answer(client, association, join_request, response=f"  {ANSWER}\n")

    assert response.status_code == 302
    assert response.url == list_url(association)
    join_request.refresh_from_db()
    assert join_request.status == "accepted"
    assert join_request.response == ANSWER
    assert join_request.handled_by == editor
    assert join_request.handled_at is not None
    [email] = mail.outbox
    assert email.to == [join_request.user.email]
    assert "svarade" in email.subject  # Swedish: the person's language
    assert ANSWER in email.body
    assert "/sv/me/" in email.body


def test_declining(client, association, join_request, owner):
    client.force_login(owner)

    answer(client, association, join_request, decision="decline", response="")

    join_request.refresh_from_db()
    assert join_request.status == "declined"
    assert len(mail.outbox) == 1


def test_the_person_sees_the_answer_on_their_page(client, association, join_request, editor):
    client.force_login(editor)
    answer(client, association, join_request)
    client.force_login(join_request.user)

    html = client.get("/en/me/").content.decode()

    assert ANSWER in html
    assert ">Accepted</td>" in html
    assert withdraw_url(join_request) not in html  # answered: nothing to withdraw


def test_without_a_decision_the_typed_answer_is_kept(client, association, join_request, editor):
    client.force_login(editor)

    response = answer(client, association, join_request, decision="")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert ANSWER in html
    join_request.refresh_from_db()
    assert join_request.status == "pending"
    assert mail.outbox == []


def test_a_request_is_answered_once(client, association, join_request, editor):
    client.force_login(editor)
    answer(client, association, join_request)

    response = answer(client, association, join_request, decision="decline", response="")

    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.status == "accepted"
    assert len(mail.outbox) == 1


# --- Withdrawing -----------------------------------------------------------------------------


def test_the_person_withdraws_their_own_request(client, association, join_request):
    client.force_login(join_request.user)
    assert withdraw_url(join_request) in client.get("/en/me/").content.decode()

    response = client.post(withdraw_url(join_request))

    assert response.status_code == 302
    assert response.url == "/en/me/"
    join_request.refresh_from_db()
    assert join_request.status == "withdrawn"


@pytest.mark.parametrize("persona", ["outsider", "editor", "owner", "superuser"])
def test_someone_elses_request_is_not_found(client, association, join_request, persona):
    client.force_login(make_persona(persona, association))

    assert client.post(withdraw_url(join_request)).status_code == 404
    join_request.refresh_from_db()
    assert join_request.status == "pending"


def test_an_answered_request_cannot_be_withdrawn(client, association, join_request):
    JoinRequest.objects.filter(pk=join_request.pk).update(status="accepted")
    client.force_login(join_request.user)

    response = client.post(withdraw_url(join_request), follow=True)

    join_request.refresh_from_db()
    assert join_request.status == "accepted"
    assert "already been answered or withdrawn" in response.content.decode()


def test_withdrawing_needs_a_post(client, join_request):
    client.force_login(join_request.user)

    assert client.get(withdraw_url(join_request)).status_code == 405


# --- Query budget ----------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [3, 9])
def test_query_count_is_constant(client, association, editor, rows, django_assert_max_num_queries):
    JoinRequestFactory.create_batch(rows, association=association)
    JoinRequestFactory.create_batch(rows, association=association, status="declined")
    client.force_login(editor)

    with django_assert_max_num_queries(7):
        response = client.get(list_url(association))

    assert response.status_code == 200
