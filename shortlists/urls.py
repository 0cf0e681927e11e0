from django.urls import path

from . import views

app_name = "shortlists"

urlpatterns = [
    path("", views.shortlist_detail, name="detail"),
    path("add/", views.shortlist_add, name="add"),
    path("add/<slug:kind>/<int:pk>/", views.shortlist_add_confirm, name="add-confirm"),
    path("remove/", views.shortlist_remove, name="remove"),
    path("print/", views.shortlist_print, name="print"),
    path("share/", views.shortlist_share, name="share"),
    path("unshare/", views.shortlist_unshare, name="unshare"),
    path("shared/<slug:token>/", views.shared_detail, name="shared"),
]
