"""The association's staff answer the people who signed up for an opportunity: the list, the
decisions (one or many at once), the CSV export and messages to everyone in a group."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.spreadsheets import spreadsheet_csv

from . import selectors, services
from .forms import DecisionForm, MessageForm
from .models import SignUp
from .permissions import get_managed_opportunity


def _people_page(request, opportunity, form, *, status=200):
    signups = list(selectors.opportunity_signups(opportunity))
    context = {
        "association": opportunity.association,
        "opportunity": opportunity,
        "signups": signups,
        "form": form,
        "sent_messages": list(selectors.opportunity_messages(opportunity)),
        "new_ids": {s.pk for s in signups if s.seen_at is None and s.status in SignUp.ACTIVE},
    }
    return render(request, "manage/signup_list.html", context, status=status)


@login_required
@require_GET
def signup_list(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    response = _people_page(request, opportunity, DecisionForm(opportunity=opportunity))
    services.signups_mark_seen(opportunity=opportunity)
    return response


@login_required
@require_POST
def signup_decide(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    form = DecisionForm(request.POST, opportunity=opportunity)
    if form.is_valid():
        data = form.cleaned_data
        try:
            result = services.signups_decide(
                opportunity=opportunity,
                signup_ids=[signup.pk for signup in data["signups"]],
                decision=data["decision"],
                message=data["message"],
                hours_done=data["hours_done"],
                reference=data["reference"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            count = len(result.decided)
            messages.success(
                request,
                ngettext(
                    "Saved, and %(count)s person was told by email.",
                    "Saved, and %(count)s people were told by email.",
                    count,
                )
                % {"count": count},
            )
            if result.promoted:
                names = ", ".join(_name(signup) for signup in result.promoted)
                messages.info(
                    request,
                    _("A place became free and went to the first on the waiting list: %(names)s.")
                    % {"names": names},
                )
            return redirect("manage:signups", slug, opportunity.slug)
    return _people_page(request, opportunity, form)


def _name(signup) -> str:
    return signup.person_label


@login_required
@require_GET
def signup_csv(request, slug, opportunity_slug):
    """Only the shared details, for a spreadsheet."""
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    response, writer = spreadsheet_csv(f"{opportunity.slug}-{timezone.localdate():%Y-%m-%d}.csv")
    writer.writerow(
        [
            _("Name"),
            _("Email"),
            _("State"),
            _("Signed up"),
            _("Birth year"),
            _("Home municipality"),
            _("Phone"),
            _("Message"),
            _("What I am good at and what I would like to learn"),
            _("Hours done"),
            _("Reference"),
            _("Accessibility needs"),
        ]
    )
    for signup in selectors.opportunity_signups(opportunity):
        writer.writerow(
            [
                signup.person_label,
                signup.user.email if signup.user else "",
                signup.status_for_staff,
                formats.date_format(timezone.localtime(signup.created_at), "SHORT_DATE_FORMAT"),
                signup.birth_year,
                signup.home_municipality.name if signup.home_municipality else "",
                signup.phone,
                signup.message,
                signup.interests,
                "" if signup.hours_done is None else formats.number_format(signup.hours_done, 1),
                signup.reference,
                signup.accessibility_needs,  # only when the person agreed to share them
            ]
        )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def signup_message(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(request, slug, opportunity_slug)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = services.opportunity_message_send(
                opportunity=opportunity,
                sender=request.user,
                audience=form.cleaned_data["audience"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                ngettext(
                    "The message was sent to %(count)s person.",
                    "The message was sent to %(count)s people.",
                    sent.recipient_count,
                )
                % {"count": sent.recipient_count},
            )
            return redirect("manage:signups", slug, opportunity.slug)
    context = {"association": opportunity.association, "opportunity": opportunity, "form": form}
    return render(request, "manage/signup_message.html", context)
