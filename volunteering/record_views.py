"""The person's record (/me/record/), its printable certificates, and the links that show one
certificate to an employer or a school without logging in (/certificate/<token>/)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import record
from .models import SignUp
from .permissions import get_own_certificate_link_for, get_own_signup_for


@login_required
@require_GET
def record_page(request):
    entries = record.record_of(request.user)
    return render(
        request,
        "volunteering/record.html",
        {"entries": entries, "total_hours": record.total_hours(entries)},
    )


def _own_entry(request, signup_pk) -> record.Entry:
    """The person's own completed sign-up; anyone else's, or one not completed, is a 404."""
    return record.entry_of(
        get_own_signup_for(request, signup_pk, queryset=record.completed(SignUp.objects))
    )


@login_required
@require_GET
def certificate(request, signup_pk):
    """One certificate, to print; the owner shares it from here."""
    entry = _own_entry(request, signup_pk)
    links = [
        {
            "link": link,
            "url": request.build_absolute_uri(
                reverse("volunteering:certificate-shared", args=[link.token])
            ),
        }
        for link in record.active_links(entry.signup)
    ]
    return render(
        request,
        "volunteering/certificate.html",
        {
            **_certificate_context(request, [entry]),
            "entry": entry,
            "links": links,
            "max_links": record.MAX_ACTIVE_LINKS,
        },
    )


@login_required
@require_GET
def certificates(request):
    """All the person's completed tasks as one certificate."""
    return render(
        request,
        "volunteering/certificates.html",
        _certificate_context(request, record.record_of(request.user)),
    )


@login_required
@require_POST
def certificate_link_create(request, signup_pk):
    entry = _own_entry(request, signup_pk)
    try:
        record.certificate_link_create(signup=entry.signup)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("A link to this certificate is ready. Copy it from the list and send it on."),
        )
    return redirect(reverse("volunteering:certificate", args=[entry.signup.pk]) + "#share")


@login_required
@require_POST
def certificate_link_revoke(request, pk):
    link = get_own_certificate_link_for(request, pk)
    record.certificate_link_revoke(link=link)
    messages.success(request, _("The link was revoked: it no longer shows the certificate."))
    return redirect(reverse("volunteering:certificate", args=[link.signup_id]) + "#share")


@never_cache
@require_GET
def certificate_shared(request, token):
    """One certificate for whoever has the link: nothing else of the person, never cached or
    indexed, and the link is not passed on to the pages its viewer opens next."""
    entry = record.shared_entry(token)
    if entry is None:
        raise Http404
    response = render(
        request,
        "volunteering/certificate_shared.html",
        {**_certificate_context(request, [entry], shared=True), "entry": entry},
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _certificate_context(request, entries, *, shared=False) -> dict:
    """What every certificate shows: the person's name, the entries, the hours and the date of
    issue. The page is in the request's language; the owner is offered the others, their own
    language (`User.language`) first when it differs."""
    person = entries[0].signup.user if entries else request.user
    current = get_language()
    own_language = "" if shared else getattr(request.user, "language", "")
    other_languages = [
        {"code": code, "name": name, "url": translate_url(request.get_full_path(), code)}
        for code, name in settings.LANGUAGES
        if code != current
    ]
    other_languages.sort(key=lambda language: language["code"] != own_language)
    return {
        "entries": entries,
        "shared": shared,
        "person_name": person.display_name,
        "total_hours": record.total_hours(entries),
        "issued_on": timezone.localdate(),
        "site_url": settings.SITE_URL,
        "other_languages": other_languages,
        "own_language": next(
            (language for language in other_languages if language["code"] == own_language), None
        ),
    }
