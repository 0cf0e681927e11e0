"""The audit log: every coordinator and staff decision (who, when, what, why) in one place.

An entry is written by `record`, in the same transaction as the decision it records, and is
never changed or deleted afterwards: saving an existing entry, deleting one or updating or
deleting them through a query set raises `AuditLogImmutable`. The regions an entry concerns
decide which coordinators see it (the apps work them out: `associations.audit.record_decision`).
Snapshots of who acted (`actor_name`) and what was decided on (`target_repr`) keep the entry
readable after the account or the item is gone.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditLogImmutable(Exception):
    """An audit entry, once written, is neither changed nor deleted."""


class AuditAction(models.TextChoices):
    ASSOCIATION_CREATED = "association_created", _("Association card created")
    ASSOCIATION_VERIFIED = "association_verified", _("Association card verified")
    ASSOCIATION_CHANGES_REQUESTED = (
        "association_changes_requested",
        _("Changes requested to an association card"),
    )
    ASSOCIATION_REJECTED = "association_rejected", _("Association card rejected")
    ASSOCIATION_RESUBMITTED = "association_resubmitted", _("Association card sent again")
    ASSOCIATION_HIDDEN = "association_hidden", _("Association card hidden")
    ASSOCIATION_RESTORED = "association_restored", _("Association card restored")
    CARD_CONFIRMED_CURRENT = "card_confirmed_current", _("Card confirmed up to date")
    STALE_REMINDER_SENT = "stale_reminder_sent", _("Reminder about an old card sent")
    OPPORTUNITY_SUBMITTED = "opportunity_submitted", _("Opportunity sent for review")
    OPPORTUNITY_APPROVED = "opportunity_approved", _("Opportunity approved")
    OPPORTUNITY_CHANGES_REQUESTED = (
        "opportunity_changes_requested",
        _("Changes requested to an opportunity"),
    )
    OPPORTUNITY_REJECTED = "opportunity_rejected", _("Opportunity rejected")
    OPPORTUNITY_HIDDEN = "opportunity_hidden", _("Opportunity hidden")
    OPPORTUNITY_RESTORED = "opportunity_restored", _("Opportunity restored")
    OPPORTUNITY_CLOSED = "opportunity_closed", _("Opportunity closed")
    OPPORTUNITY_ARCHIVED = "opportunity_archived", _("Opportunity archived")
    OPPORTUNITY_REOPENED = "opportunity_reopened", _("Opportunity opened again")
    OPPORTUNITY_DRAFTED = "opportunity_drafted", _("Opportunity returned to draft")
    SIGNUP_ACCEPTED = "signup_accepted", _("Sign-up accepted")
    SIGNUP_DECLINED = "signup_declined", _("Sign-up declined")
    SIGNUP_WAITLISTED = "signup_waitlisted", _("Sign-up put on the waiting list")
    SIGNUP_COMPLETED = "signup_completed", _("Sign-up marked as completed")
    JOIN_REQUEST_ACCEPTED = "join_request_accepted", _("Join request accepted")
    JOIN_REQUEST_DECLINED = "join_request_declined", _("Join request declined")
    STAFF_INVITED = "staff_invited", _("Staff member invited")
    INVITATION_REVOKED = "invitation_revoked", _("Invitation revoked")
    INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
    STAFF_ROLE_CHANGED = "staff_role_changed", _("Staff role changed")
    STAFF_REMOVED = "staff_removed", _("Staff member removed")
    STAFF_LEFT = "staff_left", _("Staff member left")
    REPORT_RESOLVED = "report_resolved", _("Report resolved")
    FEATURED = "featured", _("Featured")
    UNFEATURED = "unfeatured", _("No longer featured")


A = AuditAction
# The kinds of action the log page filters by, in the order it offers them.
ACTION_GROUPS: dict[str, tuple[str, list[str]]] = {
    "moderation": (
        _("Moderation"),
        [
            A.ASSOCIATION_VERIFIED,
            A.ASSOCIATION_CHANGES_REQUESTED,
            A.ASSOCIATION_REJECTED,
            A.ASSOCIATION_RESUBMITTED,
            A.ASSOCIATION_HIDDEN,
            A.ASSOCIATION_RESTORED,
            A.OPPORTUNITY_APPROVED,
            A.OPPORTUNITY_CHANGES_REQUESTED,
            A.OPPORTUNITY_REJECTED,
            A.OPPORTUNITY_HIDDEN,
            A.OPPORTUNITY_RESTORED,
            A.REPORT_RESOLVED,
        ],
    ),
    "people": (
        _("Decisions on people"),
        [
            A.SIGNUP_ACCEPTED,
            A.SIGNUP_DECLINED,
            A.SIGNUP_WAITLISTED,
            A.SIGNUP_COMPLETED,
            A.JOIN_REQUEST_ACCEPTED,
            A.JOIN_REQUEST_DECLINED,
        ],
    ),
    "staff": (
        _("Staff and access"),
        [
            A.STAFF_INVITED,
            A.INVITATION_REVOKED,
            A.INVITATION_ACCEPTED,
            A.STAFF_ROLE_CHANGED,
            A.STAFF_REMOVED,
            A.STAFF_LEFT,
        ],
    ),
    "opportunities": (
        _("Opportunities"),
        [
            A.OPPORTUNITY_SUBMITTED,
            A.OPPORTUNITY_CLOSED,
            A.OPPORTUNITY_ARCHIVED,
            A.OPPORTUNITY_REOPENED,
            A.OPPORTUNITY_DRAFTED,
        ],
    ),
    "cards": (
        _("Cards and featuring"),
        [
            A.ASSOCIATION_CREATED,
            A.CARD_CONFIRMED_CURRENT,
            A.STALE_REMINDER_SENT,
            A.FEATURED,
            A.UNFEATURED,
        ],
    ),
}
del A


class AuditEntryQuerySet(models.QuerySet):
    def in_regions(self, regions):
        # A semi-join: an entry concerning several of the regions is listed once.
        return self.filter(
            pk__in=AuditEntry.regions.through.objects.filter(region__in=regions).values(
                "auditentry"
            )
        )

    def update(self, **kwargs):
        raise AuditLogImmutable("Audit entries cannot be changed.")

    def delete(self):
        raise AuditLogImmutable("Audit entries cannot be deleted.")

    delete.queryset_only = True


class AuditEntry(models.Model):
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("who (name then)"), max_length=255, blank=True)
    action = models.CharField(_("what"), max_length=40, choices=AuditAction.choices)
    target_type = models.ForeignKey(
        ContentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kind of item"),
    )
    target_id = models.PositiveBigIntegerField(_("item id"), null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    target_repr = models.CharField(_("item (name then)"), max_length=255, blank=True)
    regions = models.ManyToManyField(
        "portal.Region", related_name="+", blank=True, verbose_name=_("regions")
    )
    reason = models.TextField(_("why"), blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        indexes = [
            # The log page filtered by kind of action, newest first.
            models.Index(fields=["action", "-created_at"], name="audit_action_created_idx"),
            # The decisions on one item (its history in the log).
            models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
        ]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name}: {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditLogImmutable("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogImmutable("Audit entries cannot be deleted.")


def _actor_name(actor) -> str:
    if actor is None:
        return ""
    name = getattr(actor, "display_name", "") or actor.get_username()
    return name[:255]


def record(
    *,
    actor,
    action: str,
    target: models.Model | None,
    regions,
    reason: str = "",
    details: dict | None = None,
    target_repr: str | None = None,
) -> AuditEntry:
    """Write one audit entry: `actor` (a user, or None for the system) decided `action` on
    `target`, which concerns `regions`, for `reason`. Call it inside the decision's transaction.
    `target_repr` replaces `str(target)` as the item's name when that would show personal data."""
    entry = AuditEntry(
        actor=actor if actor is not None and actor.pk else None,
        actor_name=_actor_name(actor),
        action=AuditAction(action),
        reason=reason or "",
        details=details or {},
    )
    if target is not None:
        entry.target_type = ContentType.objects.get_for_model(target)
        entry.target_id = target.pk
        entry.target_repr = (str(target) if target_repr is None else target_repr)[:255]
    elif target_repr:
        entry.target_repr = target_repr[:255]
    entry.save()
    through = AuditEntry.regions.through
    through.objects.bulk_create([through(auditentry=entry, region=region) for region in regions])
    return entry
