from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyHistoryAdmin
from core.publishing import StatusThroughServiceAdminMixin

from . import services
from .images import reencode_logo
from .models import (
    ActivityLanguage,
    Association,
    Category,
    JoinRequest,
    MeetingTime,
    Membership,
    Offering,
    TargetGroup,
)


@admin.register(Category, TargetGroup, ActivityLanguage)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name_fi", "name_sv", "name_en", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            # The cards' facet keys name their terms by slug.
            relation = {Category: "categories", TargetGroup: "target_groups"}.get(
                type(obj), "languages"
            )
            services.association_refresh_facet_keys(Association.objects.filter(**{relation: obj}))


class MeetingTimeInline(admin.TabularInline):
    model = MeetingTime
    extra = 1


class OfferingInline(admin.StackedInline):
    model = Offering
    extra = 0


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class AssociationAdminForm(forms.ModelForm):
    class Meta:
        model = Association
        fields = "__all__"

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo is not self.initial.get("logo") and hasattr(logo, "content_type"):
            return reencode_logo(logo)
        return logo


@admin.register(Association)
class AssociationAdmin(StatusThroughServiceAdminMixin, ReadOnlyHistoryAdmin):
    form = AssociationAdminForm
    initial_status = Association.Status.DRAFT

    def status_service(association, status):
        services.association_set_status(association=association, status=status)

    list_display = ["name", "home_municipality", "status", "is_verified", "updated_at"]
    list_filter = ["status", "is_verified", "has_evening_activity", "categories"]
    search_fields = ["name", "business_id", "contact_email"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["categories", "target_groups", "languages", "municipalities"]
    autocomplete_fields = ["home_municipality"]
    readonly_fields = [
        "has_evening_activity",
        "published_at",
        "verified_at",
        "created_at",
        "submitted_at",
        "moderation_message_at",
    ]
    inlines = [MeetingTimeInline, OfferingInline, MembershipInline]
    actions = ["publish", "hide", "verify"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.association_refresh_derived_fields(association=form.instance)

    @admin.action(description=_("Publish the selected associations"))
    def publish(self, request, queryset):
        for association in queryset:
            services.association_set_status(
                association=association, status=Association.Status.PUBLISHED
            )

    @admin.action(description=_("Hide the selected associations"))
    def hide(self, request, queryset):
        for association in queryset:
            services.association_set_status(
                association=association, status=Association.Status.HIDDEN
            )

    @admin.action(description=_("Mark the selected associations verified"))
    def verify(self, request, queryset):
        for association in queryset:
            services.association_set_verified(association=association, verified=True)


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["association", "user", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["association", "user", "handled_by"]
    readonly_fields = ["handled_at"]
