from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShortlistsConfig(AppConfig):
    """Short lists of opportunities and activities, for professionals who guide people: beside
    coordination and matching on the top floor of the apps."""

    name = "shortlists"
    verbose_name = _("Short lists")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from core import personal_data

        from . import services

        personal_data.register("shortlists", export=services.shortlist_export, erase=None)
        # Django's signal, sent by every log-in (allauth's included), with the session still
        # holding what the visitor collected while logged out.
        user_logged_in.connect(services.merge_on_login, dispatch_uid="shortlists-merge-on-login")
