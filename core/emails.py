"""Emails rendered in the recipient's own language and sent by the task queue."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .tasks import deliver_email


def portal_language(language: str | None) -> str:
    """One of the portal's languages: `language` when it is one, otherwise Finnish."""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def current_language() -> str:
    """The language the person is using the portal in, to write to them in it later."""
    return portal_language(translation.get_language())


def render_email(*, language: str, template: str, context: dict) -> tuple[str, str]:
    """`<template>_subject.txt` and `<template>_body.txt`, rendered in `language`."""
    language = portal_language(language)
    with translation.override(language):
        context = {
            "site_name": settings.SITE_NAME,
            "site_url": settings.SITE_URL,
            "language": language,
            **context,
        }
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    return subject, body


def send_email(
    *,
    to: str,
    language: str,
    template: str,
    context: dict,
    reply_to: str = "",
    headers: dict[str, str] | None = None,
) -> None:
    """Queue an email. Call it inside the transaction that makes the email true: with the
    database queue the email is stored with the change and sent after it commits, or not at all.
    Replies go to `reply_to` when given; `headers` are extra headers (List-Unsubscribe).
    """
    subject, body = render_email(language=language, template=template, context=context)
    queue_rendered_email(to=to, subject=subject, body=body, reply_to=reply_to, headers=headers)


def queue_rendered_email(
    *, to: str, subject: str, body: str, reply_to: str = "", headers: dict[str, str] | None = None
) -> None:
    """Queue an email already written in its recipient's language (allauth's, for one)."""
    extra = {"reply_to": reply_to} if reply_to else {}
    if headers:
        extra["headers"] = headers
    deliver_email.enqueue(to=to, subject=subject, body=body, **extra)
