"""The association workspace: the card editor, a new card, and asking for access to a card."""

import contextlib
import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import AssociationCreateForm, CardForm, MeetingTimeFormSet, meeting_time_initial
from .models import Association
from .permissions import Capability, get_association_for

CARD_QUERYSET = Association.objects.select_related("home_municipality").prefetch_related(
    "categories", "target_groups", "languages", "municipalities", "meeting_times"
)


def add_service_error(form, error: ValidationError) -> None:
    """Put a service's error beside its field when the form has it, else at the top."""
    if hasattr(error, "error_dict") and set(error.error_dict) <= set(form.fields):
        form.add_error(None, error)
    else:
        form.add_error(None, error.messages)


@login_required
@require_http_methods(["GET", "POST"])
def card_edit(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT, queryset=CARD_QUERYSET)
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    # The form checks a copy: the page keeps showing the saved card (name, logo) until the
    # service has saved what was typed.
    form = CardForm(data, files, instance=copy.copy(association))
    formset = MeetingTimeFormSet(data, prefix="meetings", initial=meeting_time_initial(association))
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        resubmit = request.POST.get("action") == "resubmit"
        try:
            # Saved and sent again together, or neither.
            with transaction.atomic() if resubmit else contextlib.nullcontext():
                services.association_update(
                    association=association,
                    fields=form.card_fields(),
                    categories=form.cleaned_data["categories"],
                    target_groups=form.cleaned_data["target_groups"],
                    languages=form.cleaned_data["languages"],
                    municipalities=form.cleaned_data["municipalities"],
                    meeting_times=formset.meeting_times(),
                )
                if resubmit:  # the changes a coordinator asked for are made
                    services.association_resubmit(association=association, by=request.user)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if resubmit:
                messages.success(request, _("The card was saved and sent for verification again."))
            elif association.is_public:
                messages.success(request, _("The card was saved. The changes are public now."))
            else:
                messages.success(request, _("The card was saved."))
            return redirect("manage:card", association.slug)
    return render(
        request,
        "manage/card_form.html",
        {
            "association": association,
            "form": form,
            "formset": formset,
            "current_logo": association.logo,
            "has_errors": bool(form.errors or formset.total_error_count()),
        },
    )


@login_required
@require_POST
def card_confirm(request, slug):
    """The staff say the card is up to date as it is ("The card is up to date")."""
    association = get_association_for(request, slug, need=Capability.EDIT)
    services.association_confirm_current(association=association, user=request.user)
    messages.success(request, _("Thank you! The card is marked as up to date."))
    return redirect("manage:card", association.slug)


@login_required
@require_http_methods(["GET", "POST"])
def association_create(request):
    form = AssociationCreateForm(request.POST or None)
    similar = []
    if request.method == "POST" and form.is_valid():
        fields = {
            name: value
            for name, value in form.cleaned_data.items()
            if name != "different_association"
        }
        similar = services.association_find_similar(
            name=fields["name"], business_id=fields["business_id"]
        )
        if similar and not form.cleaned_data["different_association"]:
            form.show_confirmation()
        else:
            try:
                association = services.association_create_by(user=request.user, fields=fields)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "The card of %(name)s was created. A coordinator checks it before it "
                        "is public. Meanwhile, fill in the rest of the card."
                    )
                    % {"name": association.name},
                )
                return redirect("manage:card", association.slug)
    return render(request, "manage/association_create.html", {"form": form, "similar": similar})


@login_required
@require_POST
def ask_access(request, slug):
    association = get_association_for(request, slug, need=Capability.SEE)
    asked = services.association_ask_access(user=request.user, association=association)
    if asked:
        messages.success(
            request,
            _(
                "We asked the people who look after %(name)s to give you access. They answer "
                "you by email."
            )
            % {"name": association.name},
        )
    else:
        messages.warning(
            request,
            _(
                "Nobody looks after %(name)s on the portal yet. Please write to the "
                "association: %(email)s"
            )
            % {"name": association.name, "email": association.contact_email},
        )
    return redirect("manage:home")
