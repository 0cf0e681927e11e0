from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    """The regional coordinators' tools: the top floor of the apps, above volunteering."""

    name = "coordination"
    verbose_name = _("Coordination")

    def ready(self):
        from .personal_data import register_sections

        register_sections()  # reports sent with the person's address, a coordinator's work
