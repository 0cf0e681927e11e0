import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core.facets import (
    FacetedFilterSet,
    checkbox_filter,
    municipality_filter,
    region_filter,
    search_filter,
    sort_filter,
)
from core.forms import CheckboxInput, CheckboxSelectMultiple, Select

from .models import ActivityLanguage, Association, Category, Offering, TargetGroup


def category_filter():
    """Topics are the associations' taxonomy; opportunities are filtered by them too."""
    return django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        field_name="categories",
        empty_label=_("All topics"),
        widget=Select,
    )


# Cards with at least one activity or kind of support that is free of charge.
HAS_FREE_OFFERING = Q(Exists(Offering.objects.filter(association=OuterRef("pk"), is_free=True)))


class AssociationFilter(FacetedFilterSet):
    """Browsing published association cards. Every piece of state lives in the query string."""

    class Sort:
        RELEVANCE = "relevance"
        NAME = "name"
        NEWEST = "newest"

    q = search_filter()
    region = region_filter("municipalities__region")
    municipality = municipality_filter("municipalities")
    category = category_filter()
    target_group = django_filters.ModelChoiceFilter(
        label=_("For whom"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        field_name="target_groups",
        empty_label=_("Everyone"),
        widget=Select,
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language of activity"),
        queryset=ActivityLanguage.objects.all(),
        to_field_name="slug",
        field_name="languages",
        empty_label=_("Any language"),
        widget=Select,
    )
    activity = django_filters.MultipleChoiceFilter(
        label=_("Activities and support"),
        choices=Offering.Kind.choices,
        method="filter_activity",
        widget=CheckboxSelectMultiple,
    )
    evening = checkbox_filter(_("Evening activity (after 16:00)"), "has_evening_activity")
    step_free = checkbox_filter(_("Step-free premises"), "step_free_access")
    free_activity = django_filters.BooleanFilter(
        label=_("Free activities"),
        method="filter_free_activity",
        widget=CheckboxInput,
    )
    sort = sort_filter(
        [(Sort.RELEVANCE, _("Best match")), (Sort.NAME, _("Name")), (Sort.NEWEST, _("Newest"))]
    )

    class Meta:
        model = Association
        fields = []

    OPTION_FACETS = {
        "region": "municipalities__region__slug",
        "municipality": "municipalities__slug",
        "category": "categories__slug",
        "target_group": "target_groups__slug",
        "language": "languages__slug",
        "activity": "offerings__kind",
    }
    FLAG_FACETS = {
        "evening": "has_evening_activity",
        "step_free": "step_free_access",
        "free_activity": HAS_FREE_OFFERING,
    }
    # With a region chosen, count only its own municipalities (its cards may be active elsewhere).
    SCOPED_FACETS = {"municipality": ("region", "municipalities__region__slug")}

    def filter_activity(self, queryset, name, kinds):
        """Cards that offer any of the chosen kinds."""
        offering = Offering.objects.filter(kind__in=kinds)
        return queryset.filter(pk__in=offering.values("association_id"))

    def filter_free_activity(self, queryset, name, value):
        return queryset.filter(HAS_FREE_OFFERING) if value else queryset

    @property
    def qs(self):
        queryset = super().qs
        sort = self.chosen.get("sort")
        if sort == self.Sort.NEWEST:
            return queryset.order_by("-published_at", "pk")
        if self.chosen.get("q") and sort != self.Sort.NAME:
            return queryset.order_by("-search_rank", "name", "pk")
        return queryset.order_by("name", "pk")
