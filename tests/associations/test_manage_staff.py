"""The staff page /manage/<slug>/staff/: members with roles, invitations, changing roles,
removing and leaving; the last owner always stays."""

import pytest
from django.core import mail

from associations.models import Invitation, Membership
from tests.factories import AssociationFactory, MembershipFactory, UserFactory
from tests.personas import make_persona

pytestmark = pytest.mark.django_db


def staff_url(association):
    return f"/en/manage/{association.slug}/staff/"


def change_url(association, membership):
    return f"/en/manage/{association.slug}/staff/{membership.pk}/"


def leave_url(association):
    return f"/en/manage/{association.slug}/staff/leave/"


def revoke_url(association, invitation):
    return f"/en/manage/{association.slug}/invitations/{invitation.pk}/revoke/"


def invite(client, association, email="uusi@example.com", role="editor", language="fi"):
    return client.post(staff_url(association), {"email": email, "role": role, "language": language})


def owner_of(association):
    return association.memberships.get(role="owner").user


# --- The page and who may use it -------------------------------------------------------------


def test_owner_sees_staff_and_invitations(client, association, owner, editor):
    client.force_login(owner)
    invite(client, association, email="odottaa@example.com")

    response = client.get(staff_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert editor.display_name in html
    assert owner.display_name in html
    assert "odottaa@example.com" in html
    assert 'name="email"' in html
    assert f'href="{staff_url(association)}"' in html  # the nav link, for owners


def test_editor_gets_403_and_no_nav_link(client, association, editor):
    client.force_login(editor)

    assert client.get(staff_url(association)).status_code == 403
    assert invite(client, association).status_code == 403
    assert not Invitation.objects.exists()
    page = client.get(f"/en/manage/{association.slug}/join-requests/").content.decode()
    assert f'href="{staff_url(association)}"' not in page


@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_no_role_is_not_found(client, association, persona):
    client.force_login(make_persona(persona, association))

    assert client.get(staff_url(association)).status_code == 404


def test_coordinator_gets_403(client, association, coordinator):
    client.force_login(coordinator)

    assert client.get(staff_url(association)).status_code == 403


def test_another_associations_member_is_not_found(client, association, owner):
    other = AssociationFactory(municipality="kotka")
    membership = MembershipFactory(association=other)
    client.force_login(owner)

    response = client.post(change_url(association, membership), {"role": "owner"})

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.role == "editor"


# --- Inviting --------------------------------------------------------------------------------


def test_inviting_sends_the_link_in_the_chosen_language(client, association, owner):
    client.force_login(owner)

    response = invite(client, association, email="Uusi@Example.com", role="owner", language="sv")

    assert response.status_code == 302
    assert response.url == staff_url(association)
    invitation = Invitation.objects.get()
    assert invitation.role == "owner"
    assert invitation.invited_by == owner
    assert len(invitation.token_hash) == 64
    [email] = mail.outbox
    assert email.to == ["Uusi@Example.com"]
    assert "Inbjudan" in email.subject
    assert "/sv/associations/invitations/" in email.body
    assert invitation.token_hash not in email.body  # the link carries the token, not its digest


def test_invalid_email_keeps_what_was_typed(client, association, owner):
    client.force_login(owner)

    response = invite(client, association, email="ei-osoite", role="owner")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert 'value="ei-osoite"' in html
    assert '<option value="owner" selected>' in html
    assert not Invitation.objects.exists()


def test_inviting_someone_already_in_the_staff_is_an_error(client, association, owner, editor):
    client.force_login(owner)

    response = invite(client, association, email=editor.email.upper())

    assert response.status_code == 200
    assert "already staff of the association" in response.content.decode()
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_a_new_invitation_replaces_the_waiting_one(client, association, owner):
    client.force_login(owner)
    invite(client, association)
    invite(client, association, role="owner")

    assert Invitation.objects.pending().get().role == "owner"
    assert Invitation.objects.filter(revoked_at__isnull=False).count() == 1


def test_revoking(client, association, owner):
    client.force_login(owner)
    invite(client, association)
    invitation = Invitation.objects.get()

    response = client.post(revoke_url(association, invitation))

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    html = client.get(staff_url(association)).content.decode()
    assert "The invitation to uusi@example.com was revoked." in html
    assert 'class="long-text">uusi@example.com</th>' not in html


def test_revoking_another_associations_invitation_is_not_found(client, association, owner):
    other = AssociationFactory(municipality="kotka")
    client.force_login(owner_of_other := MembershipFactory(association=other, owner=True).user)
    invite(client, other)
    invitation = Invitation.objects.get()
    assert owner_of_other != owner
    client.force_login(owner)

    assert client.post(revoke_url(association, invitation)).status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


# --- Roles, removing and leaving -------------------------------------------------------------


def test_owner_makes_an_editor_owner_and_back(client, association, owner, editor):
    client.force_login(owner)
    membership = association.memberships.get(user=editor)

    response = client.post(change_url(association, membership), {"role": "owner"})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "owner"
    client.post(change_url(association, membership), {"role": "editor"})
    membership.refresh_from_db()
    assert membership.role == "editor"


def test_the_last_owner_cannot_become_editor(client, association, owner):
    client.force_login(owner)
    membership = association.memberships.get(user=owner)

    response = client.post(change_url(association, membership), {"role": "editor"}, follow=True)

    membership.refresh_from_db()
    assert membership.role == "owner"
    assert "at least one owner" in response.content.decode()


def test_the_last_owner_cannot_be_removed_or_leave(client, association, owner):
    client.force_login(owner)
    membership = association.memberships.get(user=owner)

    client.post(change_url(association, membership), {"remove": "1"})
    response = client.post(leave_url(association), follow=True)

    assert Membership.objects.filter(pk=membership.pk).exists()
    assert "at least one owner" in response.content.decode()


def test_an_owner_leaves_when_another_owner_stays(client, association, owner):
    MembershipFactory(association=association, owner=True)
    client.force_login(owner)

    response = client.post(leave_url(association))

    assert response.status_code == 302
    assert response.url == "/en/manage/"
    assert not association.memberships.filter(user=owner).exists()


def test_an_editor_leaves(client, association, editor):
    client.force_login(editor)

    response = client.post(leave_url(association))

    assert response.status_code == 302
    assert not association.memberships.filter(user=editor).exists()


def test_superuser_who_is_not_staff_has_nothing_to_leave(client, association, superuser):
    client.force_login(superuser)

    assert client.post(leave_url(association)).status_code == 404


def test_leaving_asks_first(client, association, editor):
    client.force_login(editor)

    response = client.get(leave_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Leave the staff of {association.name}?" in html
    assert "no longer see the people who signed up" in html
    assert f'<form method="post" action="{leave_url(association)}">' in html
    assert 'href="/en/manage/">Cancel</a>' in html
    assert association.memberships.filter(user=editor).exists()  # only POST leaves


def test_the_last_owner_is_told_to_name_another_owner_first(client, association, owner):
    client.force_login(owner)

    html = client.get(leave_url(association)).content.decode()

    assert "You are the only owner" in html
    assert f'<a href="{staff_url(association)}">Go to the staff page</a>' in html
    assert f'action="{leave_url(association)}"' not in html


def test_an_owner_with_another_owner_may_leave(client, association, owner):
    MembershipFactory(association=association, owner=True)
    client.force_login(owner)

    html = client.get(leave_url(association)).content.decode()

    assert "You are the only owner" not in html
    assert f'action="{leave_url(association)}"' in html


def test_superuser_who_is_not_staff_has_no_page_to_leave(client, association, superuser):
    client.force_login(superuser)

    assert client.get(leave_url(association)).status_code == 404


@pytest.mark.parametrize("page", ["staff", "home"])
def test_leave_buttons_elsewhere_lead_to_the_confirmation(client, association, owner, editor, page):
    client.force_login(owner)
    url = staff_url(association) if page == "staff" else "/en/manage/"

    html = client.get(url).content.decode()

    assert f'href="{leave_url(association)}"' in html
    assert f'action="{leave_url(association)}"' not in html
    # On the staff page, the others have a Remove button; the person themselves has the link.
    others = association.memberships.count() - 1 if page == "staff" else 0
    assert html.count('name="remove"') == others


def test_owner_removes_an_editor(client, association, owner, editor):
    client.force_login(owner)
    membership = association.memberships.get(user=editor)

    response = client.post(change_url(association, membership), {"remove": "1"})

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_editor_cannot_change_roles(client, association, editor):
    client.force_login(editor)
    membership = association.memberships.get(user=editor)

    assert client.post(change_url(association, membership), {"role": "owner"}).status_code == 403
    membership.refresh_from_db()
    assert membership.role == "editor"


def test_an_unknown_role_changes_nothing(client, association, owner, editor):
    client.force_login(owner)
    membership = association.memberships.get(user=editor)

    response = client.post(change_url(association, membership), {"role": "boss"}, follow=True)

    membership.refresh_from_db()
    assert membership.role == "editor"
    assert "Choose a role." in response.content.decode()


# --- Query budget ----------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [3, 9])
def test_query_count_is_constant(client, association, owner, rows, django_assert_max_num_queries):
    MembershipFactory.create_batch(rows, association=association)
    client.force_login(owner)
    for n in range(rows):
        invite(client, association, email=f"kutsu{n}@example.com")
    UserFactory()

    with django_assert_max_num_queries(8):
        response = client.get(staff_url(association))

    assert response.status_code == 200
    assert response.content.decode().count('class="long-text">kutsu') == rows
