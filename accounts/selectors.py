from .models import Profile


def join_requests_of(user):
    return user.join_requests.select_related("association").order_by("-created_at")


def signups_of(user):
    return user.signups.select_related("opportunity__association").order_by("-created_at")


def profile_of(user) -> Profile:
    """The person's profile; an empty, unsaved one until they first tell something."""
    return Profile.objects.filter(user=user).select_related("home_municipality").first() or Profile(
        user=user
    )
