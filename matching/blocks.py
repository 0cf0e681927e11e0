"""The block of a person's best few suggestions (home page, /me/), kept rendered per person.

A logged-in home page is a shared part plus personal parts (core/caching.py); ranking and
rendering the block for every request would cost more than the rest of the page. So the block's
HTML is kept per person and language with two versions: the public content version (any change
to an opportunity or a sign-up) and the person's own version, raised when their profile or what
they look for changes (`wishes_changed`, connected in apps.py). One round trip to the cache reads
the entry and both versions.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from core.caching import VERSION_KEY, bump_version, content_version, version

from . import suggestions

BLOCK_TEMPLATE = "matching/_suggestions_block_body.html"


def wishes_changed(user_pk) -> None:
    """The person's profile or preferences changed: their kept block and ranking are stale once
    this commits."""
    transaction.on_commit(lambda: bump_version(suggestions.wishes_version_key(user_pk)))


def on_wishes_saved(sender, instance, **kwargs) -> None:
    """post_save of a profile or preferences."""
    wishes_changed(instance.user_id)


def on_wishes_relinked(sender, instance, action, reverse, **kwargs) -> None:
    """m2m_changed of the topics or languages of preferences."""
    if action.startswith("post_") and not reverse:
        wishes_changed(instance.user_id)


def block_context(user, limit: int = suggestions.BLOCK_LIMIT) -> dict:
    """The person's best few suggestions and whether they have told what they look for."""
    wishes = suggestions.Wishes.of(user)
    return {
        "suggestions": suggestions.suggest(wishes, user=user, limit=limit),
        "wishes": wishes,
    }


def render_block(context, user) -> str:
    """The block's HTML for `user`, rendered in `context` (a template Context), kept while
    neither public content nor the person's wishes change (SUGGESTION_CACHE_SECONDS)."""
    template = context.template.engine.get_template(BLOCK_TEMPLATE)

    def render() -> str:
        with context.push(block=block_context(user)):
            return template.render(context)

    seconds = settings.SUGGESTION_CACHE_SECONDS
    if not seconds:
        return render()
    person_key = suggestions.wishes_version_key(user.pk)
    key = f"matching-block:{user.pk}:{get_language()}"
    found = cache.get_many([VERSION_KEY, person_key, key])
    versions = (
        found.get(VERSION_KEY) or content_version(),
        found.get(person_key) or version(person_key),
        timezone.localdate(),
    )
    if key in found and found[key][0] == versions:
        return found[key][1]
    html = render()
    cache.set(key, (versions, html), seconds)
    return html
