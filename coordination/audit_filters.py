"""Filtering the audit log (core/audit.py) on the coordinators' log page. Every piece of state
lives in the query string."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.audit import ACTION_GROUPS, AuditAction, AuditEntry


def kind_choices() -> list:
    """Each group of actions as an option group: the whole group first, then its actions."""
    choices = []
    for key, (label, actions) in ACTION_GROUPS.items():
        options = [(key, _("All: %(group)s") % {"group": label})]
        options += [(action, AuditAction(action).label) for action in actions]
        choices.append((label, options))
    return choices


class AuditEntryFilter(django_filters.FilterSet):
    """The entries the person may see (the queryset given), narrowed down by the form."""

    region = django_filters.ChoiceFilter(
        label=_("Region"), method="filter_region", empty_label=None
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of action"), method="filter_kind", empty_label=_("All actions")
    )
    start = django_filters.DateFilter(
        label=_("From date"),
        field_name="created_at",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = django_filters.DateFilter(
        label=_("To date"),
        field_name="created_at",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    association = django_filters.CharFilter(
        label=_("Association or item"), method="filter_association"
    )
    actor = django_filters.CharFilter(
        label=_("Who decided"), field_name="actor_name", lookup_expr="icontains"
    )

    class Meta:
        model = AuditEntry
        fields = []

    def __init__(self, data, *, queryset, regions, superuser=False):
        super().__init__(data, queryset=queryset)
        self.regions = {region.slug: region for region in regions}
        everything = _("All regions") if superuser else _("All my regions")
        self.filters["region"].extra["choices"] = [
            ("", everything),
            *((region.slug, region.name) for region in regions),
        ]
        self.filters["kind"].extra["choices"] = kind_choices()

    def filter_region(self, queryset, name, value):
        return queryset.in_regions([self.regions[value]]) if value else queryset

    def filter_kind(self, queryset, name, value):
        if value in ACTION_GROUPS:
            return queryset.filter(action__in=ACTION_GROUPS[value][1])
        return queryset.filter(action=value) if value else queryset

    def filter_association(self, queryset, name, value):
        return queryset.filter(
            Q(details__association__icontains=value) | Q(target_repr__icontains=value)
        )

    def query_string(self) -> str:
        """The filters as the address has them, without the page (for the page links)."""
        return urlencode(
            {name: self.data[name] for name in self.filters if self.data.get(name, "") != ""}
        )
