"""The moderation queue and a coordinator's decisions on cards and opportunities.

Cards and opportunities are loaded through the permission helpers with the MODERATE
capability: a coordinator of another region gets 404, the association's own staff 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from associations.permissions import Capability, get_association_for
from associations.services import association_moderate, association_moderation_actions
from volunteering.permissions import get_opportunity_for
from volunteering.services import opportunity_moderate, opportunity_moderation_actions

from .moderation import moderation_queue, similar_associations
from .moderation_forms import DecisionForm, QueueFilterForm
from .permissions import coordinator_required

DONE = {
    "verify": gettext_lazy("The association is verified and its card published."),
    "approve": gettext_lazy("The opportunity is approved and published."),
    "request_changes": gettext_lazy("The staff were asked for changes."),
    "reject": gettext_lazy("Rejected. The staff were told the reason."),
    "hide": gettext_lazy("Hidden. The staff were told the reason."),
    "restore": gettext_lazy("Restored."),
}


@coordinator_required
@require_GET
def queue(request):
    form = QueueFilterForm(
        request.GET, regions=request.coordinated_regions, superuser=request.user.is_superuser
    )
    regions, kind = form.chosen(superuser=request.user.is_superuser)
    return render(
        request,
        "coordination/queue.html",
        {"form": form, "items": moderation_queue(regions=regions, kind=kind)},
    )


def _decision_forms(actions, bound=None):
    """A form for each decision that can be taken now; `bound` replaces its own one."""
    return [
        bound if bound is not None and bound.decision == action else DecisionForm(decision=action)
        for action in actions
    ]


def _decide(request, actions, service, **kwargs):
    """Bind the posted decision and call the service: the form with its errors, or None when
    it is done (or could not be taken: the page was out of date)."""
    decision = request.POST.get("decision", "")
    if decision not in actions:
        messages.error(request, _("This cannot be done now. The page was out of date."))
        return None
    form = DecisionForm(request.POST, decision=decision)
    if form.is_valid():
        try:
            service(
                decision=decision,
                by=request.user,
                message=form.cleaned_data.get("message", ""),
                **kwargs,
            )
        except ValidationError as error:
            if hasattr(error, "error_dict") and "message" not in form.fields:
                error = ValidationError(error.messages)
            form.add_error(None, error)
        else:
            messages.success(request, DONE[decision])
            return None
    return form


@login_required
@require_http_methods(["GET", "POST"])
def association_detail(request, slug):
    association = get_association_for(request, slug, need=Capability.MODERATE)
    bound = None
    if request.method == "POST":
        bound = _decide(
            request,
            association_moderation_actions(association),
            association_moderate,
            association=association,
        )
        if bound is None:
            return redirect("coordinate:moderate-association", slug=association.slug)
    first_owner = (
        association.memberships.select_related("user").order_by("created_at", "pk").first()
    )
    return render(
        request,
        "coordination/queue_association.html",
        {
            "association": association,
            "first_owner": first_owner,
            "similar": similar_associations(association),
            "opportunities": association.opportunities.order_by("-created_at"),
            "forms": _decision_forms(association_moderation_actions(association), bound),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def opportunity_detail(request, slug):
    opportunity = get_opportunity_for(request, slug, need=Capability.MODERATE)
    bound = None
    if request.method == "POST":
        bound = _decide(
            request,
            opportunity_moderation_actions(opportunity),
            opportunity_moderate,
            opportunity=opportunity,
        )
        if bound is None:
            return redirect("coordinate:moderate-opportunity", slug=opportunity.slug)
    return render(
        request,
        "coordination/queue_opportunity.html",
        {
            "opportunity": opportunity,
            "association": opportunity.association,
            "forms": _decision_forms(opportunity_moderation_actions(opportunity), bound),
        },
    )
