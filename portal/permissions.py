"""Who may see and do what. Views ask this module; nothing else re-implements these rules.

Unknown or unrelated users get 404 (the object's existence is not revealed); users with a
role that lacks a right get 403.
"""


def association_role(user, association) -> str | None:
    """The user's strongest role for an association: superuser, coordinator, owner, editor or None."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return "superuser"
    if user.coordinator_roles.filter(region__municipalities__associations=association).exists():
        return "coordinator"
    membership = association.memberships.filter(user=user).first()
    return membership.role if membership else None


def can_view_association(user, association) -> bool:
    return association.is_public or association_role(user, association) is not None
