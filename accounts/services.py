from django.core.exceptions import ValidationError
from django.db import transaction

from core import personal_data

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


def account_deletion_refusals(*, user: User) -> list[str]:
    """Why the account cannot be deleted yet, each saying what to do first (the apps say it:
    the only owner of an association's card, for one)."""
    return personal_data.refusals_for(user)


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Delete the person's account and everything personal the portal keeps on them.

    Every app erases its own part first (core/personal_data.py): open sign-ups are withdrawn
    and the associations told, the sign-ups kept without the person for the counts, and so on;
    then the account goes, and with it the rows that cascade (profile, email addresses, roles).
    Refused, with nothing changed, while an app has a reason (`account_deletion_refusals`)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    refusals = account_deletion_refusals(user=user)
    if refusals:
        raise ValidationError(refusals, code="refused")
    personal_data.erase_for(user)
    user.delete()
