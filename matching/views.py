from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.selectors import profile_of

from . import selectors, services, suggestions
from .forms import PreferencesForm


def _initial(user) -> dict:
    """The form as the person last saved it: only ever their own preferences."""
    initial = {"home_municipality": profile_of(user).home_municipality}
    preferences = selectors.preferences_of(user)
    if preferences is not None:
        initial.update(
            travel_range=preferences.travel_range,
            topics=list(preferences.topics.all()),
            kinds=preferences.kinds,
            free_times=preferences.free_times,
            languages=list(preferences.languages.all()),
            skills=preferences.skills,
            own_skills=preferences.own_skills,
        )
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def preferences_edit(request):
    if request.method == "POST":
        form = PreferencesForm(request.POST)
    else:
        form = PreferencesForm(initial=_initial(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.preferences_update(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("What you are looking for was saved."))
            return redirect("portal:my-page")
    return render(request, "matching/preferences_form.html", {"form": form})


@login_required
@require_GET
def suggestion_list(request):
    """The person's own suggestions with the reasons why: only ever for who is asking."""
    wishes = suggestions.Wishes.of(request.user)
    return render(
        request,
        "matching/suggestions.html",
        {
            "suggestions": suggestions.suggest(wishes, user=request.user),
            "wishes": wishes,
        },
    )
