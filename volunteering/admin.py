from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyHistoryAdmin
from core.publishing import StatusThroughServiceAdminMixin

from . import services
from .models import Opportunity, OpportunityTime, SignUp, Skill


class OpportunityAdminForm(forms.ModelForm):
    benefits = forms.MultipleChoiceField(
        label=_("what you get"),
        choices=Opportunity.Benefit.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    skills = forms.MultipleChoiceField(
        label=_("skills you practise"),
        choices=Skill.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Opportunity
        fields = "__all__"


class OpportunityTimeInline(admin.TabularInline):
    model = OpportunityTime
    extra = 1


@admin.register(Opportunity)
class OpportunityAdmin(StatusThroughServiceAdminMixin, ReadOnlyHistoryAdmin):
    initial_status = Opportunity.Status.DRAFT

    def status_service(opportunity, status):
        services.opportunity_set_status(opportunity=opportunity, status=status)

    form = OpportunityAdminForm
    list_display = ["title", "association", "type", "status", "start_date", "application_deadline"]
    list_filter = ["status", "type", "is_evening", "is_weekend", "is_remote"]
    search_fields = ["title", "association__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["association", "municipality"]
    filter_horizontal = ["categories", "languages"]
    readonly_fields = [
        "is_evening",
        "is_weekend",
        "published_at",
        "created_at",
        "submitted_at",
        "moderation_message_at",
    ]
    inlines = [OpportunityTimeInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.opportunity_refresh_derived_fields(opportunity=form.instance)
        # More places, or a published status again: the people waiting get them first.
        services.signups_fill_free_places(opportunity=form.instance)


@admin.register(SignUp)
class SignUpAdmin(admin.ModelAdmin):
    list_display = ["opportunity", "person", "status", "created_at"]
    list_filter = ["status"]
    list_select_related = ["opportunity", "user"]
    raw_id_fields = ["opportunity", "user"]
    # Stamps the services write: consent is evidence, not something to edit (and a time in the
    # hour the clocks turn back could not be saved again from the form).
    readonly_fields = ["consent_at", "created_at", "decided_at", "seen_at"]

    @admin.display(description=_("person"), ordering="user__email")
    def person(self, signup):
        return signup.person_label  # "Deleted account" once the person has deleted it

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A place an admin frees (a sign-up withdrawn or declined) goes to the first waiting.
        services.signups_fill_free_places(opportunity=obj.opportunity)
