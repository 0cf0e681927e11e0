from django.urls import path

from . import feeds, views

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
manage_patterns = []
