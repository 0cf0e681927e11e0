import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core import personal_data

from . import selectors, services
from .forms import AccountDeleteForm, ProfileForm


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
        "accessibility_needs": profile.accessibility_needs,
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile was saved."))
        return redirect("portal:my-page")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
@require_GET
def data_export(request):
    """What the download holds, and the button that downloads it."""
    return render(request, "accounts/data_export.html")


@login_required
@require_GET
def data_download(request):
    """Everything the portal keeps on the person asking, as one JSON file: only their own."""
    data = {
        "exported_at": timezone.now().isoformat(),
        **personal_data.export_for(request.user),
    }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"yhdistysinfo-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """The person deletes their own account after confirming it with their password."""
    user = request.user
    refusals = services.account_deletion_refusals(user=user)
    form = AccountDeleteForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and not refusals and form.is_valid():
        try:
            services.account_delete(user=user)
        except ValidationError as error:
            refusals = error.messages
        else:
            logout(request)
            messages.success(request, _("Your account has been deleted."))
            return redirect("portal:home")
    return render(request, "accounts/account_delete.html", {"form": form, "refusals": refusals})
