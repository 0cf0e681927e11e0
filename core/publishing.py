"""The status rule that association cards and opportunities share."""

from django.utils import timezone


def set_status(instance, status: str, *, published: str) -> None:
    """Change the status; the first publication stamps `published_at`, which stays after that
    (listings sort by it). Validates and saves."""
    instance.status = status
    if status == published and instance.published_at is None:
        instance.published_at = timezone.now()
    instance.full_clean()
    instance.save(update_fields=["status", "published_at", "updated_at"])


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
