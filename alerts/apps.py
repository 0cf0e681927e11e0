from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Saved searches of the opportunity listing that email new matches: beside coordination
    and matching on the top floor of the apps."""

    name = "alerts"
    verbose_name = _("Alerts")

    def ready(self):
        from core import personal_data

        from .selectors import alerts_export

        # The alerts go with the account (their foreign key cascades): nothing to erase first.
        personal_data.register("alerts", export=alerts_export, erase=None)
