"""Demo accounts for trying the portal out. Product content, not test fixtures."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

DEMO_PASSWORD = "demo-salasana-2026"

# (email, first name, last name, role description, superuser)
DEMO_ACCOUNTS = [
    ("koordinaattori@example.fi", "Kaisa", "Koordinaattori", "coordinator and site admin", True),
    ("yhdistys@example.fi", "Yrjö", "Yhdistysaktiivi", "association staff", False),
    ("nuori@example.fi", "Noora", "Nuori", "young user", False),
]


def create_demo_accounts() -> list[tuple[str, str]]:
    """Create the demo accounts with verified email addresses; an existing account is left as it is."""
    User = get_user_model()
    created = []
    for email, first_name, last_name, role, superuser in DEMO_ACCOUNTS:
        user, was_created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "is_staff": superuser,
                "is_superuser": superuser,
                "language": "fi",
            },
        )
        if was_created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        created.append((email, role))
    return created
