from django.urls import path

from . import history_views, manage_views, offering_views, staff_views, views

app_name = "associations"

urlpatterns = [
    path("", views.association_list, name="list"),
    path("<slug:slug>/", views.association_detail, name="detail"),
    path("<slug:slug>/join/", views.join_request_create, name="join"),
    path("invitations/<slug:token>/", staff_views.invitation_detail, name="invitation"),
    path(
        "join-requests/<int:pk>/withdraw/",
        staff_views.join_request_withdraw,
        name="join-request-withdraw",
    ),
]

# The association's workspace (/manage/<slug>/…), in the project's "manage" namespace.
manage_patterns = [
    path("new/", manage_views.association_create, name="association-create"),
    path("<slug:slug>/card/", manage_views.card_edit, name="card"),
    path("<slug:slug>/card/up-to-date/", manage_views.card_confirm, name="card-confirm"),
    path("<slug:slug>/history/", history_views.association_history, name="history"),
    path("<slug:slug>/ask-access/", manage_views.ask_access, name="ask-access"),
    path("<slug:slug>/staff/", staff_views.staff, name="staff"),
    path("<slug:slug>/staff/leave/", staff_views.staff_leave, name="staff-leave"),
    path("<slug:slug>/staff/<int:pk>/", staff_views.staff_change, name="staff-change"),
    path(
        "<slug:slug>/invitations/<int:pk>/revoke/",
        staff_views.invitation_revoke,
        name="invitation-revoke",
    ),
    path("<slug:slug>/activities/", offering_views.offering_list, name="offerings"),
    path("<slug:slug>/activities/new/", offering_views.offering_create, name="offering-create"),
    path("<slug:slug>/activities/<int:pk>/", offering_views.offering_edit, name="offering-edit"),
    path(
        "<slug:slug>/activities/<int:pk>/delete/",
        offering_views.offering_delete,
        name="offering-delete",
    ),
    path("<slug:slug>/join-requests/", staff_views.join_requests, name="join-requests"),
    path(
        "<slug:slug>/join-requests/<int:pk>/answer/",
        staff_views.join_request_answer,
        name="join-request-answer",
    ),
]
