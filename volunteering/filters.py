import django_filters
from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from associations.models import Category
from portal.facets import FacetedFilterSet
from portal.models import Municipality, Region
from portal.search import search

from .models import Opportunity
from .rules import own_age, suits_age


class OpportunityFilter(FacetedFilterSet):
    """Browsing current opportunities. Every piece of state lives in the query string."""

    class Sort:
        SOONEST = "soonest"
        NEWEST = "newest"
        RELEVANCE = "relevance"

    q = django_filters.CharFilter(
        label=_("Search words"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        field_name="municipality__region",
        empty_label=_("All regions"),
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        field_name="municipality",
        empty_label=_("All municipalities"),
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"), choices=Opportunity.Type.choices, empty_label=_("All types")
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        field_name="categories",
        empty_label=_("All topics"),
    )
    age = django_filters.NumberFilter(
        label=_("Suitable for the age of"),
        method="filter_age",
        widget=forms.NumberInput(attrs={"min": 10, "max": 99, "inputmode": "numeric"}),
        help_text=_("Age in years."),
    )
    for_me = django_filters.BooleanFilter(
        label=_("Suitable for my age"),
        method="filter_for_me",
        widget=forms.CheckboxInput,
        help_text=_("Uses the birth year on your profile."),
    )
    starts_after = django_filters.DateFilter(
        label=_("From"),
        method="filter_from",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    ends_before = django_filters.DateFilter(
        label=_("To"),
        method="filter_to",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    evening = django_filters.BooleanFilter(
        label=_("In the evening (after 16:00)"),
        field_name="is_evening",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    weekend = django_filters.BooleanFilter(
        label=_("At the weekend"),
        field_name="is_weekend",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    remote = django_filters.BooleanFilter(
        label=_("Remote"),
        field_name="is_remote",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    beginner = django_filters.BooleanFilter(
        label=_("Suits beginners"),
        field_name="beginner_friendly",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            (Sort.SOONEST, _("Soonest")),
            (Sort.NEWEST, _("Newest")),
            (Sort.RELEVANCE, _("Best match")),
        ],
        method="sort_later",
        empty_label=None,
    )

    class Meta:
        model = Opportunity
        fields = []

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
    }
    SCOPED_FACETS = {"municipality": ("region", "municipality__region__slug")}

    def filter_search(self, queryset, name, value):
        return search(queryset, value, name_field="title")

    def filter_if_checked(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def filter_age(self, queryset, name, value):
        return queryset.filter(suits_age(int(value)))

    def filter_for_me(self, queryset, name, value):
        age = own_age(self.request.user if self.request else None)
        return queryset.filter(suits_age(age)) if value and age is not None else queryset

    def filter_from(self, queryset, name, value):
        return queryset.filter(Q(end_date__isnull=True) | Q(end_date__gte=value))

    def filter_to(self, queryset, name, value):
        return queryset.filter(Q(start_date__isnull=True) | Q(start_date__lte=value))

    def sort_later(self, queryset, name, value):
        return queryset  # applied in `qs`, after the search has ranked the results

    @property
    def qs(self):
        queryset = super().qs
        data = self.form.cleaned_data if self.form.is_valid() else {}
        sort = data.get("sort")
        if sort == self.Sort.NEWEST:
            return queryset.order_by("-published_at", "pk")
        if data.get("q") and sort in (None, "", self.Sort.RELEVANCE):
            return queryset.order_by("-search_rank", "start_date", "pk")
        # Soonest: dated ones by their first day, then ongoing and flexible ones.
        return queryset.order_by(F("start_date").asc(nulls_last=True), "application_deadline", "pk")
