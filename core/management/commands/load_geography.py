from django.core.management.base import BaseCommand

from core.geography import load_geography
from core.models import Municipality, Region


class Command(BaseCommand):
    help = (
        "Create or update Finland's regions and municipalities from the bundled CSV (idempotent)."
    )

    def handle(self, *args, **options):
        count = load_geography(Region, Municipality)
        self.stdout.write(f"{count} municipalities in {Region.objects.count()} regions.")
