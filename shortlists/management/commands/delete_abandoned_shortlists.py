"""Delete short lists that were shared while logged out and that nobody can change any more.

Run it once a day from cron, for example::

    30 3 * * *  cd /srv/yhdistysinfo && .venv/bin/python manage.py delete_abandoned_shortlists

A list made without logging in moves into the database when it is shared, without an owner; it
belongs to the session that made it, so it lasts as long as a session can (SESSION_COOKIE_AGE
after its last change). Its link stops working then even without this command; the command
removes the rows.
"""

from django.core.management.base import BaseCommand

from shortlists.services import shortlists_delete_abandoned


class Command(BaseCommand):
    help = "Delete shared short lists without an owner that no session can reach any more."

    def handle(self, *args, **options):
        count = shortlists_delete_abandoned()
        self.stdout.write(f"Deleted {count} abandoned short list(s).")
