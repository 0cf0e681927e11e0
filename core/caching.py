"""Short-lived caching of public pages for visitors without cookies."""

from functools import wraps

from django.conf import settings
from django.views.decorators.cache import cache_page


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
        return cache_page(seconds, key_prefix="public-page")(view)(request, *args, **kwargs)

    return wrapped
