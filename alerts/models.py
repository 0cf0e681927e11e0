from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteering.models import Opportunity, new_link_token


class AlertQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)


class Alert(models.Model):
    """A saved search of the opportunity listing: new opportunities that match it are emailed to
    its owner daily or weekly, each once (`AlertDelivery`).

    `query` is the listing's query string with only the filters the listing knows, sorted and
    without the page and the order (`alerts.filters.normalised_query`), so that the same search
    is the same alert however its address was written.
    """

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="alerts",
        verbose_name=_("person"),
    )
    query = models.CharField(_("filters"), max_length=1000, blank=True)
    # The filters in words, written in the person's language when the alert was saved.
    summary = models.CharField(_("summary"), max_length=500)
    frequency = models.CharField(
        _("how often"), max_length=6, choices=Frequency.choices, default=Frequency.DAILY
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    # When the last email went out; None until the first one.
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True, editable=False)
    # The one-click unsubscribe link in every email: it needs no log-in.
    token = models.CharField(
        _("unsubscribe token"), max_length=64, unique=True, default=new_link_token, editable=False
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        constraints = [
            models.UniqueConstraint(fields=["user", "query"], name="alerts_alert_one_per_search"),
            models.CheckConstraint(
                condition=Q(frequency__in=["daily", "weekly"]), name="alerts_alert_frequency"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.summary}"


class AlertDelivery(models.Model):
    """An opportunity emailed for an alert: each is sent once per alert."""

    alert = models.ForeignKey(
        Alert, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("alert")
    )
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="+", verbose_name=_("opportunity")
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        constraints = [
            # Also the index of "not yet sent for this alert".
            models.UniqueConstraint(
                fields=["alert", "opportunity"], name="alerts_delivery_once_per_alert"
            ),
        ]

    def __str__(self):
        return f"{self.alert_id} → {self.opportunity_id}"
