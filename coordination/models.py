"""Reports from the public about association cards and opportunities, for coordinators."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from associations.models import Association


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
