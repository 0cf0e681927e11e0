"""Email the people with saved alerts the new opportunities that match them.

Run it once a day from cron, for example::

    30 7 * * *  cd /srv/yhdistysinfo && .venv/bin/python manage.py send_alerts

Daily alerts get at most one email a day and weekly ones at most one a week, each with the
opportunities published since the alert was saved that it has not sent yet, so running the
command again the same day sends nothing new; an alert with nothing new sends nothing. The
emails go through the task queue like all others (`manage.py db_worker`).
"""

from django.core.management.base import BaseCommand

from alerts.services import alerts_send_due


class Command(BaseCommand):
    help = "Email saved alerts' new matching opportunities (daily or weekly, each once)."

    def handle(self, *args, **options):
        count = alerts_send_due()
        self.stdout.write(f"Alert emails sent: {count}.")
