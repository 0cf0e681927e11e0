import django_filters
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from associations.filters import category_filter
from core.facets import (
    FacetedFilterSet,
    checkbox_filter,
    municipality_filter,
    region_filter,
    search_filter,
    sort_filter,
)
from core.forms import CheckboxInput, DateInput, NumberInput, Select

from .models import Opportunity
from .rules import own_age, suits_age


class OpportunityFilter(FacetedFilterSet):
    """Browsing current opportunities. Every piece of state lives in the query string."""

    class Sort:
        SOONEST = "soonest"
        NEWEST = "newest"
        RELEVANCE = "relevance"

    q = search_filter()
    region = region_filter("municipality__region")
    municipality = municipality_filter("municipality")
    type = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=Opportunity.Type.choices,
        empty_label=_("All types"),
        widget=Select,
    )
    category = category_filter()
    age = django_filters.NumberFilter(
        label=_("Suitable for the age of"),
        method="filter_age",
        widget=NumberInput(attrs={"min": 10, "max": 99, "inputmode": "numeric"}),
        help_text=_("Age in years."),
    )
    for_me = django_filters.BooleanFilter(
        label=_("Suitable for my age"),
        method="filter_for_me",
        widget=CheckboxInput,
        help_text=_("Uses the birth year on your profile."),
    )
    starts_after = django_filters.DateFilter(
        label=_("From"), method="filter_from", widget=DateInput(attrs={"type": "date"})
    )
    ends_before = django_filters.DateFilter(
        label=_("To"), method="filter_to", widget=DateInput(attrs={"type": "date"})
    )
    evening = checkbox_filter(_("In the evening (after 16:00)"), "is_evening")
    weekend = checkbox_filter(_("At the weekend"), "is_weekend")
    remote = checkbox_filter(_("Remote"), "is_remote")
    beginner = checkbox_filter(_("Suits beginners"), "beginner_friendly")
    supported = checkbox_filter(
        _("Supported volunteering"),
        "is_supported",
        help_text=_("Extra guidance for people with partial work ability or little experience."),
    )
    english = checkbox_filter(_("Also for English speakers"), "for_english_speakers")
    under_18 = checkbox_filter(_("Suitable for under-18s"), "for_under_18s")
    popup = checkbox_filter(_("Pop-up: a one-off task of a few hours"), "is_popup")
    sort = sort_filter(
        [
            (Sort.SOONEST, _("Soonest")),
            (Sort.NEWEST, _("Newest")),
            (Sort.RELEVANCE, _("Best match")),
        ]
    )

    class Meta:
        model = Opportunity
        fields = []

    NAME_FIELD = "title"
    OPTION_FACETS = {
        "region": "municipality__region__slug",
        "municipality": "municipality__slug",
        "type": "type",
        "category": "categories__slug",
    }
    FLAG_FACETS = {
        "evening": "is_evening",
        "weekend": "is_weekend",
        "remote": "is_remote",
        "beginner": "beginner_friendly",
        "supported": "is_supported",
        "english": "for_english_speakers",
        "under_18": "for_under_18s",
        "popup": "is_popup",
    }
    SCOPED_FACETS = {"municipality": ("region", "municipality__region__slug")}
    PERSONAL_FILTERS = ("for_me",)

    def filter_age(self, queryset, name, value):
        return queryset.filter(suits_age(int(value)))

    def filter_for_me(self, queryset, name, value):
        age = own_age(self.request.user if self.request else None)
        return queryset.filter(suits_age(age)) if value and age is not None else queryset

    def filter_from(self, queryset, name, value):
        return queryset.not_over(value)

    def filter_to(self, queryset, name, value):
        return queryset.filter(Q(start_date__isnull=True) | Q(start_date__lte=value))

    @property
    def qs(self):
        queryset = super().qs
        sort = self.chosen.get("sort")
        if sort == self.Sort.NEWEST:
            return queryset.order_by("-published_at", "pk")
        if self.chosen.get("q") and sort in (None, "", self.Sort.RELEVANCE):
            return queryset.order_by("-search_rank", "start_date", "pk")
        # Soonest: dated ones by their first day, then ongoing and flexible ones.
        return queryset.order_by(F("start_date").asc(nulls_last=True), "application_deadline", "pk")
