from django.core.management.base import BaseCommand
from django.db import transaction

from associations.models import Association
from core.geography import load_geography
from core.models import Municipality, Region
from demo import loader
from volunteering.models import Opportunity


class Command(BaseCommand):
    help = (
        "Load the demo accounts and content of demo/data/*.toml. "
        "Safe to run again: existing data is kept."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        load_geography(Region, Municipality)
        loaded = loader.load()

        self.stdout.write(self.style.SUCCESS(f"Demo accounts (password: {loaded.password}):"))
        width = max((len(email) for email, _who in loaded.accounts), default=0)
        for email, who in loaded.accounts:
            self.stdout.write(f"  {email:<{width}}  {who}")
        total = Association.objects.count()
        published = Association.objects.published().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Associations: {total} in all, {published} published "
                f"({loaded.associations} demo associations)."
            )
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Opportunities: {Opportunity.objects.count()} in all, "
                f"{Opportunity.objects.current().count()} open now."
            )
        )
