"""Reports from the public about association cards and opportunities, for coordinators."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from associations.models import Association
from core.models import Region
from volunteering.models import Opportunity


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Report.Status.OPEN)

    def in_regions(self, regions):
        """Reports about associations located in `regions`: by the home municipality or any
        municipality where the association is active (a semi-join, so each report once)."""
        active_in = Association.municipalities.through.objects.filter(
            municipality__region__in=regions
        ).values("association_id")
        return self.filter(
            Q(association__home_municipality__region__in=regions) | Q(association_id__in=active_in)
        )


class Report(models.Model):
    """Someone (no account needed) tells the coordinators that a card or an opportunity is wrong."""

    class Reason(models.TextChoices):
        WRONG_INFORMATION = "wrong", _("The information is wrong or out of date")
        NOT_REAL = "not_real", _("It is not a real association, or it is a scam")
        INAPPROPRIATE = "inappropriate", _("The content is inappropriate or offensive")
        UNSAFE = "unsafe", _("It is not safe for young people")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("report", "Open")
        RESOLVED = "resolved", pgettext_lazy("report", "Resolved")

    TEXT_MAX_LENGTH = 2000

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("association"),
        help_text=_("For a report about an opportunity, the association that offers it."),
    )
    opportunity = models.ForeignKey(
        "volunteering.Opportunity",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("opportunity"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    text = models.TextField(_("what is wrong"), max_length=TEXT_MAX_LENGTH)
    reporter_email = models.EmailField(
        _("email of the person reporting"),
        blank=True,
        help_text=_("Optional; used only to answer about this report."),
    )
    language = models.CharField(
        _("language"), max_length=5, help_text=_("The language the person used.")
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolution_note = models.TextField(_("what was done"), blank=True, max_length=2000)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        constraints = [
            # A resolved report says when it was resolved and how.
            models.CheckConstraint(
                condition=Q(status="open") | Q(resolved_at__isnull=False) & ~Q(resolution_note=""),
                name="coordination_report_resolved_has_note",
            ),
        ]
        indexes = [
            # The coordinator's list: open (or resolved) reports, newest first.
            models.Index(fields=["status", "-created_at"], name="report_status_created_idx"),
            # The reports about one association, newest first.
            models.Index(fields=["association", "-created_at"], name="report_association_idx"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} – {self.opportunity or self.association}"

    @property
    def subject(self):
        """What was reported: the opportunity, or else the association's card."""
        return self.opportunity or self.association


class FeatureQuerySet(models.QuerySet):
    def public(self):
        """Features whose card or opportunity the public can see right now: a published card,
        or a current opportunity (published, not over) of a published association."""
        return self.filter(
            Q(association__status=Association.Status.PUBLISHED)
            | Q(opportunity__in=Opportunity.objects.current())
        )


class Feature(models.Model):
    """A coordinator picks a card or an opportunity of their region to be shown first on the
    region page (and, the newest of them, on the home page)."""

    region = models.ForeignKey(
        Region, on_delete=models.CASCADE, related_name="features", verbose_name=_("region")
    )
    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="features",
        verbose_name=_("association"),
    )
    opportunity = models.ForeignKey(
        "volunteering.Opportunity",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="features",
        verbose_name=_("opportunity"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("featured by"),
    )
    created_at = models.DateTimeField(_("featured at"), default=timezone.now, editable=False)

    objects = FeatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")
        ordering = ["region", "position", "pk"]
        constraints = [
            # A feature is either a card or an opportunity, never both or neither.
            models.CheckConstraint(
                condition=Q(association__isnull=False, opportunity__isnull=True)
                | Q(association__isnull=True, opportunity__isnull=False),
                name="coordination_feature_one_item",
            ),
            models.UniqueConstraint(
                fields=["region", "association"],
                condition=Q(association__isnull=False),
                name="coordination_feature_association_once",
            ),
            models.UniqueConstraint(
                fields=["region", "opportunity"],
                condition=Q(opportunity__isnull=False),
                name="coordination_feature_opportunity_once",
            ),
        ]
        indexes = [
            # The home page: the newest features of all regions.
            models.Index(fields=["-created_at"], name="feature_created_idx"),
        ]

    def __str__(self):
        return f"{self.region}: {self.item}"

    @property
    def item(self):
        """The featured card or opportunity."""
        return self.association or self.opportunity


class StaleCardReminder(models.Model):
    """A reminder sent to the staff of a card not updated for a year (by the daily command, or
    by a coordinator: `sent_by`)."""

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="stale_reminders",
        verbose_name=_("association"),
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
        help_text=_("Empty when the daily reminder run sent it."),
    )

    class Meta:
        verbose_name = _("reminder about an old card")
        verbose_name_plural = _("reminders about old cards")
        indexes = [
            # The latest reminder of each card (the stale list, the daily run).
            models.Index(fields=["association", "-sent_at"], name="stale_reminder_assoc_idx"),
        ]

    def __str__(self):
        return f"{self.association} – {self.sent_at:%Y-%m-%d}"
