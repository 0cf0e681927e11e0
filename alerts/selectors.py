"""Reads of a person's alerts."""

from django.urls import reverse

from .models import Alert


def alerts_of(user):
    """The person's own alerts, newest first (one query)."""
    return Alert.objects.of(user).order_by("-created_at", "-pk")


def alert_by_token(token: str) -> Alert | None:
    """The alert an unsubscribe link names; None when it is gone."""
    return Alert.objects.filter(token=token).first()


def listing_url(query: str) -> str:
    """The opportunity listing with these filters (a query string), in the active language."""
    url = reverse("volunteering:list")
    return f"{url}?{query}" if query else url


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
