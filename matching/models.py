from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from associations.models import ActivityLanguage, Category


class Preferences(models.Model):
    """What a person is looking for, used only to suggest opportunities to them.

    Private to its owner; every field is optional and the portal works without any of it. The
    home municipality the travel range starts from is on the person's profile.
    """

    class TravelRange(models.TextChoices):
        MUNICIPALITY = "municipality", _("My own municipality")
        REGION = "region", _("My region")
        ANYWHERE = "anywhere", _("Anywhere in Finland")
        REMOTE = "remote", _("Only remote, from home")

    class FreeTime(models.TextChoices):
        WEEKDAY_DAYTIME = "weekday-daytime", _("Weekdays in the daytime")
        EVENINGS = "evenings", _("Evenings after 16:00")
        WEEKENDS = "weekends", _("Weekends")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="preferences",
        verbose_name=_("person"),
    )
    travel_range = models.CharField(
        _("how far I can go"), max_length=12, choices=TravelRange.choices, blank=True
    )
    topics = models.ManyToManyField(
        Category, related_name="+", blank=True, verbose_name=_("topics I am interested in")
    )
    # Values of volunteering.models.Opportunity.Type.
    kinds = models.JSONField(_("kinds of opportunity I want"), default=list, blank=True)
    # Values of FreeTime.
    free_times = models.JSONField(_("when I am free"), default=list, blank=True)
    languages = models.ManyToManyField(
        ActivityLanguage, related_name="+", blank=True, verbose_name=_("languages I speak")
    )
    # Values of volunteering.models.Skill, and the person's own words.
    skills = models.JSONField(_("skills I have or want to learn"), default=list, blank=True)
    own_skills = models.CharField(_("in my own words"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("preferences")
        verbose_name_plural = _("preferences")

    def __str__(self):
        return str(self.user)
