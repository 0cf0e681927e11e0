"""Short-lived caching of public pages for visitors without cookies."""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.views.decorators.cache import cache_page

# Part of every cached page's key: raising it makes every cached public page stale at once.
GENERATION_KEY = "public-page-generation"


def public_pages_changed() -> None:
    """Forget the cached public pages, for a change that shows on many of them at once (the
    featured cards on the home and region pages)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def public_page(view):
    """Serve a public GET page from the cache for up to PUBLIC_PAGE_CACHE_SECONDS.

    Pages read the session (to show the log-in link), so Django varies the cache on the Cookie
    header: visitors without cookies share one copy of each page, and anyone logged in, or with
    a message or a form token waiting, always gets a fresh page of their own. New content shows
    within that many seconds; 0 turns the cache off.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or request.COOKIES:
            return view(request, *args, **kwargs)
        generation = cache.get_or_set(GENERATION_KEY, 1, None)
        key_prefix = f"public-page-{generation}"
        return cache_page(seconds, key_prefix=key_prefix)(view)(request, *args, **kwargs)

    return wrapped
