from .models import Profile


def profile_of(user) -> Profile:
    """The person's profile; an empty, unsaved one until they first tell something."""
    return Profile.objects.filter(user=user).select_related("home_municipality").first() or Profile(
        user=user
    )
