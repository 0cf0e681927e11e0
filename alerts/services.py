"""Saved alerts: a listing's filters kept by a person, and the emails of new opportunities that
match them.

Sending (`alerts_send_due`, run once a day by `manage.py send_alerts`):
- An alert is due when it has never sent an email, or its last email went out at least
  DUE_AFTER ago: about a day for daily alerts, about a week for weekly ones. The slack of two
  hours lets a daily job that starts a little earlier than the day before still send.
- It looks for current opportunities that the listing with the alert's filters shows, first
  published after the alert was saved (never older ones) and not yet sent for this alert.
- When there are some, ONE email lists them, newest first (at most EMAIL_LIMIT, with a link to
  the listing for the rest), and every one of them is recorded as sent (`AlertDelivery`) with
  the new `last_sent_at`, in the transaction that queues the email: each opportunity is sent
  once, and a failed run sends nothing twice.
- When there are none, nothing is sent and nothing changes: the alert is looked at again on the
  next run. So the frequency is the most emails a person gets (one a day, one a week), and the
  first new opportunity after a quiet spell arrives with the next run.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.emails import portal_language, send_email
from volunteering.models import Opportunity

from .filters import alert_filterset, filters_summary, normalised_query
from .models import Alert, AlertDelivery
from .selectors import listing_url

# The most alerts one person keeps.
MAX_ALERTS = 20
# The most opportunities one email lists; the rest are a link away.
EMAIL_LIMIT = 20
DUE_AFTER = {
    Alert.Frequency.DAILY: datetime.timedelta(hours=23),
    Alert.Frequency.WEEKLY: datetime.timedelta(days=6, hours=22),
}

INVALID_FILTERS = gettext_lazy("These filters cannot be saved as an alert: correct them first.")
ALREADY_SAVED = gettext_lazy("You already have an alert for these filters.")


def alert_create(*, user, query: str, frequency: str) -> Alert:
    """Save the opportunity listing's filters in `query` (its query string) as the person's alert.

    Raises ValidationError with the code "invalid" (filters the listing does not accept),
    "exists" (the person already has an alert for the same filters, whatever its frequency) or
    "limit" (MAX_ALERTS already)."""
    filterset = alert_filterset(query, user=user)
    if not filterset.is_valid():
        raise ValidationError(INVALID_FILTERS, code="invalid")
    normalised = normalised_query(filterset)
    if len(normalised) > Alert._meta.get_field("query").max_length:
        raise ValidationError(INVALID_FILTERS, code="invalid")
    alerts = Alert.objects.of(user)
    if alerts.filter(query=normalised).exists():
        raise ValidationError(ALREADY_SAVED, code="exists")
    if alerts.count() >= MAX_ALERTS:
        raise ValidationError(
            _("You can keep at most %(count)s alerts. Delete one you no longer need first.")
            % {"count": MAX_ALERTS},
            code="limit",
        )
    alert = Alert(
        user=user,
        query=normalised,
        summary=filters_summary(filterset)[: Alert._meta.get_field("summary").max_length],
        frequency=frequency,
    )
    alert.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            alert.save()
    except IntegrityError:  # the same alert saved at the same moment (a double click)
        raise ValidationError(ALREADY_SAVED, code="exists") from None
    return alert


def alert_change_frequency(*, alert: Alert, frequency: str) -> Alert:
    alert.frequency = frequency
    alert.full_clean()
    alert.save(update_fields=["frequency"])
    return alert


def alert_delete(*, alert: Alert) -> None:
    alert.delete()


def alert_unsubscribe(*, token: str) -> bool:
    """Delete the alert of an unsubscribe link; False when there is none (any more)."""
    deleted, _rows = Alert.objects.filter(token=token).delete()
    return deleted > 0


# Sending


def _due_condition(now) -> Q:
    condition = Q(last_sent_at__isnull=True)
    for frequency, after in DUE_AFTER.items():
        condition |= Q(frequency=frequency, last_sent_at__lte=now - after)
    return condition


def alerts_due(*, now=None):
    """Alerts of active accounts due a look for new opportunities."""
    now = now or timezone.now()
    return Alert.objects.filter(_due_condition(now), user__is_active=True).order_by("pk")


def alert_new_matches(alert: Alert, *, now=None):
    """Current opportunities that match the alert, published after it was saved and not yet
    sent for it, newest first."""
    now = now or timezone.now()
    filterset = alert_filterset(
        alert.query,
        user=alert.user,
        queryset=Opportunity.objects.current(timezone.localdate(now)),
    )
    if not filterset.is_valid():  # an option that is gone since (a removed topic) matches nothing
        return Opportunity.objects.none()
    already_sent = AlertDelivery.objects.filter(alert=alert).values("opportunity_id")
    return (
        filterset.qs.filter(published_at__gte=alert.created_at)
        .exclude(pk__in=already_sent)
        .select_related("association", "municipality")
        .order_by("-published_at", "-pk")
    )


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def alert_send(*, alert: Alert, now=None) -> bool:
    """Email the alert's new matches, once each; False when it had none (or was not due)."""
    now = now or timezone.now()
    with transaction.atomic():
        # Locked: two runs at once send each opportunity once.
        alert = Alert.objects.select_for_update().filter(pk=alert.pk).first()
        if alert is None or not Alert.objects.filter(_due_condition(now), pk=alert.pk).exists():
            return False
        matches = list(alert_new_matches(alert, now=now))
        if not matches:
            return False
        AlertDelivery.objects.bulk_create(
            AlertDelivery(alert=alert, opportunity=opportunity, sent_at=now)
            for opportunity in matches
        )
        alert.last_sent_at = now
        alert.save(update_fields=["last_sent_at"])
        language = portal_language(alert.user.language)
        with translation.override(language):
            filterset = alert_filterset(alert.query, user=alert.user)
            summary = filters_summary(filterset) if filterset.is_valid() else alert.summary
            newest_first = f"{alert.query}&sort=newest" if alert.query else "sort=newest"
            unsubscribe_url = _absolute(reverse("alerts:unsubscribe", args=[alert.token]))
            context = {
                "alert": alert,
                "summary": summary,
                "opportunities": matches[:EMAIL_LIMIT],
                "count": len(matches),
                "more": max(len(matches) - EMAIL_LIMIT, 0),
                "listing_url": _absolute(listing_url(newest_first)),
                "alerts_url": _absolute(reverse("alerts:list")),
                "unsubscribe_url": unsubscribe_url,
            }
        send_email(
            to=alert.user.email,
            language=language,
            template="alerts/email/new_matches",
            context=context,
            # RFC 2369 and RFC 8058: mail programs offer their own one-click unsubscribe button.
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    return True


def alerts_send_due(*, now=None) -> int:
    """Send every due alert's new matches; the number of emails."""
    now = now or timezone.now()
    sent = 0
    for alert in list(alerts_due(now=now).only("pk")):
        # One transaction per alert: a failure does not undo the emails already sent.
        sent += alert_send(alert=alert, now=now)
    return sent
