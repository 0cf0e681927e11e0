from django.urls import path

from . import views

app_name = "alerts"

# Included at the root of the language prefix: the person's alerts are on their own pages under
# /me/, the unsubscribe link of the emails outside them (it needs no log-in).
urlpatterns = [
    path("me/alerts/", views.alert_list, name="list"),
    path("me/alerts/new/", views.alert_create, name="create"),
    path("me/alerts/<int:pk>/frequency/", views.alert_change_frequency, name="change-frequency"),
    path("me/alerts/<int:pk>/delete/", views.alert_delete, name="delete"),
    path("alerts/unsubscribe/<slug:token>/", views.alert_unsubscribe, name="unsubscribe"),
]
