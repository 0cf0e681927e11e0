"""Background work, run by the task worker (`manage.py db_worker`)."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

EMAIL_ATTEMPTS = 6


def retry_delay(attempt: int) -> datetime.timedelta:
    """1, 4, 16, 64 and 256 minutes: a mail server that is down for hours still gets the email."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


@task()
def deliver_email(
    *,
    to: str,
    subject: str,
    body: str,
    attempt: int = 1,
    reply_to: str = "",
    headers: dict[str, str] | None = None,
) -> None:
    """Send one email; when sending fails, queue it again later, a few times, then log it as lost.
    Replies go to `reply_to` when given (an association's contact address, for one); `headers`
    are extra headers (an alert's List-Unsubscribe)."""
    try:
        if reply_to or headers:
            EmailMessage(
                subject,
                body,
                settings.DEFAULT_FROM_EMAIL,
                [to],
                reply_to=[reply_to] if reply_to else None,
                headers=headers,
            ).send()
        else:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    except Exception:
        if attempt >= EMAIL_ATTEMPTS:
            logger.exception("Gave up sending the email %r to %s.", subject, to)
            raise
        logger.warning(
            "Sending the email %r to %s failed (attempt %s); trying again later.",
            subject,
            to,
            attempt,
            exc_info=True,
        )
        deliver_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
            to=to,
            subject=subject,
            body=body,
            attempt=attempt + 1,
            reply_to=reply_to,
            headers=headers,
        )
