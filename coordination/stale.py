"""Stale cards: published cards not updated for a year (`Association.objects.stale()`).

Coordinators see the stale cards of their regions, and the staff of each get a reminder email
at most every 30 days: from the daily command `send_stale_card_reminders`, or when a coordinator
presses "Send a reminder now". Saving the card, or pressing "The card is up to date" in the card
editor, makes it current again.
"""

import datetime

from django.db import transaction
from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone

from associations.audit import record_decision
from associations.models import Association
from core.audit import AuditAction
from core.emails import send_email

from .models import StaleCardReminder

# The daily run reminds a card's staff again only after this long.
REMIND_AGAIN_AFTER = datetime.timedelta(days=30)


def stale_cards(*, regions=None, now=None):
    """Stale cards (of `regions`, when given), oldest update first, each with `last_reminded_at`."""
    cards = Association.objects.stale(now)
    if regions is not None:
        # Active in one of the regions (the home municipality is always among those).
        active_in = Association.municipalities.through.objects.filter(
            municipality__region__in=regions
        ).values("association_id")
        cards = cards.filter(pk__in=active_in)
    last_reminder = (
        StaleCardReminder.objects.filter(association=OuterRef("pk"))
        .order_by()
        .values("association")
        .annotate(last=Max("sent_at"))
        .values("last")
    )
    return (
        cards.select_related("home_municipality")
        .annotate(last_reminded_at=Subquery(last_reminder))
        .order_by("updated_at", "pk")
    )


def stale_card_recipients(association: Association) -> list[tuple[str, str]]:
    """(email, language) of the card's owners and editors, each in their own language; the
    card's contact address in its contact language when it has no staff."""
    recipients = {}
    for membership in association.memberships.select_related("user").order_by("pk"):
        user = membership.user
        recipients.setdefault(user.email, user.language or association.contact_language)
    if not recipients:
        recipients[association.contact_email] = association.contact_language
    return list(recipients.items())


@transaction.atomic
def stale_card_remind(*, association: Association, user=None, now=None) -> StaleCardReminder:
    """Email the card's staff that the card needs checking, and remember it. `user` is the
    coordinator who asked; None for the daily run."""
    reminder = StaleCardReminder.objects.create(
        association=association, sent_by=user, sent_at=now or timezone.now()
    )
    recipients = stale_card_recipients(association)
    for email, language in recipients:
        send_email(
            to=email,
            language=language,
            template="coordination/email/stale_card",
            context={"association": association},
        )
    record_decision(
        actor=user,
        action=AuditAction.STALE_REMINDER_SENT,
        association=association,
        details={"recipients": len(recipients)},
    )
    return reminder


def stale_cards_due(*, now=None):
    """Stale cards whose staff have not been reminded in the last 30 days."""
    now = now or timezone.now()
    recent = StaleCardReminder.objects.filter(sent_at__gt=now - REMIND_AGAIN_AFTER)
    return stale_cards(now=now).exclude(pk__in=recent.values("association_id"))


def stale_cards_remind_due(*, now=None) -> int:
    """Remind the staff of every card due a reminder; the number of cards."""
    count = 0
    for association in stale_cards_due(now=now):
        # One transaction per card: a failure does not undo the reminders already sent.
        stale_card_remind(association=association, now=now)
        count += 1
    return count
