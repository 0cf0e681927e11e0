"""Sessions for the bench's log-in accounts, and the generated objects whose pages it measures."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

from associations.models import Association, Membership
from volunteering.models import Opportunity

from .generator import EMAIL_DOMAIN, bench_associations
from .opportunities import LOGIN_USERS, bench_opportunities, login_email


def session_for(user) -> str:
    """A new session with `user` logged in (as `Client.force_login`); returns its key."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return store.session_key


def log_in_bench_users() -> dict:
    users = get_user_model().objects.filter(
        email__in=[login_email(role, EMAIL_DOMAIN) for role in LOGIN_USERS]
    )
    by_email = {user.email: user for user in users}
    sessions = {
        role: session_for(by_email[login_email(role, EMAIL_DOMAIN)])
        for role in LOGIN_USERS
        if login_email(role, EMAIL_DOMAIN) in by_email
    }
    return {"cookie": settings.SESSION_COOKIE_NAME, "sessions": sessions}


def bench_targets() -> dict:
    """Slugs of a typical published card and opportunity, and of the staff account's card and
    an opportunity of it with sign-ups."""
    cards = bench_associations().filter(status=Association.Status.PUBLISHED).order_by("pk")
    card = cards[cards.count() // 2] if cards.exists() else None
    current = bench_opportunities(EMAIL_DOMAIN).current().order_by("pk")
    opportunity = current[current.count() // 2] if current.exists() else None
    membership = (
        Membership.objects.filter(user__email=login_email("staff", EMAIL_DOMAIN))
        .select_related("association")
        .first()
    )
    staff_opportunity = None
    if membership is not None:
        staff_opportunity = (
            Opportunity.objects.filter(association=membership.association, signups__isnull=False)
            .order_by("pk")
            .first()
        )
    return {
        "card": card.slug if card else None,
        "opportunity": opportunity.slug if opportunity else None,
        "staff_card": membership.association.slug if membership else None,
        "staff_opportunity": staff_opportunity.slug if staff_opportunity else None,
    }
