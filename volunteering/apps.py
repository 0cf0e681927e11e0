from django.apps import AppConfig
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    name = "volunteering"
    verbose_name = _("Opportunities and sign-ups")

    def ready(self):
        from associations.models import Category
        from core import personal_data
        from core.caching import watch_public_content

        from . import models, record
        from .personal_data import register_sections

        # A sign-up changes the places left that public pages show.
        watch_public_content(models.Opportunity, models.OpportunityTime, models.SignUp)
        pre_save.connect(_note_topic_slug, sender=Category, dispatch_uid="opportunity-topic")
        post_save.connect(_refresh_topic_keys, sender=Category, dispatch_uid="opportunity-topic")
        register_sections()  # the person's sign-ups in their download and account deletion
        # The links that show a certificate to others (the sign-ups are another section).
        personal_data.register(
            "certificate_links",
            export=record.certificate_links_export,
            erase=record.certificate_links_erase,
        )


# Opportunities name their topics by slug in their facet keys, and an admin may rename one.


def _note_topic_slug(sender, instance, raw=False, **kwargs):
    stored = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    instance._slug_changed = not raw and stored is not None and stored != instance.slug


def _refresh_topic_keys(sender, instance, **kwargs):
    from .models import Opportunity
    from .services import opportunity_refresh_facet_keys

    if getattr(instance, "_slug_changed", False):
        opportunity_refresh_facet_keys(Opportunity.objects.filter(categories=instance))
