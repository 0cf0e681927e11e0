from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("data/", views.data_export, name="data-export"),
    path("data/download/", views.data_download, name="data-download"),
    path("delete/", views.account_delete, name="delete"),
]
