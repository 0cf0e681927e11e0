"""A person's staff roles, join requests and invitations in their download, and what becomes of
them when they delete their account (core/personal_data.py).

The only owner of a card cannot delete their account: the card would be left without anyone who
can manage its staff. They first make someone else an owner on the card's staff page (inviting
them first if needed). Staff roles and join requests go with the account (their foreign keys
cascade); invitations sent to the person's addresses are deleted; those the person sent stay
with the association, without the sender.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.personal_data import any_address, moment, register

from .models import Invitation, JoinRequest, Membership
from .services import memberships_lock_for_leaving


def memberships_export(user) -> list[dict]:
    memberships = Membership.objects.filter(user=user).select_related("association")
    return [
        {
            "association": membership.association.name,
            "address": settings.SITE_URL + membership.association.get_absolute_url(),
            "role": membership.role,
            "since": moment(membership.created_at),
        }
        for membership in memberships.order_by("created_at", "pk")
    ]


def sole_ownerships(user):
    """The associations of which the person is the only owner."""
    other_owners = Membership.objects.filter(role=Membership.Role.OWNER).exclude(user=user)
    return (
        Membership.objects.filter(user=user, role=Membership.Role.OWNER)
        .exclude(association__in=other_owners.values("association"))
        .select_related("association")
        .order_by("association__name")
    )


def _only_owner(association) -> str:
    return _(
        "You are the only owner of “%(association)s”. Make someone else its owner on the "
        "staff page of its workspace first (invite them first if they are not staff yet)."
    ) % {"association": association.name}


def memberships_refuse(user) -> list[str]:
    return [_only_owner(membership.association) for membership in sole_ownerships(user)]


def memberships_erase(user) -> None:
    """Checked again under the staff's lock: another owner may have left in the meantime."""
    if refusals := [_only_owner(a) for a in memberships_lock_for_leaving(user=user)]:
        raise ValidationError(refusals, code="refused")


def join_requests_export(user) -> list[dict]:
    join_requests = JoinRequest.objects.filter(user=user).select_related("association")
    return [
        {
            "association": join_request.association.name,
            "message": join_request.message,
            "language": join_request.language,
            "status": join_request.status,
            "sent_at": moment(join_request.created_at),
            "answer": join_request.response,
            "answered_at": moment(join_request.handled_at),
        }
        for join_request in join_requests.order_by("created_at", "pk")
    ]


def join_requests_handled_export(user) -> list[dict]:
    """Join requests the person answered as association staff (the requests are the asker's)."""
    join_requests = JoinRequest.objects.filter(handled_by=user).select_related("association")
    return [
        {
            "association": join_request.association.name,
            "status": join_request.status,
            "answer": join_request.response,
            "answered_at": moment(join_request.handled_at),
        }
        for join_request in join_requests.order_by("handled_at", "pk")
    ]


def invitations_export(user) -> dict:
    def rows(invitations):
        return [
            {
                "association": invitation.association.name,
                "email": invitation.email,
                "role": invitation.role,
                "sent_at": moment(invitation.created_at),
                "expires_at": moment(invitation.expires_at),
                "accepted_at": moment(invitation.accepted_at),
                "revoked_at": moment(invitation.revoked_at),
            }
            for invitation in invitations.select_related("association").order_by("created_at", "pk")
        ]

    return {
        "received": rows(Invitation.objects.filter(any_address(user, "email__iexact"))),
        "sent": rows(Invitation.objects.filter(invited_by=user)),
    }


def invitations_erase(user) -> None:
    Invitation.objects.filter(any_address(user, "email__iexact")).delete()


def register_sections() -> None:
    register(
        "memberships",
        export=memberships_export,
        erase=memberships_erase,
        refuse=memberships_refuse,
    )
    register("join_requests", export=join_requests_export)
    register("join_requests_answered", export=join_requests_handled_export)
    register("invitations", export=invitations_export, erase=invitations_erase)
