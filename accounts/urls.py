from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.my_page, name="my-page"),
    path("profile/", views.profile_edit, name="profile"),
]
