from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import Offering
from volunteering.models import Opportunity


class ShortList(models.Model):
    """Opportunities and associations' activities someone collected for a person they guide,
    with a note, to print or share as a link.

    One list a person; a list made while logged out lives in the session and moves here when it
    is shared (without an owner, see services.py) or when its maker logs in."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shortlist",
        verbose_name=_("owner"),
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    share_token = models.CharField(
        _("link token"), max_length=64, unique=True, null=True, blank=True, editable=False
    )
    shared_at = models.DateTimeField(_("shared at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("short list")
        verbose_name_plural = _("short lists")

    def __str__(self):
        return str(self.owner or _("short list without an owner"))


class ShortListItem(models.Model):
    """One opportunity or one activity (never both) on a short list."""

    shortlist = models.ForeignKey(
        ShortList, on_delete=models.CASCADE, related_name="items", verbose_name=_("short list")
    )
    opportunity = models.ForeignKey(
        Opportunity,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shortlist_items",
        verbose_name=_("opportunity"),
    )
    offering = models.ForeignKey(
        Offering,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shortlist_items",
        verbose_name=_("activity"),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    added_at = models.DateTimeField(_("added at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("short list item")
        verbose_name_plural = _("short list items")
        ordering = ["added_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opportunity__isnull=False, offering__isnull=True)
                | Q(opportunity__isnull=True, offering__isnull=False),
                name="shortlists_item_one_target",
            ),
            models.UniqueConstraint(
                fields=["shortlist", "opportunity"],
                condition=Q(opportunity__isnull=False),
                name="shortlists_item_unique_opportunity",
            ),
            models.UniqueConstraint(
                fields=["shortlist", "offering"],
                condition=Q(offering__isnull=False),
                name="shortlists_item_unique_offering",
            ),
        ]

    def __str__(self):
        return str(self.opportunity or self.offering)

    @property
    def kind(self) -> str:
        return "opportunity" if self.opportunity_id else "offering"

    @property
    def target_id(self) -> int:
        return self.opportunity_id or self.offering_id
