from django import template
from django.conf import settings

from .. import services

register = template.Library()


def _keys(request) -> set[tuple[str, int]]:
    """What is on the list of the person asking, read once a request (a page may have a button
    for each of its activities)."""
    if not hasattr(request, "_shortlist_keys"):
        request._shortlist_keys = {
            entry.key for entry in services.entries_of(services.current_list(request))
        }
    return request._shortlist_keys


@register.simple_tag(takes_context=True)
def on_shortlist(context, kind: str, pk) -> bool:
    """Whether the opportunity or activity is on the short list of the person asking."""
    return (kind, int(pk)) in _keys(context.request)


@register.simple_tag(takes_context=True)
def has_session(context) -> bool:
    """Whether the person asking has a session (logged in, or a visitor who has used one): a
    first-time visitor has nothing on a list, and gets a link instead of a form."""
    request = context.request
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.user.is_authenticated
