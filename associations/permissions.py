"""Who may see and do what with an association. Views ask this module; nothing else
re-implements these rules.

Access has two layers: a person with no role in an association gets 404 (its existence is not
revealed), and a person whose role lacks the capability a view needs gets 403. A public card
can be seen by everyone, but that gives no role: its workspace pages are 404 to outsiders.
"""

import enum

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404

from accounts.models import RegionCoordinator

from .models import Association, Membership


class Capability(enum.StrEnum):
    SEE = "see"  # see the card (and its opportunities) even when it is not public
    EDIT = "edit"  # edit the card and opportunities, handle sign-ups and join requests
    MANAGE_STAFF = "manage_staff"  # invite, change and remove staff
    MODERATE = "moderate"  # verify, hide and restore, review opportunities
    SEE_HISTORY = "see_history"  # who changed what and when


class Role(enum.StrEnum):
    OWNER = Membership.Role.OWNER.value
    EDITOR = Membership.Role.EDITOR.value
    COORDINATOR = "coordinator"  # of a region where the association is active
    SUPERUSER = "superuser"


ROLE_CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.OWNER: frozenset(
        {Capability.SEE, Capability.EDIT, Capability.MANAGE_STAFF, Capability.SEE_HISTORY}
    ),
    Role.EDITOR: frozenset({Capability.SEE, Capability.EDIT}),
    Role.COORDINATOR: frozenset({Capability.SEE, Capability.MODERATE, Capability.SEE_HISTORY}),
    Role.SUPERUSER: frozenset(Capability),
}


def association_roles(user, association) -> frozenset[Role]:
    """Every role the user has in the association; empty for anonymous and unrelated people."""
    if not user.is_authenticated:
        return frozenset()
    annotated = Association.objects.filter(pk=association.pk).annotate(**role_annotations(user))
    return roles_from(annotated.get(), user)


def role_annotations(user, *, path: str = "") -> dict:
    """Annotations that read the user's roles along with the row itself (no extra queries);
    `path` leads from the queried model to the association (for example "association__")."""
    if not user.is_authenticated:
        return {}
    association = OuterRef(f"{path}pk" if path else "pk")
    return {
        "_membership_role": Subquery(
            Membership.objects.filter(association=association, user=user).values("role")[:1]
        ),
        "_coordinates": Exists(
            RegionCoordinator.objects.filter(
                user=user, region__municipalities__associations=association
            )
        ),
    }


def roles_from(annotated, user) -> frozenset[Role]:
    """The roles read by `role_annotations` on a loaded row."""
    if not user.is_authenticated:
        return frozenset()
    roles = set()
    if user.is_superuser:
        roles.add(Role.SUPERUSER)
    if annotated._membership_role:
        roles.add(Role(annotated._membership_role))
    if annotated._coordinates:
        roles.add(Role.COORDINATOR)
    return frozenset(roles)


def capabilities_of(roles, *, is_public: bool) -> frozenset[Capability]:
    granted = {Capability.SEE} if is_public else set()
    for role in roles:
        granted |= ROLE_CAPABILITIES[role]
    return frozenset(granted)


def require(capability: Capability, *, roles, is_public: bool) -> frozenset[Capability]:
    """The capabilities granted; 404 for no role and no public view, 403 for a missing one."""
    granted = capabilities_of(roles, is_public=is_public)
    if capability in granted:
        return granted
    if not roles:
        raise Http404
    raise PermissionDenied


def association_capabilities(user, association) -> frozenset[Capability]:
    return capabilities_of(association_roles(user, association), is_public=association.is_public)


def can_view_association(user, association) -> bool:
    return Capability.SEE in association_capabilities(user, association)


def get_association_for(request, slug, *, need: Capability, queryset=None) -> Association:
    """The association at `slug` if the person asking has the capability `need`.

    The roles and capabilities are kept on the request (`request.association_roles`,
    `request.association_capabilities`) for templates.
    """
    queryset = Association.objects.all() if queryset is None else queryset
    try:
        association = queryset.annotate(**role_annotations(request.user)).get(slug=slug)
    except Association.DoesNotExist:
        raise Http404 from None
    roles = roles_from(association, request.user)
    request.association_roles = roles
    request.association_capabilities = require(need, roles=roles, is_public=association.is_public)
    return association
