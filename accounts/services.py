from django.db import transaction

from .models import Profile, User


def user_set_preferred_name(*, user: User, preferred_name: str) -> User:
    """Save what the person wants to be called; the associations they contact see it."""
    user.preferred_name = " ".join(preferred_name.split())
    user.clean_fields(exclude=[f.name for f in User._meta.fields if f.name != "preferred_name"])
    user.save(update_fields=["preferred_name"])
    return user


@transaction.atomic
def profile_update(*, user, preferred_name: str | None = None, **fields) -> Profile:
    """Save what the person told about themselves: birth year, municipality, phone, interests,
    and (when given) what they want to be called."""
    if preferred_name is not None:
        user_set_preferred_name(user=user, preferred_name=preferred_name)
    profile, _created = Profile.objects.get_or_create(user=user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    return profile
