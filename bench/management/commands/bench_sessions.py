"""Log the bench's accounts in and print what bench/run.py needs, as one JSON line.

Available only with BENCH=1. Each session is created directly in the session store, as
`django.test.Client.force_login` does, so no password is needed. The output:
{"cookie": "sessionid", "sessions": {"person": "<key>", ...}, "card": "<slug>",
"opportunity": "<slug>", "staff_card": "<slug>", "staff_opportunity": "<slug>"}
"""

import json

from django.core.management.base import BaseCommand

from bench.sessions import bench_targets, log_in_bench_users


class Command(BaseCommand):
    help = "Create sessions for the bench's log-in accounts and print them with the pages' slugs."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps({**log_in_bench_users(), **bench_targets()}))
