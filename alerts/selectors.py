"""Reads of a person's alerts."""

from django.urls import reverse

from .models import Alert


def alerts_of(user):
    """The person's own alerts, newest first (one query)."""
    return Alert.objects.of(user).order_by("-created_at", "-pk")


def listing_url(alert: Alert) -> str:
    """The opportunity listing with the alert's filters, in the active language."""
    url = reverse("volunteering:list")
    return f"{url}?{alert.query}" if alert.query else url


def alerts_export(user) -> list[dict]:
    """The person's alerts for their own data download (core.personal_data)."""
    return [
        {
            "filters": alert.summary,
            "query": alert.query,
            "frequency": alert.frequency,
            "created": alert.created_at.isoformat(),
            "last_sent": alert.last_sent_at.isoformat() if alert.last_sent_at else None,
        }
        for alert in alerts_of(user)
    ]
