"""Small helpers shared by the volunteering tests."""

import datetime

from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def translated(language: str, message: str, **params) -> str:
    with translation.override(language):
        return gettext(message) % params


def emails_by_recipient() -> dict:
    return {message.to[0]: message for message in mail.outbox}
