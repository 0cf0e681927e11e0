"""Posting and editing the association's opportunities in its workspace (/manage/<slug>/…)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from associations.permissions import Capability, get_association_for

from . import selectors, services
from .forms import OpportunityForm, WeeklyTimeFormSet, weekly_time_initial
from .models import Opportunity
from .permissions import get_managed_opportunity
from .services import Action

SAVE = "save"  # the editor's button for an opportunity that is no longer a draft


@login_required
@require_GET
def opportunity_list(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT)
    opportunities = list(selectors.workspace_opportunities(association))
    return render(
        request,
        "manage/opportunity_list.html",
        {"association": association, "opportunities": opportunities},
    )


@login_required
@require_http_methods(["GET", "POST"])
def opportunity_create(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT)
    # Most tasks happen where the association is at home: start from there.
    new = Opportunity(association=association, municipality=association.home_municipality)
    return _editor(request, association, new)


@login_required
@require_http_methods(["GET", "POST"])
def opportunity_edit(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    return _editor(request, opportunity.association, opportunity)


def _editor(request, association, opportunity):
    is_new = opportunity.pk is None
    saved_title = opportunity.title  # the form changes the instance as it validates
    form = OpportunityForm(request.POST or None, instance=opportunity)
    times = WeeklyTimeFormSet(
        request.POST or None,
        prefix="times",
        initial=None if is_new else weekly_time_initial(opportunity),
    )
    action = request.POST.get("action", SAVE)
    if request.method == "POST" and form.is_valid() and times.is_valid():
        try:
            with transaction.atomic():
                opportunity = _save(request, association, opportunity, form, times, action)
        except ValidationError as error:
            # Beside the field when the form has it; the formset already checked the times.
            fields = getattr(error, "error_dict", {}).keys()
            form.add_error(None, error if set(fields) <= set(form.fields) else error.messages)
        else:
            messages.success(request, _saved_message(opportunity))
            return redirect("manage:opportunity-edit", association.slug, opportunity.slug)
    return render(
        request,
        "manage/opportunity_form.html",
        {
            "association": association,
            "opportunity": opportunity,
            "is_new": is_new,
            "saved_title": saved_title,
            "form": form,
            "times": times,
            "actions": [] if is_new else services.allowed_actions(opportunity),
        },
    )


def _save(request, association, opportunity, form, times, action):
    data = form.opportunity_data()
    if opportunity.pk is None:
        fields = {
            **data["fields"],
            "slug": services.unique_opportunity_slug(form.cleaned_data["title"]),
        }
        opportunity = services.opportunity_create(
            association=association,
            fields=fields,
            categories=data["categories"],
            languages=data["languages"],
            weekly_times=times.weekly_times()
            if fields["schedule"] == Opportunity.Schedule.RECURRING
            else (),
        )
    else:
        opportunity = services.opportunity_update(
            opportunity=opportunity, weekly_times=times.weekly_times(), **data
        )
    if action == Action.SUBMIT and Action.SUBMIT in services.allowed_actions(opportunity):
        opportunity = services.opportunity_transition(
            opportunity=opportunity, action=Action.SUBMIT, by=request.user
        )
    return opportunity


def _saved_message(opportunity) -> str:
    if opportunity.status == Opportunity.Status.PUBLISHED:
        return _("Saved. “%(title)s” is published and visible to everyone.") % {
            "title": opportunity.title
        }
    if opportunity.status == Opportunity.Status.PENDING:
        return _("Saved. “%(title)s” waits for a coordinator's review before it is published.") % {
            "title": opportunity.title
        }
    return _("Saved: “%(title)s” (%(status)s).") % {
        "title": opportunity.title,
        "status": opportunity.get_status_display(),
    }


@login_required
@require_POST
def opportunity_duplicate(request, slug, opportunity_slug):
    original = get_managed_opportunity(request, slug, opportunity_slug)
    association = original.association
    copy = services.opportunity_duplicate(opportunity=original, by=request.user)
    messages.success(
        request,
        _("This is a copy of “%(title)s”, saved as a draft. Change what you need and publish it.")
        % {"title": original.title},
    )
    return redirect("manage:opportunity-edit", association.slug, copy.slug)


@login_required
@require_POST
def opportunity_status(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    association = opportunity.association
    try:
        opportunity = services.opportunity_transition(
            opportunity=opportunity, action=request.POST.get("action", ""), by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("“%(title)s” is now: %(status)s.")
            % {"title": opportunity.title, "status": opportunity.get_status_display()},
        )
    return redirect("manage:opportunities", association.slug)
