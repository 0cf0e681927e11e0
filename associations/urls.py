from django.urls import path

from . import views

app_name = "associations"

urlpatterns = [
    path("", views.association_list, name="list"),
    path("<slug:slug>/", views.association_detail, name="detail"),
    path("<slug:slug>/join/", views.join_request_create, name="join"),
]

# The association's workspace (/manage/<slug>/…), in the project's "manage" namespace.
manage_patterns = []
