"""Who may see and do what with an opportunity or a sign-up. The roles come from the
association (associations/permissions.py); child objects are always loaded through it, so that
another association's opportunity or sign-up is a 404 by construction.
"""

from django.http import Http404

from associations.permissions import (
    Capability,
    get_association_for,
    require,
    role_annotations,
    roles_from,
)

from .models import CertificateLink, Opportunity, SignUp


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


def get_own_signup_for(request, pk, *, queryset=None) -> SignUp:
    """A sign-up of the person asking, among `queryset` (all sign-ups by default); anyone
    else's is a 404 (also for an anonymous caller, who owns none: filtering by an anonymous user
    would fail instead)."""
    if not request.user.is_authenticated:
        raise Http404
    if queryset is None:
        queryset = SignUp.objects.select_related("opportunity")
    try:
        return queryset.get(pk=pk, user=request.user)
    except SignUp.DoesNotExist:
        raise Http404 from None


def get_own_certificate_link_for(request, pk) -> CertificateLink:
    """A share link to a certificate of the person asking; anyone else's is a 404."""
    if not request.user.is_authenticated:
        raise Http404
    try:
        return CertificateLink.objects.get(pk=pk, signup__user=request.user)
    except CertificateLink.DoesNotExist:
        raise Http404 from None


def get_managed_opportunity(request, slug, opportunity_slug, *, need=Capability.EDIT):
    """An opportunity of the association at `slug`, loaded through it, if the person asking
    has `need` there: another association's opportunity is a 404 by construction."""
    association = get_association_for(request, slug, need=need)
    try:
        opportunity = association.opportunities.get(slug=opportunity_slug)
    except Opportunity.DoesNotExist:
        raise Http404 from None
    opportunity.association = association
    return opportunity


def get_signup_for(request, slug, opportunity_slug, pk, *, need=Capability.EDIT) -> SignUp:
    """A sign-up loaded through its opportunity through its association."""
    opportunity = get_managed_opportunity(request, slug, opportunity_slug, need=need)
    try:
        signup = opportunity.signups.select_related("user").get(pk=pk)
    except SignUp.DoesNotExist:
        raise Http404 from None
    signup.opportunity = opportunity
    return signup
