"""Filter sets whose options say how many results each would give (faceted browsing)."""

import hashlib

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.search import search

from .models import Municipality, Region


def count_by(queryset, path) -> dict:
    """{value at `path`: number of distinct rows}, in one grouped query."""
    rows = queryset.values(path).annotate(count=Count("pk", distinct=True)).order_by()
    return {row[path]: row["count"] for row in rows if row[path] is not None}


def flag_condition(field) -> Q:
    """A flag facet's condition: a boolean field that is true, or a Q of its own (such as an
    Exists over related rows, for a flag that a row's relations decide)."""
    return field if isinstance(field, Q) else Q(**{field: True})


def with_count(label, count) -> str:
    return _("%(option)s (%(count)s)") % {"option": label, "count": count}


# Filters that both association cards and opportunities offer.


def search_filter():
    return django_filters.CharFilter(
        label=gettext_lazy("Search words"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class SemiJoinModelChoiceFilter(django_filters.ModelChoiceFilter):
    """Filters through a to-many path with `pk IN (subquery)`: no duplicate rows, so no
    DISTINCT over every column of the listing (which made counting it slow)."""

    def filter(self, qs, value):
        if value in django_filters.constants.EMPTY_VALUES:
            return qs
        matching = qs.model._base_manager.filter(**{self.field_name: value}).values("pk")
        return qs.filter(pk__in=matching)


def region_filter(field_name):
    return SemiJoinModelChoiceFilter(
        label=gettext_lazy("Region"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        field_name=field_name,
        empty_label=gettext_lazy("All regions"),
    )


def municipality_filter(field_name):
    return django_filters.ModelChoiceFilter(
        label=gettext_lazy("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        field_name=field_name,
        empty_label=gettext_lazy("All municipalities"),
    )


def checkbox_filter(label, field_name, **kwargs):
    """Narrows to rows where `field_name` is true when ticked; does nothing when not."""
    return django_filters.BooleanFilter(
        label=label,
        field_name=field_name,
        method="filter_if_checked",
        widget=forms.CheckboxInput,
        **kwargs,
    )


def sort_filter(choices):
    """Chooses the order; `qs` applies it last, so that it can use the search rank."""
    return django_filters.ChoiceFilter(
        label=gettext_lazy("Sort by"), choices=choices, method="sort_later", empty_label=None
    )


class FacetedFilterSet(django_filters.FilterSet):
    """Each option is counted under all the other filters, so choosing it never gives nothing.

    Subclasses name their facets:
    - OPTION_FACETS: filter name → path to the option's key (a slug, or a choice's value);
    - FLAG_FACETS: checkbox filter name → boolean field that is true for its results (or a Q
      that is, see `flag_condition`);
    - SCOPED_FACETS: facet → (other filter, path): when the other filter is chosen, count only
      options inside it (a region's own municipalities).
    One query per facet, whatever the data size.
    """

    OPTION_FACETS: dict[str, str] = {}
    FLAG_FACETS: dict[str, str] = {}
    SCOPED_FACETS: dict[str, tuple[str, str]] = {}
    NOT_FILTERS = ("sort",)
    # Filters whose result depends on who is asking: counts with them are never shared.
    PERSONAL_FILTERS: tuple[str, ...] = ()
    NAME_FIELD = "name"

    def filter_search(self, queryset, name, value):
        return search(queryset, value, name_field=self.NAME_FIELD)

    def filter_if_checked(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def sort_later(self, queryset, name, value):
        return queryset

    @property
    def chosen(self) -> dict:
        """The valid filter values; an invalid value is left out (and shown as an error)."""
        return self.form.cleaned_data if self.form.is_valid() else {}

    def facet_queryset(self, name):
        """Rows matching every chosen filter except `name`, reusing the validated values."""
        queryset = self.queryset.all()
        for filter_name, value in self.chosen.items():
            if filter_name != name and filter_name not in self.NOT_FILTERS:
                queryset = self.filters[filter_name].filter(queryset, value)
        if name in self.SCOPED_FACETS:
            scope, path = self.SCOPED_FACETS[name]
            if self.chosen.get(scope) is not None:
                queryset = queryset.filter(**{path: self.chosen[scope].slug})
        return queryset.order_by()

    def facet_counts(self) -> dict:
        """The counts, from the cache when the same filters were counted a moment ago.

        Counting is the costly part of a listing (one grouped query per facet over every
        matching row); the counts are the same for everyone who chose the same filters, unless
        a personal filter (such as "suitable for my age") is among them."""
        seconds = settings.FACET_COUNT_CACHE_SECONDS
        if not seconds or any(self.chosen.get(name) for name in self.PERSONAL_FILTERS):
            return self._count_facets()
        key = self._facet_cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = self._count_facets()
            cache.set(key, counts, seconds)
        return counts

    def _facet_cache_key(self) -> str:
        chosen = sorted(
            (name, getattr(value, "pk", value))
            for name, value in self.chosen.items()
            if name not in self.NOT_FILTERS and value not in (None, "", False)
        )
        digest = hashlib.sha256(repr(chosen).encode()).hexdigest()
        return f"facets:{type(self).__name__}:{digest}"

    def _count_facets(self) -> dict:
        counts = {
            name: count_by(self.facet_queryset(name), path)
            for name, path in self.OPTION_FACETS.items()
        }
        # A flag that is not ticked filters nothing, so all of them are counted over the same
        # rows in one query; a ticked one is counted without itself.
        unticked = {name: f for name, f in self.FLAG_FACETS.items() if not self.chosen.get(name)}
        if unticked:
            counts |= self.facet_queryset(None).aggregate(
                **{
                    name: Count("pk", filter=flag_condition(field))
                    for name, field in unticked.items()
                }
            )
        for name, field in self.FLAG_FACETS.items():
            if name not in unticked:
                counts[name] = self.facet_queryset(name).filter(flag_condition(field)).count()
        return counts

    def show_counts(self, counts: dict) -> None:
        """Put each option's count in its label and leave out options that would give nothing."""
        form, chosen = self.form, self.chosen
        for name in self.OPTION_FACETS:
            field, facet = form.fields[name], counts[name]
            if isinstance(field, forms.ModelChoiceField):
                keep = [key for key, count in facet.items() if count]
                if chosen.get(name) is not None:
                    keep.append(chosen[name].slug)
                field.queryset = field.queryset.filter(slug__in=keep)
                field.label_from_instance = lambda option, facet=facet: with_count(
                    option.name, facet.get(option.slug, 0)
                )
            else:
                # django-filter's choice field adds its empty option ("All types") itself. A
                # multiple choice keeps every chosen option, a single one its one.
                picked = chosen.get(name)
                picked = set(picked) if isinstance(picked, list) else {picked}
                field.choices = [
                    (value, with_count(label, facet.get(value, 0)))
                    for value, label in field.choices
                    if value != "" and (facet.get(value) or value in picked)
                ]
        for name in self.FLAG_FACETS:
            form.fields[name].label = with_count(form.fields[name].label, counts[name])
            # Validation already made the bound field, with a copy of the old label.
            form[name].label = form.fields[name].label
