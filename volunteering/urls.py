from django.urls import include, path

from . import feeds, history_views, manage_views, record_views, signup_manage_views, views

app_name = "volunteering"

urlpatterns = [
    path("", views.opportunity_list, name="list"),
    path("feed/atom/", feeds.OpportunityAtomFeed(), name="feed-atom"),
    path("feed/rss/", feeds.OpportunityRssFeed(), name="feed-rss"),
    path("signups/<int:pk>/withdraw/", views.signup_withdraw, name="signup-withdraw"),
    path("<slug:slug>/", views.opportunity_detail, name="detail"),
    path("<slug:slug>/calendar.ics", views.opportunity_calendar, name="calendar"),
    path("<slug:slug>/sign-up/", views.signup_create, name="signup-create"),
]

# Opportunities and sign-ups in the association's workspace, in the project's "manage" namespace.
OPPORTUNITY = "<slug:slug>/opportunities/<slug:opportunity_slug>/"
manage_patterns = [
    path("<slug:slug>/opportunities/", manage_views.opportunity_list, name="opportunities"),
    path(
        "<slug:slug>/opportunities/new/",
        manage_views.opportunity_create,
        name="opportunity-create",
    ),
    path(OPPORTUNITY + "edit/", manage_views.opportunity_edit, name="opportunity-edit"),
    path(
        OPPORTUNITY + "history/",
        history_views.opportunity_history,
        name="opportunity-history",
    ),
    path(
        OPPORTUNITY + "duplicate/",
        manage_views.opportunity_duplicate,
        name="opportunity-duplicate",
    ),
    path(OPPORTUNITY + "status/", manage_views.opportunity_status, name="opportunity-status"),
    # The people who signed up (signup_manage_views.py).
    path(OPPORTUNITY + "people/", signup_manage_views.signup_list, name="signups"),
    path(OPPORTUNITY + "people/decide/", signup_manage_views.signup_decide, name="signups-decide"),
    path(
        "<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        signup_manage_views.signup_csv,
        name="signups-csv",
    ),
    path(OPPORTUNITY + "message/", signup_manage_views.signup_message, name="signups-message"),
]

# The person's record and certificates (record_views.py), under /me/record/.
record_patterns = [
    path("", record_views.record_page, name="record"),
    path("certificates/", record_views.certificates, name="certificates"),
    path("<int:signup_pk>/certificate/", record_views.certificate, name="certificate"),
    path(
        "<int:signup_pk>/certificate/links/",
        record_views.certificate_link_create,
        name="certificate-link-create",
    ),
    path(
        "links/<int:pk>/revoke/",
        record_views.certificate_link_revoke,
        name="certificate-link-revoke",
    ),
]

# Everything of the app under one "volunteering" namespace, for the project's URLconf: the
# opportunities, the person's record under /me/, and a shared certificate, which needs no log-in.
site_patterns = [
    path("opportunities/", include(urlpatterns)),
    path("me/record/", include(record_patterns)),
    path("certificate/<slug:token>/", record_views.certificate_shared, name="certificate-shared"),
]
