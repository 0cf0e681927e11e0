from django.core.management.base import BaseCommand
from django.db import transaction

from portal import demo
from portal.geography import load_geography
from portal.models import Municipality, Region


class Command(BaseCommand):
    help = "Load the demo accounts and content. Safe to run again: existing data is kept."

    @transaction.atomic
    def handle(self, *args, **options):
        load_geography(Region, Municipality)
        accounts = demo.create_demo_accounts()
        self.stdout.write(self.style.SUCCESS(f"Demo accounts (password: {demo.DEMO_PASSWORD}):"))
        for email, role in accounts:
            self.stdout.write(f"  {email:<28} {role}")
