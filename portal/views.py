import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from accounts.selectors import profile_of
from associations import selectors as association_selectors
from associations.filters import AssociationFilter
from coordination.featuring import featured_in_region, featured_on_home
from core.caching import SharedPart, public_page, render_shared
from core.geography import sorted_by_name
from core.models import Municipality, Region
from matching.selectors import preferences_summary_of
from shortlists.services import kept_days as shortlist_kept_days
from volunteering import selectors as opportunity_selectors

from .selectors import featured_areas_with_counts

logger = logging.getLogger(__name__)


@public_page
@require_GET
def home(request):
    def build():
        return SharedPart(
            {
                "featured_areas": featured_areas_with_counts(),
                "featured": featured_on_home(),
                "newest_associations": association_selectors.newest_associations(limit=6),
                "opportunities": opportunity_selectors.current_opportunities(limit=6),
                "search_form": AssociationFilter().form,
            }
        )

    return render_shared(request, "portal/home.html", build)


@public_page
@require_GET
def region_list(request):
    def build():
        regions = Region.objects.prefetch_related("municipalities")
        return SharedPart(
            {
                "regions": [
                    {
                        "region": region,
                        "municipalities": sorted_by_name(region.municipalities.all()),
                    }
                    for region in sorted_by_name(regions)
                ]
            }
        )

    return render_shared(request, "portal/region_list.html", build)


@public_page
@require_GET
def region_detail(request, region_slug):
    def build():
        region = get_object_or_404(Region, slug=region_slug)
        counts = association_selectors.association_counts_by_municipality(region=region)
        return SharedPart(
            {
                "region": region,
                "featured": featured_in_region(region),
                "municipalities": [
                    {"municipality": municipality, "count": counts.get(municipality.slug, 0)}
                    for municipality in sorted_by_name(region.municipalities.all())
                ],
                "association_count": association_selectors.association_count(region=region),
                "associations": association_selectors.newest_associations(limit=10, region=region),
                "opportunities": opportunity_selectors.current_opportunities(
                    limit=10, region=region
                ),
            }
        )

    return render_shared(request, "portal/region_detail.html", build)


@public_page
@require_GET
def municipality_detail(request, region_slug, municipality_slug):
    def build():
        municipality = get_object_or_404(
            Municipality.objects.select_related("region"),
            region__slug=region_slug,
            slug=municipality_slug,
        )
        return SharedPart(
            {
                "municipality": municipality,
                "region": municipality.region,
                "association_count": association_selectors.association_count(
                    municipality=municipality
                ),
                "associations": association_selectors.newest_associations(
                    limit=10, municipality=municipality
                ),
                "opportunities": opportunity_selectors.current_opportunities(
                    limit=10, municipality=municipality
                ),
            }
        )

    return render_shared(request, "portal/municipality_detail.html", build)


@public_page
@require_GET
def accessibility_statement(request):
    return render(request, "portal/accessibility.html")


@public_page
@require_GET
def privacy_notice(request):
    return render(
        request,
        "portal/privacy.html",
        {"shortlist_days": shortlist_kept_days()},
    )


@require_GET
def robots_txt(request):
    # Personal pages, and the pages only a link leads to (a shared short list or certificate,
    # unsubscribing from an alert), in every language.
    private = ["accounts/", "me/", "shortlist/", "certificate/", "alerts/"]
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{prefix}{path}" for prefix in ("", "sv/", "en/") for path in private),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer.")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_required
@require_GET
def my_page(request):
    """The person's own page: only ever their own data."""
    return render(
        request,
        "portal/my_page.html",
        {
            "signups": opportunity_selectors.signups_of(request.user),
            "join_requests": association_selectors.join_requests_of(request.user),
            "profile": profile_of(request.user),
            "preferences_summary": preferences_summary_of(request.user),
        },
    )


def this_address_in_each_language(request) -> list[dict]:
    """The address asked for, under each language's prefix, for the language switcher of an
    error page: a missing page has no URL pattern to translate, and the 500 page resolves none.
    """
    script_prefix = request.path[: len(request.path) - len(request.path_info)]
    path = request.path_info
    language = get_language_from_path(path)
    if language:
        path = path[len(language) + 1 :] or "/"
    return [
        {
            "code": code,
            "name": name,
            "url": script_prefix + (path if code == settings.LANGUAGE_CODE else f"/{code}{path}"),
        }
        for code, name in settings.LANGUAGES
    ]


@requires_csrf_token
def page_not_found(request, exception):
    return render(
        request,
        "404.html",
        {"page_in_languages": this_address_in_each_language(request)},
        status=404,
    )


@requires_csrf_token
def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    """A form sent without a valid form token (CSRF_FAILURE_VIEW)."""
    return render(
        request, "403_csrf.html", {"no_cookie": reason == REASON_NO_CSRF_COOKIE}, status=403
    )


def server_error(request):
    """The 500 page, written without the database: no session, no user, no context processors
    (the error may well be that the database is down). The page's language is still active."""
    context = {
        "request": request,
        "site_name": settings.SITE_NAME,
        "contact_email": settings.CONTACT_EMAIL,
        "page_in_languages": this_address_in_each_language(request),
    }
    try:
        html = loader.render_to_string("500.html", context)
    except Exception:
        logger.exception("The 500 page could not be rendered.")
        html = "<!DOCTYPE html><title>Server Error (500)</title><h1>Server Error (500)</h1>"
    return HttpResponseServerError(html)


@login_required
@require_GET
def manage_home(request):
    """The workspace's start page: the person's associations and what waits for an answer."""
    associations = list(association_selectors.associations_managed_by(request.user))
    new_signups = opportunity_selectors.new_signup_counts(associations)
    for association in associations:
        association.new_signups = new_signups.get(association.pk, 0)
    invitations = association_selectors.invitations_waiting_for(request.user)
    return render(
        request, "manage/home.html", {"associations": associations, "invitations": invitations}
    )
