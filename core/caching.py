"""Caching of public pages, invalidated at once by every change to public content.

Every cache key holds the public content version (and today's date, for what ends with a day).
Saving, deleting or relinking any model registered with `watch_public_content` raises the
version when its transaction commits, so the next visitor gets pages built from the new data:
nothing stale is served, and no key has to be found and deleted.

Two layers use it:
- `public_page`: whole pages for visitors without cookies (one copy for everyone);
- `render_shared`: for everyone else, the part of a page that is the same for everyone who sees
  it, with the personal parts (the header, messages, one's own sign-up) left as marks that are
  filled per request from small templates (`{% personal %}` in core/templatetags).
"""

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.template.context import make_context
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page

VERSION_KEY = "public-content-version"


def version(key: str) -> int:
    """A version kept in the shared cache under `key`, part of the keys of what depends on it.

    It starts from the clock, so that a version lost from the cache (a full database cache drops
    entries) comes back larger than any used before, never as an old one with stale copies."""
    return cache.get_or_set(key, time.time_ns, None)


def bump_version(key: str) -> None:
    """Raise the version under `key`: whatever was kept with an older one is stale."""
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, time.time_ns(), None)


def content_version() -> int:
    """The public content version, part of every key that caches public content."""
    return version(VERSION_KEY)


def _bump_version() -> None:
    bump_version(VERSION_KEY)


class _PendingBump:
    """Shared by the bumps registered until one of them runs: a transaction that changes many
    rows (loading the demo) raises the version once, not once per row."""

    done = False

    def __call__(self):
        if not self.done:
            self.done = True
            _bump_version()


def public_pages_changed() -> None:
    """Make every cached page and count stale once the current transaction commits (at once
    outside a transaction: a version raised before the commit could be read, with the old rows,
    by a page built in the meantime)."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_pending_public_bump", None)
    if pending is None or pending.done:
        # A bump dropped with a rolled-back transaction stays pending: the next one reuses it.
        pending = connection._pending_public_bump = _PendingBump()
    transaction.on_commit(pending)


def _on_change(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    public_pages_changed()


def _on_relink(sender, action, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        public_pages_changed()


def watch_public_content(*models) -> None:
    """Invalidate cached pages whenever a row of these models (or their many-to-many links) is
    saved or deleted. Updates with `QuerySet.update()` send no signal: call
    `public_pages_changed()` after them."""
    for model in models:
        uid = f"public-content-{model._meta.label}"
        post_save.connect(_on_change, sender=model, dispatch_uid=uid)
        post_delete.connect(_on_change, sender=model, dispatch_uid=uid)
        for many_to_many in model._meta.local_many_to_many:
            m2m_changed.connect(
                _on_relink,
                sender=many_to_many.remote_field.through,
                dispatch_uid=f"{uid}-{many_to_many.name}",
            )


def _digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def cache_key(*parts) -> str:
    """A key for content that depends on `parts`, today and the public content version."""
    return f"public:{content_version()}:{timezone.localdate().isoformat()}:{_digest(*parts)}"


def public_page(view):
    """Serve a public GET page to visitors without cookies from one shared copy.

    Pages read the session (to show the log-in link), so Django varies the cache on the Cookie
    header: visitors without cookies share one copy of each page; anyone logged in, or with a
    message or a form token waiting, gets `render_shared` pages instead. The copy lasts until
    public content changes, at most PUBLIC_PAGE_CACHE_SECONDS; 0 turns the cache off.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or request.COOKIES:
            return view(request, *args, **kwargs)
        key_prefix = cache_key("page")
        return cache_page(seconds, key_prefix=key_prefix)(view)(request, *args, **kwargs)

    return wrapped


# A personal part's place in a shared page, with the values it is rendered with (a part inside a
# loop needs to know its item: " kind=offering pk=12"). Page content cannot forge one: it is escaped.
PERSONAL_MARK = "<!--personal:{}{}-->"
PERSONAL_MARK_RE = re.compile(r"<!--personal:([\w/.\-]+)((?: \w+=[\w\-]+)*)-->")
PERSONAL_VALUE_RE = re.compile(r"[\w\-]+")


def personal_mark(template_name: str, values: dict[str, str]) -> str:
    """The mark of a personal part; its values must be short words (ids, slugs, kinds)."""
    for name, value in values.items():
        if not (name.isidentifier() and PERSONAL_VALUE_RE.fullmatch(value)):
            raise ValueError(f"A personal part's value must be a word: {name}={value!r}")
    return PERSONAL_MARK.format(
        template_name, "".join(f" {name}={value}" for name, value in values.items())
    )


@dataclass
class SharedPart:
    """What `render_shared` needs from a view: the context of the page's shared part, the small
    picklable values its personal parts need (kept with the cached part), and whether the page
    looks the same to everyone (a draft card, shown only to its staff, does not)."""

    context: dict
    personal: dict = field(default_factory=dict)
    shareable: bool = True


def render_shared(
    request,
    template_name: str,
    build: Callable[[], SharedPart],
    *,
    personal: Callable[[object, dict], dict] | None = None,
    variant: tuple = (),
) -> HttpResponse:
    """Render a public page whose costly part is shared by everyone who sees the same thing.

    `build()` queries and checks permissions (it may raise Http404); its part is rendered once
    with the personal parts as marks and kept until public content changes. Each request renders
    only the personal parts, with `personal(request, values)` adding what depends on the person.
    `variant` names whatever else the shared part depends on (the address, the language and
    whether one is logged in are always in the key).
    """
    seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
    if not seconds:
        part = build()
        personal_context = _personal_context(request, part.personal, personal)
        return render(request, template_name, {**part.context, **personal_context})
    key = "shared:" + _digest(
        template_name,
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        get_language(),
        request.user.is_authenticated,
        variant,
        timezone.localdate().isoformat(),
    )
    # The version is kept in the entry rather than in its key, so that one round trip to the
    # cache reads both.
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or content_version()
    if key in found and found[key][0] == version:
        _version, html, values = found[key]
        return HttpResponse(_fill(request, html, _personal_context(request, values, personal)))
    part = build()
    personal_context = _personal_context(request, part.personal, personal)
    if not part.shareable:
        return render(request, template_name, {**part.context, **personal_context})
    html = loader.render_to_string(
        template_name, {**part.context, **part.personal, "shared_render": True}, request
    )
    cache.set(key, (version, html, part.personal), seconds)
    return HttpResponse(_fill(request, html, personal_context))


def _personal_context(request, values: dict, personal) -> dict:
    return {**values, **(personal(request, values) if personal else {})}


def _fill(request, html: str, context: dict) -> str:
    # Each distinct mark once: a part with the same values renders the same.
    marks = {match.group(0): match.groups() for match in PERSONAL_MARK_RE.finditer(html)}
    if not marks:
        return html
    names = dict.fromkeys(name for name, _values in marks.values())
    templates = {name: loader.get_template(name).template for name in names}
    request_context = make_context(context, request)
    parts = {}
    # Bound once, so that the context processors run once for all the parts.
    with request_context.bind_template(next(iter(templates.values()))):
        for mark, (name, values) in marks.items():
            with request_context.push(dict(pair.split("=") for pair in values.split())):
                parts[mark] = templates[name].render(request_context)
    return PERSONAL_MARK_RE.sub(lambda match: parts[match.group(0)], html)
