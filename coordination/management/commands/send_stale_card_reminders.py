"""Remind the staff of stale cards (published, not updated for a year) to check them.

Run it once a day from cron, for example::

    15 7 * * *  cd /srv/yhdistysinfo && .venv/bin/python manage.py send_stale_card_reminders

Each stale card's owners and editors (or, when it has none, its contact address) get one email,
in their own language, at most every 30 days, so running the command again the same day sends
nothing new. Saving the card or pressing "The card is up to date" in the card editor ends the
reminders. The emails go through the task queue like all others (`manage.py db_worker`).
"""

from django.core.management.base import BaseCommand

from coordination.stale import stale_cards_remind_due


class Command(BaseCommand):
    help = "Email the staff of cards not updated for a year (at most every 30 days per card)."

    def handle(self, *args, **options):
        count = stale_cards_remind_due()
        self.stdout.write(f"Reminders sent about {count} stale card(s).")
