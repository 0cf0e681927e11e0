"""Log the bench's accounts in and print what bench/run.py needs, as one JSON line.

Available only with BENCH=1. Gives the bench's person their preferences first, when a
database generated earlier lacks them (bench/opportunities.py PERSON_PREFERENCES). Each session is created directly in the session store, as
`django.test.Client.force_login` does, so no password is needed. The output:
{"cookie": "sessionid", "sessions": {"person": "<key>", ...}, "card": "<slug>",
"opportunity": "<slug>", "staff_card": "<slug>", "staff_opportunity": "<slug>"}
"""

import json

from django.core.management.base import BaseCommand

from bench.generator import EMAIL_DOMAIN
from bench.opportunities import give_person_preferences
from bench.sessions import bench_targets, log_in_bench_users


class Command(BaseCommand):
    help = "Create sessions for the bench's log-in accounts and print them with the pages' slugs."

    def handle(self, *args, **options):
        # A database generated before the person had preferences gets them now.
        give_person_preferences(EMAIL_DOMAIN)
        self.stdout.write(json.dumps({**log_in_bench_users(), **bench_targets()}))
