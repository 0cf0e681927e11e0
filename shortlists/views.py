"""The short list: anyone's, logged in or not (see services.py for where it is kept)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .forms import ItemForm, NotesForm
from .models import ShortList


def _rows(shortlist):
    return selectors.rows_of(services.entries_of(shortlist))


def _is_shared(shortlist) -> bool:
    return isinstance(shortlist, ShortList) and shortlist.share_token is not None


@require_http_methods(["GET", "POST"])
def shortlist_detail(request):
    shortlist = services.current_list(request)
    rows = _rows(shortlist)
    form = NotesForm(
        request.POST if request.method == "POST" else None,
        rows=rows,
        initial={"note": shortlist.note if shortlist is not None else ""},
    )
    if request.method == "POST" and form.is_valid():
        if shortlist is not None:  # logged in, with nothing collected yet: nothing to save
            services.shortlist_save_notes(
                shortlist=shortlist, note=form.cleaned_data["note"], item_notes=form.item_notes()
            )
            messages.success(request, _("The notes were saved."))
        return redirect("shortlists:detail")
    share_url = (
        request.build_absolute_uri(_shared_path(shortlist)) if _is_shared(shortlist) else None
    )
    return render(
        request,
        "shortlists/detail.html",
        {
            "form": form,
            "rows": [(row, form.item_field(row)) for row in rows],
            "share_url": share_url,
            "limit": services.MAX_ITEMS,
            "session_days": services.kept_days(),
        },
    )


def _shared_path(shortlist) -> str:
    return reverse("shortlists:shared", kwargs={"token": shortlist.share_token})


def _on_site(request, target: str) -> str:
    """`target` if it is an address on this site; else ""."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _back(request, form) -> str:
    """Back to the page the button was on, or to the list."""
    return _on_site(request, form.cleaned_data.get("next", "")) or "shortlists:detail"


@never_cache  # it holds a form token
@require_GET
def shortlist_add_confirm(request, kind, pk):
    """The "Add to short list" of a visitor without a session: a page with the button, reached
    by a link, so that the public pages hold no form token for them and are cached whole
    (core/caching.py `public_page`). The button is the usual one (`shortlist_add`)."""
    form = ItemForm({"kind": kind, "pk": pk, "next": request.GET.get("next", "")})
    form.is_valid()  # a broken or foreign `next` is left out: the button then leads to the list
    if form.has_error("kind") or form.has_error("pk") or selectors.addable(kind, pk) is None:
        raise Http404
    next_url = _on_site(request, form.cleaned_data.get("next", ""))
    (row,) = selectors.rows_of([services.Entry(kind, pk)])
    return render(
        request,
        "shortlists/add_confirm.html",
        {
            "row": row,
            "next_url": next_url,
            "back_url": next_url or _page_of(row),
            "session_days": services.kept_days(),
        },
    )


def _page_of(row) -> str:
    if row.kind == "opportunity":
        return row.target.get_absolute_url()
    return f"{row.target.association.get_absolute_url()}#activity-{row.pk}"


@require_POST
def shortlist_add(request):
    form = ItemForm(request.POST)
    if not form.is_valid():
        raise Http404
    kind, pk = form.cleaned_data["kind"], form.cleaned_data["pk"]
    target = selectors.addable(kind, pk)
    if target is None:
        raise Http404
    try:
        added = services.shortlist_add(
            shortlist=services.current_list(request, create=True), kind=kind, target=target
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        if added:
            messages.success(request, _("“%(title)s” is on your short list.") % {"title": target})
        else:
            messages.info(
                request, _("“%(title)s” was on your short list already.") % {"title": target}
            )
    return redirect(_back(request, form))


@require_POST
def shortlist_remove(request):
    form = ItemForm(request.POST)
    if not form.is_valid():
        raise Http404
    removed = services.shortlist_remove(
        shortlist=services.current_list(request),
        kind=form.cleaned_data["kind"],
        pk=form.cleaned_data["pk"],
    )
    if removed:
        messages.success(request, _("The item was removed from your short list."))
    return redirect(_back(request, form))


@require_GET
def shortlist_print(request):
    shortlist = services.current_list(request)
    return render(
        request,
        "shortlists/printable.html",
        {
            "note": shortlist.note if shortlist is not None else "",
            "rows": _rows(shortlist),
            "printing": True,
        },
    )


@require_POST
def shortlist_share(request):
    shortlist = services.current_list(request)
    if shortlist is None:
        messages.error(request, services.NOTHING_TO_SHARE)
        return redirect("shortlists:detail")
    try:
        services.shortlist_share(shortlist=shortlist, session=request.session)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Anyone with the link can now see the list and its notes, until you stop sharing."),
        )
    return redirect("shortlists:detail")


@require_POST
def shortlist_unshare(request):
    shortlist = services.current_list(request)
    if _is_shared(shortlist):
        services.shortlist_unshare(shortlist=shortlist)
        messages.success(request, _("The link no longer works."))
    return redirect("shortlists:detail")


@never_cache  # a stopped link must not live on in a cache on the way
@require_GET
def shared_detail(request, token):
    """A shared list, read-only, for whoever has the link: no log-in, not for search engines,
    and the link not passed on to the pages it links to."""
    shortlist = services.shared_list(token)
    if shortlist is None:
        raise Http404
    response = render(
        request,
        "shortlists/printable.html",
        {"note": shortlist.note, "rows": _rows(shortlist), "shared": True},
    )
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
