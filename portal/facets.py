"""Filter sets whose options say how many results each would give (faceted browsing)."""

import django_filters
from django import forms
from django.db.models import Count
from django.http import QueryDict
from django.utils.translation import gettext as _


def count_by(queryset, path) -> dict:
    """{value at `path`: number of distinct rows}, in one grouped query."""
    rows = queryset.values(path).annotate(count=Count("pk", distinct=True)).order_by()
    return {row[path]: row["count"] for row in rows if row[path] is not None}


def with_count(label, count) -> str:
    return _("%(option)s (%(count)s)") % {"option": label, "count": count}


class FacetedFilterSet(django_filters.FilterSet):
    """Each option is counted under all the other filters, so choosing it never gives nothing.

    Subclasses name their facets:
    - OPTION_FACETS: filter name → path to the option's key (a slug, or a choice's value);
    - FLAG_FACETS: checkbox filter name → boolean field that is true for its results;
    - SCOPED_FACETS: facet → (other filter, path): when the other filter is chosen, count only
      options inside it (a region's own municipalities).
    One query per facet, whatever the data size.
    """

    OPTION_FACETS: dict[str, str] = {}
    FLAG_FACETS: dict[str, str] = {}
    SCOPED_FACETS: dict[str, tuple[str, str]] = {}
    NOT_FILTERS = ("sort", "page")

    def _data_without(self, *names) -> QueryDict:
        data = self.data.copy() if self.data is not None else QueryDict(mutable=True)
        for name in (*names, *self.NOT_FILTERS):
            data.pop(name, None)
        return data

    def facet_queryset(self, name):
        others = type(self)(self._data_without(name), queryset=self.queryset, request=self.request)
        queryset = others.qs.order_by()
        if name in self.SCOPED_FACETS:
            scope, path = self.SCOPED_FACETS[name]
            if self.data is not None and self.data.get(scope):
                queryset = queryset.filter(**{path: self.data[scope]})
        return queryset

    def facet_counts(self) -> dict:
        counts = {
            name: count_by(self.facet_queryset(name), path)
            for name, path in self.OPTION_FACETS.items()
        }
        for name, field in self.FLAG_FACETS.items():
            counts[name] = (
                self.facet_queryset(name).filter(**{field: True}).values("pk").distinct().count()
            )
        return counts

    def show_counts(self, counts: dict) -> None:
        """Put each option's count in its label and leave out options that would give nothing."""
        form = self.form
        chosen = form.cleaned_data if form.is_valid() else {}
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
                field.choices = [
                    (value, label if value == "" else with_count(label, facet.get(value, 0)))
                    for value, label in field.choices
                    if value == "" or facet.get(value) or value == chosen.get(name)
                ]
        for name in self.FLAG_FACETS:
            form.fields[name].label = with_count(form.fields[name].label, counts[name])
