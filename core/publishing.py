"""The status rule that association cards and opportunities share."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def set_status(instance, status: str, *, published: str, pending: str | None = None) -> None:
    """Change the status; the first publication stamps `published_at`, which stays after that
    (listings sort by it), and each time it starts to wait for review (`pending`) stamps
    `submitted_at` (the moderation queue's waiting time). Validates and saves."""
    instance.status = status
    fields = ["status", "published_at", "updated_at"]
    if status == published and instance.published_at is None:
        instance.published_at = timezone.now()
    if pending is not None and status == pending:
        instance.submitted_at = timezone.now()
        fields.append("submitted_at")
    instance.full_clean()
    instance.save(update_fields=fields)


# A coordinator's decisions that need a message to the staff, and what to say when it is missing.
MESSAGE_REQUIRED = {
    "request_changes": _("Tell the staff what to change."),
    "reject": _("Give the reason: the staff read it."),
    "hide": _("Give the reason: the staff read it."),
}


def require_moderation_message(decision: str, message: str) -> str:
    """The coordinator's message, stripped; a ValidationError on "message" when the decision
    needs one and it is empty."""
    message = message.strip()
    if decision in MESSAGE_REQUIRED and not message:
        raise ValidationError({"message": MESSAGE_REQUIRED[decision]}, code="required")
    return message


def set_moderation_message(instance, message: str) -> None:
    """Keep the coordinator's latest message (or clear it) with the time it was given."""
    instance.moderation_message = message
    instance.moderation_message_at = timezone.now() if message else None
    instance.save(update_fields=["moderation_message", "moderation_message_at", "updated_at"])


class StatusThroughServiceAdminMixin:
    """Admin saves a changed status through the app's status service, never directly."""

    status_service = None  # a function(instance, status)
    initial_status = None

    def save_model(self, request, obj, form, change):
        new_status = obj.status
        if "status" in form.changed_data:
            obj.status = form.initial.get("status") or self.initial_status
        super().save_model(request, obj, form, change)
        if new_status != obj.status:
            type(self).status_service(obj, new_status)
