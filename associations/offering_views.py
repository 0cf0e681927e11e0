"""The association's workspace pages for its activities and support: the list, adding,
editing and removing one."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import services
from .forms import OfferingForm
from .manage_views import add_service_error
from .permissions import Capability, get_association_for


def _offering_of(association, pk):
    """The association's own offering: another association's is 404."""
    return get_object_or_404(association.offerings, pk=pk)


@login_required
@require_GET
def offering_list(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT)
    return render(
        request,
        "manage/offering_list.html",
        {"association": association, "offerings": list(association.offerings.all())},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offering_create(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT)
    form = OfferingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            offering = services.offering_create(association=association, fields=form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("“%(name)s” was added to the card.") % {"name": offering})
            return redirect("manage:offerings", association.slug)
    return render(
        request,
        "manage/offering_form.html",
        {"association": association, "form": form, "is_new": True},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offering_edit(request, slug, pk):
    association = get_association_for(request, slug, need=Capability.EDIT)
    offering = _offering_of(association, pk)
    # The form checks a copy: the heading keeps the saved name until the service has saved.
    form = OfferingForm(request.POST or None, instance=copy.copy(offering))
    if request.method == "POST" and form.is_valid():
        try:
            services.offering_update(offering=offering, fields=form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("“%(name)s” was saved.") % {"name": offering})
            return redirect("manage:offerings", association.slug)
    return render(
        request,
        "manage/offering_form.html",
        {"association": association, "form": form, "offering": offering, "is_new": False},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offering_delete(request, slug, pk):
    """GET asks to confirm; POST removes the offering from the card."""
    association = get_association_for(request, slug, need=Capability.EDIT)
    offering = _offering_of(association, pk)
    if request.method == "POST":
        services.offering_delete(offering=offering)
        messages.success(request, _("“%(name)s” was removed from the card.") % {"name": offering})
        return redirect("manage:offerings", association.slug)
    return render(
        request,
        "manage/offering_confirm_delete.html",
        {"association": association, "offering": offering},
    )
