from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import profile_of
from associations.permissions import Capability
from core.caching import SharedPart, public_page, render_shared

from . import calendar, selectors, services, structured_data
from .forms import SignUpForm
from .models import SignUp
from .permissions import get_opportunity_for, get_own_signup_for, opportunity_is_public
from .rules import (
    AGE_CODES,
    ALREADY_SIGNED_UP,
    GUARDIAN_NOTICE,
    needs_guardian,
    own_age,
    signup_refusal,
)


@public_page
@require_GET
def opportunity_list(request):
    # "Suitable for my age" is offered to those with a birth year, and counts for them alone.
    has_age = own_age(request.user) is not None

    def build():
        filterset, page = selectors.browse_opportunities(
            request.GET, request=request, page_number=request.GET.get("page")
        )
        query = request.GET.copy()
        query.pop("page", None)
        if not has_age:
            del filterset.form.fields["for_me"]
        return SharedPart(
            {
                "filter": filterset,
                "page_obj": page,
                "opportunities": page.object_list,
                "query_without_page": query.urlencode(),
            },
            shareable=not (has_age and filterset.chosen.get("for_me")),
        )

    return render_shared(request, "volunteering/opportunity_list.html", build, variant=(has_age,))


@public_page
@require_GET
def opportunity_detail(request, slug):
    def build():
        opportunity = get_opportunity_for(
            request, slug, need=Capability.SEE, queryset=selectors.page_queryset()
        )
        is_open = services.opportunity_is_open(opportunity)
        places_left = opportunity.places_left
        return SharedPart(
            {
                "opportunity": opportunity,
                "is_open": is_open,
                "places_left": places_left,
                "has_calendar": calendar.has_calendar(opportunity),
                "structured_data": structured_data.opportunity_data(
                    opportunity, absolute_url=request.build_absolute_uri
                ),
            },
            personal={
                "signup_action": {
                    "pk": opportunity.pk,
                    "slug": opportunity.slug,
                    "is_open": is_open,
                    "waiting_list": places_left == 0,
                }
            },
            # Staff see their drafts: only a public opportunity looks the same to everyone.
            shareable=opportunity_is_public(opportunity),
        )

    return render_shared(
        request, "volunteering/opportunity_detail.html", build, personal=_own_signup
    )


def _own_signup(request, values) -> dict:
    return {"signup": selectors.signup_of(request.user, values["signup_action"]["pk"])}


@require_GET
def opportunity_calendar(request, slug):
    opportunity = get_opportunity_for(
        request, slug, need=Capability.SEE, queryset=selectors.page_queryset()
    )
    if not calendar.has_calendar(opportunity):
        raise Http404
    ics = calendar.opportunity_calendar(
        opportunity,
        url=request.build_absolute_uri(opportunity.get_absolute_url()),
        domain=request.get_host().split(":")[0],
    )
    response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{opportunity.slug}.ics"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def signup_create(request, slug):
    opportunity = get_opportunity_for(
        request, slug, need=Capability.SEE, queryset=selectors.page_queryset()
    )
    profile = profile_of(request.user)
    # The page explains the rules; the service enforces the same rules again.
    refusal = signup_refusal(
        opportunity,
        is_open=services.opportunity_is_open(opportunity),
        birth_year=profile.birth_year,
        existing_signup=selectors.signup_of(request.user, opportunity),
    )
    if refusal is not None and refusal.code == ALREADY_SIGNED_UP:
        messages.info(request, refusal.message)
        return redirect("portal:my-page")
    if refusal is not None:
        return render(
            request,
            "volunteering/signup_not_possible.html",
            {"opportunity": opportunity, "reason": refusal.message},
        )
    form = SignUpForm(
        request.POST or None,
        user=request.user,
        profile=profile,
        association_name=opportunity.association.name,
    )
    if request.method == "POST" and form.is_valid():
        try:
            signup = services.signup_create(
                user=request.user, opportunity=opportunity, **form.signup_data()
            )
        except ValidationError as error:
            field = (
                "birth_year" if error.code in AGE_CODES and "birth_year" in form.fields else None
            )
            form.add_error(field, error)
        else:
            for level, text in _signed_up_messages(signup):
                messages.add_message(request, level, text)
            return redirect("portal:my-page")
    return render(
        request,
        "volunteering/signup_form.html",
        {
            "opportunity": opportunity,
            "form": form,
            "profile": profile,
            "needs_guardian": needs_guardian(profile.birth_year),
        },
    )


def _signed_up_messages(signup):
    if signup.status == SignUp.Status.WAITLISTED:
        yield (
            messages.WARNING,
            _(
                "All places are taken, so you are on the waiting list. If a place becomes "
                "free, it goes to the first in line, and you will get an email."
            ),
        )
    else:
        yield (
            messages.SUCCESS,
            _("You have signed up. A confirmation is on its way to your email."),
        )
    if needs_guardian(signup.birth_year):
        yield messages.WARNING, GUARDIAN_NOTICE


@login_required
@require_POST
def signup_withdraw(request, pk):
    signup = get_own_signup_for(request, pk)
    try:
        services.signup_withdraw(signup=signup)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("You withdrew from %(title)s.") % {"title": signup.opportunity.title}
        )
    return redirect("portal:my-page")
