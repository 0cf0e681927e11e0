from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from associations.models import Association
from core.geography import load_geography
from core.models import Municipality, Region
from demo import accounts as demo
from demo.associations import create_demo_associations
from demo.opportunities import create_demo_opportunities
from volunteering.models import Opportunity


class Command(BaseCommand):
    help = "Load the demo accounts and content. Safe to run again: existing data is kept."

    @transaction.atomic
    def handle(self, *args, **options):
        load_geography(Region, Municipality)
        accounts = demo.create_demo_accounts()
        self.stdout.write(self.style.SUCCESS(f"Demo accounts (password: {demo.DEMO_PASSWORD}):"))
        for email, role in accounts:
            self.stdout.write(f"  {email:<28} {role}")

        User = get_user_model()
        demo_count = create_demo_associations(
            staff_user=User.objects.get(email="yhdistys@example.fi"),
            coordinator_user=User.objects.get(email="koordinaattori@example.fi"),
        )
        total = Association.objects.count()
        published = Association.objects.published().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Associations: {total} in all, {published} published "
                f"({demo_count} demo associations)."
            )
        )

        create_demo_opportunities()
        self.stdout.write(
            self.style.SUCCESS(
                f"Opportunities: {Opportunity.objects.count()} in all, "
                f"{Opportunity.objects.current().count()} open now."
            )
        )
