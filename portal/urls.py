from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from associations import urls as associations_urls
from volunteering import urls as volunteering_urls

from . import views
from .sitemaps import SITEMAPS

page_patterns = [
    path("", views.home, name="home"),
    path("regions/", views.region_list, name="region-list"),
    path("regions/<slug:region_slug>/", views.region_detail, name="region-detail"),
    path(
        "regions/<slug:region_slug>/<slug:municipality_slug>/",
        views.municipality_detail,
        name="municipality-detail",
    ),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("privacy/", views.privacy_notice, name="privacy"),
    path("me/", views.my_page, name="my-page"),
]

# The workspace of association staff: one namespace, composed of each app's pages.
manage_patterns = [
    path("", views.manage_home, name="home"),
    *associations_urls.manage_patterns,
    *volunteering_urls.manage_patterns,
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS}, name="sitemap-index"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

urlpatterns += i18n_patterns(
    path("", include((page_patterns, "portal"))),
    path("associations/", include("associations.urls")),
    path("", include((volunteering_urls.site_patterns, "volunteering"))),
    path("me/", include("matching.urls")),
    path("", include("alerts.urls")),
    path("shortlist/", include("shortlists.urls")),
    path("me/", include("accounts.urls")),
    path("manage/", include((manage_patterns, "manage"))),
    path("coordinate/", include("coordination.urls")),
    path("report/", include("coordination.report_urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

# Error pages in the portal's layout and the visitor's language; the 500 page without the database.
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
