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


def can_view_opportunity(user, opportunity) -> bool:
    """Published and closed opportunities of public cards are public (a closed one says so);
    drafts, those waiting for review and archived ones only for the association's people."""
    from volunteering.models import Opportunity

    public_states = (Opportunity.Status.PUBLISHED, Opportunity.Status.CLOSED)
    if opportunity.status in public_states and opportunity.association.is_public:
        return True
    return association_role(user, opportunity.association) is not None
