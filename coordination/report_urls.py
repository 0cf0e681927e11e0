"""The public "report this" pages, mounted at /report/ in every language."""

from django.urls import path

from . import report_views

app_name = "reports"

urlpatterns = [
    path("association/<slug:slug>/", report_views.report_association, name="association"),
    path(
        "association/<slug:slug>/sent/",
        report_views.report_association_sent,
        name="association-sent",
    ),
    path("opportunity/<slug:slug>/", report_views.report_opportunity, name="opportunity"),
    path(
        "opportunity/<slug:slug>/sent/",
        report_views.report_opportunity_sent,
        name="opportunity-sent",
    ),
]
