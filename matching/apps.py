from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """What a person is looking for, and the opportunities that fit it: beside coordination on
    the top floor of the apps."""

    name = "matching"
    verbose_name = _("Matching")
