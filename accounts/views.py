from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .forms import ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = selectors.profile_of(request.user)
    initial = {
        "preferred_name": request.user.display_name,
        "birth_year": profile.birth_year,
        "home_municipality": profile.home_municipality,
        "phone": profile.phone,
        "interests": profile.interests,
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile was saved."))
        return redirect("portal:my-page")
    return render(request, "accounts/profile_form.html", {"form": form})
