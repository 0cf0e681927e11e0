"""The account, the profile and the coordinator roles in the person's download
(core/personal_data.py). They go with the account itself: the profile, the email addresses and
the roles cascade, and the entries of the admin's own log about the account are deleted with it
(they name the person)."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from core.personal_data import any_address, moment, register

from .models import Profile, RegionCoordinator, User


def account_export(user) -> dict:
    return {
        "email": user.email,
        "what_we_call_you": user.preferred_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "language": user.language,
        "joined_at": moment(user.date_joined),
        "last_login_at": moment(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in user.emailaddress_set.order_by("pk")
        ],
    }


def account_erase(user) -> None:
    # The admin's log of changes: entries about the account, and those whose label names the
    # person (their profile, a sign-up, a staff role: "name → opportunity").
    names = {name for name in (user.display_name, user.get_full_name()) if len(name) > 2}
    about_the_person = Q(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ) | any_address(user, "object_repr__icontains")
    for name in names:
        about_the_person |= Q(object_repr__icontains=name)
    LogEntry.objects.filter(about_the_person).delete()


def profile_export(user) -> dict | None:
    profile = Profile.objects.filter(user=user).select_related("home_municipality").first()
    if profile is None:
        return None
    return {
        "birth_year": profile.birth_year,
        "home_municipality": profile.home_municipality.name if profile.home_municipality else None,
        "phone": profile.phone,
        "interests": profile.interests,
        "accessibility_needs": profile.accessibility_needs,
        "updated_at": moment(profile.updated_at),
    }


def coordinator_roles_export(user) -> list[dict]:
    roles = RegionCoordinator.objects.filter(user=user).select_related("region")
    return [{"region": role.region.name} for role in roles.order_by("region__name_fi")]


def register_sections() -> None:
    register("account", export=account_export, erase=account_erase)
    register("profile", export=profile_export)
    register("coordinator_roles", export=coordinator_roles_export)
