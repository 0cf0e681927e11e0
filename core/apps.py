from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared ground floor: regions and municipalities, search, facets, emails, schedules.

    Its label stays "portal", the name it had before the project and the ground floor were
    separated, so that its tables and migrations (and the apps' references to them) stay valid.
    """

    name = "core"
    label = "portal"
    verbose_name = _("Portal and geography")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .caching import watch_public_content
        from .models import Municipality, Region
        from .personal_records import register_sections

        watch_public_content(Region, Municipality)
        register_sections()  # the decision log, the history and the emails: the person's download
