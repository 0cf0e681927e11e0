from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """What a person is looking for, and the opportunities that fit it: beside coordination on
    the top floor of the apps."""

    name = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_save

        from accounts.models import Profile
        from core import personal_data

        from .blocks import on_wishes_relinked, on_wishes_saved
        from .models import Preferences
        from .selectors import preferences_export

        # A person's kept block of suggestions is stale when their profile or wishes change.
        post_save.connect(on_wishes_saved, sender=Profile, dispatch_uid="matching-profile")
        post_save.connect(on_wishes_saved, sender=Preferences, dispatch_uid="matching-wishes")
        for relation in (Preferences.topics.through, Preferences.languages.through):
            m2m_changed.connect(on_wishes_relinked, sender=relation, dispatch_uid=str(relation))

        # The row goes with the account (a foreign key that cascades): nothing else to erase.
        personal_data.register("preferences", export=preferences_export, erase=None)
