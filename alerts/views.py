from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .forms import AlertForm, FrequencyForm
from .permissions import get_own_alert_for


@login_required
@require_GET
def alert_list(request):
    alerts = list(selectors.alerts_of(request.user))
    for alert in alerts:
        alert.listing_url = selectors.listing_url(alert.query)
        alert.frequency_form = FrequencyForm(alert=alert)
    return render(
        request,
        "alerts/alert_list.html",
        {"alerts": alerts, "max_alerts": services.MAX_ALERTS},
    )


@login_required
@require_POST
def alert_create(request):
    form = AlertForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how often you want the emails."))
        return redirect(selectors.listing_url(form.data.get("query", "")))
    query = form.cleaned_data["query"]
    try:
        services.alert_create(
            user=request.user, query=query, frequency=form.cleaned_data["frequency"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        if error.code == "invalid":
            # The listing itself shows what is wrong with its filters.
            return redirect(selectors.listing_url(query))
        return redirect("alerts:list")
    messages.success(
        request, _("The alert was saved. New opportunities that match it will come by email.")
    )
    return redirect("alerts:list")


@login_required
@require_POST
def alert_change_frequency(request, pk):
    alert = get_own_alert_for(request, pk)
    form = FrequencyForm(request.POST, alert=alert)
    if form.is_valid():
        services.alert_change_frequency(alert=alert, frequency=form.cleaned_data["frequency"])
        messages.success(request, _("How often the alert emails was changed."))
    else:
        messages.error(request, _("Choose how often you want the emails."))
    return redirect("alerts:list")


@login_required
@require_POST
def alert_delete(request, pk):
    services.alert_delete(alert=get_own_alert_for(request, pk))
    messages.success(request, _("The alert was deleted. You will get no more emails for it."))
    return redirect("alerts:list")


# The link in every alert email: no log-in, the token is the key. GET asks to confirm, so that
# a mail server that opens links to scan them does not unsubscribe anyone; POST unsubscribes,
# from the page's button or straight from a mail program ("List-Unsubscribe=One-Click", RFC
# 8058), which has no form token: safe to exempt, as the token authenticates the request and
# unsubscribing twice does no harm.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    if request.method == "POST":
        if not services.alert_unsubscribe(token=token):
            return _alert_gone(request)
        return render(request, "alerts/unsubscribed.html")
    alert = selectors.alert_by_token(token)
    if alert is None:
        return _alert_gone(request)
    return render(request, "alerts/unsubscribe.html", {"alert": alert})


def _alert_gone(request):
    return render(request, "alerts/unsubscribe_gone.html", status=404)
