from django.urls import path

from . import audit_views, feature_views, moderation_views, report_views, stale_views, views

app_name = "coordinate"

urlpatterns = [
    path("", views.home, name="home"),
    path("statistics/", views.statistics, name="statistics"),
    path("statistics.csv", views.statistics_csv, name="statistics-csv"),
    path("reports/", report_views.report_list, name="reports"),
    path("reports/<int:pk>/", report_views.report_detail, name="report-detail"),
    path("featured/", feature_views.featured_list, name="featured"),
    path("featured/add/", feature_views.feature_add, name="feature-add"),
    path("featured/<int:pk>/remove/", feature_views.feature_remove, name="feature-remove"),
    path("featured/<int:pk>/move/", feature_views.feature_reorder, name="feature-move"),
    path("stale/", stale_views.stale_list, name="stale"),
    path("stale/<slug:slug>/remind/", stale_views.stale_remind, name="stale-remind"),
    path("log/", audit_views.audit_log, name="audit-log"),
    path("queue/", moderation_views.queue, name="queue"),
    path(
        "associations/<slug:slug>/",
        moderation_views.association_detail,
        name="moderate-association",
    ),
    path(
        "opportunities/<slug:slug>/",
        moderation_views.opportunity_detail,
        name="moderate-opportunity",
    ),
]
