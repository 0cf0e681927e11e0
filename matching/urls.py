from django.urls import path

from . import views

app_name = "matching"

urlpatterns = [
    path("preferences/", views.preferences_edit, name="preferences"),
    path("suggestions/", views.suggestion_list, name="suggestions"),
]
