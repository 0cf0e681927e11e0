from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationsConfig(AppConfig):
    name = "associations"
    verbose_name = _("Associations")

    def ready(self):
        from core.caching import watch_public_content

        from . import models
        from .personal_data import register_sections

        register_sections()  # staff roles, join requests, invitations: the person's download
        watch_public_content(
            models.Association,
            models.MeetingTime,
            models.Offering,
            models.Category,
            models.TargetGroup,
            models.ActivityLanguage,
        )
