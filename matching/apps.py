from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """What a person is looking for, and the opportunities that fit it: beside coordination on
    the top floor of the apps."""

    name = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from core import personal_data

        from .selectors import preferences_export

        # The row goes with the account (a foreign key that cascades): nothing else to erase.
        personal_data.register("preferences", export=preferences_export, erase=None)
