"""Synthetic data for load tests: `manage.py generate_bench_data --associations 20000
--opportunities 100000`: cards, opportunities, people with sign-ups, offerings, and the bench's
log-in accounts (a person, the owner of a card, a regional coordinator).

Available only with BENCH=1 (bench/run.py sets it), which adds the `bench` app.

The cards look like real Finnish (and, in Swedish-speaking municipalities, Swedish) association
cards, spread over every municipality (words: bench/vocabulary.py). They are written with bulk
inserts, and their search vectors are computed in one UPDATE, so 20 000 cards take seconds, not
minutes. Their derived fields come from the services' own functions (bench/generator.py).

Generated cards are marked by a slug starting with `bench-` and a contact address at
`bench.example.invalid`; `--clear` deletes only those.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from bench.generator import (
    EMAIL_DOMAIN,
    SLUG_PREFIX,
    Phases,
    bench_associations,
    delete_generated,
    generate,
)


class Command(BaseCommand):
    help = (
        "Generate realistic synthetic association cards for load tests "
        f"(marked with the slug prefix {SLUG_PREFIX!r} and the domain {EMAIL_DOMAIN})."
    )

    def add_arguments(self, parser):
        parser.add_argument("--associations", type=int, default=20000, help="How many cards.")
        parser.add_argument(
            "--opportunities",
            type=int,
            default=100000,
            help="How many opportunities, with people and sign-ups (default 100000).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--clear", action="store_true", help="Delete earlier generated cards first."
        )

    def handle(self, *args, associations, opportunities, seed, clear: bool, **options):
        if associations < 0 or opportunities < 0:
            raise CommandError("--associations and --opportunities must be zero or more.")
        started = time.monotonic()
        phase = Phases(self.stdout if options["verbosity"] >= 2 else None)
        if clear:
            self.stdout.write(f"Deleted {delete_generated()} earlier generated cards.")
            phase.done("clear")
        ids = generate(
            associations=associations, opportunities=opportunities, seed=seed, phase=phase
        )
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {len(ids)} association cards and {opportunities if ids else 0} "
                f"opportunities in {elapsed:.1f} s "
                f"({bench_associations().count()} generated cards in the database)."
            )
        )
        phase.summary()
