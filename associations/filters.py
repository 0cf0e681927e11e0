import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Municipality, Region
from portal.search import search

from .models import ActivityLanguage, Association, Category, TargetGroup


class AssociationFilter(django_filters.FilterSet):
    """Browsing published association cards. Every piece of state lives in the query string."""

    class Sort:
        RELEVANCE = "relevance"
        NAME = "name"
        NEWEST = "newest"

    SORT_CHOICES = [
        (Sort.RELEVANCE, _("Best match")),
        (Sort.NAME, _("Name")),
        (Sort.NEWEST, _("Newest")),
    ]

    q = django_filters.CharFilter(
        label=_("Search words"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        field_name="municipalities__region",
        distinct=True,
        empty_label=_("All regions"),
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        field_name="municipalities",
        empty_label=_("All municipalities"),
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        field_name="categories",
        empty_label=_("All topics"),
    )
    target_group = django_filters.ModelChoiceFilter(
        label=_("For whom"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        field_name="target_groups",
        empty_label=_("Everyone"),
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language of activity"),
        queryset=ActivityLanguage.objects.all(),
        to_field_name="slug",
        field_name="languages",
        empty_label=_("Any language"),
    )
    evening = django_filters.BooleanFilter(
        label=_("Evening activity (after 16:00)"),
        field_name="has_evening_activity",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    step_free = django_filters.BooleanFilter(
        label=_("Step-free premises"),
        field_name="step_free_access",
        method="filter_if_checked",
        widget=forms.CheckboxInput,
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORT_CHOICES,
        method="sort_results",
        empty_label=None,
        null_label=None,
    )

    class Meta:
        model = Association
        fields = []

    # Names of the filters whose options show how many cards they would give.
    FACETS = [
        "region",
        "municipality",
        "category",
        "target_group",
        "language",
        "evening",
        "step_free",
    ]

    def filter_search(self, queryset, name, value):
        return search(queryset, value)

    def filter_if_checked(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def sort_results(self, queryset, name, value):
        return queryset  # applied last, in `qs`, so that it sees the search rank

    @property
    def qs(self):
        queryset = super().qs
        sort = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        searching = bool(self.form.is_valid() and self.form.cleaned_data.get("q"))
        if sort == self.Sort.NEWEST:
            return queryset.order_by("-published_at", "pk")
        if searching and sort != self.Sort.NAME:
            return queryset.order_by("-search_rank", "name", "pk")
        return queryset.order_by("name", "pk")

    def show_counts(self, counts):
        """Put each option's number of results in its label; hide options that would give none."""
        form = self.form
        selected = form.cleaned_data if form.is_valid() else {}
        for name in ["region", "municipality", "category", "target_group", "language"]:
            field = form.fields[name]
            facet = counts[name]
            chosen = selected.get(name)
            field.queryset = field.queryset.filter(
                slug__in=[slug for slug, count in facet.items() if count]
                + ([chosen.slug] if chosen else [])
            )
            field.label_from_instance = lambda obj, facet=facet: (
                _("%(option)s (%(count)s)") % {"option": obj.name, "count": facet.get(obj.slug, 0)}
            )
        for name in ["evening", "step_free"]:
            field = form.fields[name]
            field.label = _("%(option)s (%(count)s)") % {
                "option": field.label,
                "count": counts[name][True],
            }
