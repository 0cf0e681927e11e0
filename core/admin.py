from django.contrib import admin
from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin

from .audit import AuditEntry
from .models import Municipality, Region


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    """The admin with a History page for each row (core/history.py), to read only: going back
    to an old version would skip the services (the search index, the evening flags)."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name_fi", "name_sv", "slug"]
    search_fields = ["name_fi", "name_sv"]

    def get_readonly_fields(self, request, obj=None):
        # Addresses and the listings' stored facet keys name regions by slug.
        return ["slug"] if obj else []


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name_fi", "name_sv", "region"]
    list_filter = ["region"]
    search_fields = ["name_fi", "name_sv"]

    def get_readonly_fields(self, request, obj=None):
        # Addresses and the listings' stored facet keys name municipalities and their region.
        return ["slug", "region"] if obj else []


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log, to read only: no entry is added, changed or deleted here."""

    list_display = ["created_at", "actor_name", "action", "target_repr"]
    list_filter = ["action", "regions"]
    search_fields = ["actor_name", "target_repr", "reason"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
