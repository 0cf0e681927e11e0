"""Who may see and do what with an opportunity or a sign-up. The roles come from the
association (associations/permissions.py); child objects are always loaded through it, so that
another association's opportunity or sign-up is a 404 by construction.
"""

from django.http import Http404

from associations.permissions import Capability, require, role_annotations, roles_from

from .models import Opportunity, SignUp


def opportunity_is_public(opportunity) -> bool:
    """Published and closed opportunities of public cards are public (a closed one says so);
    drafts, those waiting for review and archived ones only for the association's people."""
    public_states = (Opportunity.Status.PUBLISHED, Opportunity.Status.CLOSED)
    return opportunity.status in public_states and opportunity.association.is_public


def get_opportunity_for(request, slug, *, need: Capability, queryset=None) -> Opportunity:
    """The opportunity at `slug` if the person asking has `need` in its association."""
    queryset = Opportunity.objects.all() if queryset is None else queryset
    try:
        opportunity = (
            queryset.select_related("association")
            .annotate(**role_annotations(request.user, path="association__"))
            .get(slug=slug)
        )
    except Opportunity.DoesNotExist:
        raise Http404 from None
    roles = roles_from(opportunity, request.user)
    request.association_roles = roles
    request.association_capabilities = require(
        need, roles=roles, is_public=opportunity_is_public(opportunity)
    )
    return opportunity


def get_own_signup_for(request, pk) -> SignUp:
    """A sign-up of the person asking; anyone else's is a 404 (also for an anonymous caller,
    who owns none: filtering by an anonymous user would fail instead)."""
    if not request.user.is_authenticated:
        raise Http404
    try:
        return SignUp.objects.select_related("opportunity").get(pk=pk, user=request.user)
    except SignUp.DoesNotExist:
        raise Http404 from None
