from django.db import transaction

from .models import Profile


@transaction.atomic
def profile_update(*, user, **fields) -> Profile:
    """Save what the person told about themselves: birth year, municipality, phone, interests."""
    profile, _created = Profile.objects.get_or_create(user=user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    return profile
