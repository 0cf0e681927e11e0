"""Emails rendered in the recipient's own language."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def send_email(*, to: str, language: str, template: str, context: dict) -> bool:
    """Render `<template>_subject.txt` and `<template>_body.txt` in `language` and send them.

    A failure is logged, never raised: an email must not undo what the person already did.
    """
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "site_name": settings.SITE_NAME,
            "site_url": settings.SITE_URL,
            "language": language,
            **context,
        }
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    except Exception:
        logger.exception("Sending the email %r to %s failed.", template, to)
        return False
    return True
