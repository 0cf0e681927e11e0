"""An alert's filters are the opportunity listing's own (`volunteering.filters.OpportunityFilter`):
saved as the listing's query string, checked by the listing's filter set, and read back by it
when the alert is sent, so that an alert finds exactly what the listing with its address shows.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import urlencode

from django.db.models import Model
from django.http import QueryDict
from django.utils import formats
from django.utils.translation import gettext as _

from volunteering.filters import OpportunityFilter
from volunteering.models import Opportunity

# Between the filters in a summary: "Kymenlaakso · Volunteer task · In the evening (after 16:00)".
SEPARATOR = " · "


def alert_filterset(query, *, user, queryset=None) -> OpportunityFilter:
    """The listing's filter set for `query` (a query string or a QueryDict), as `user` sees it
    ("suitable for my age" reads their birth year), over current opportunities by default."""
    data = query if isinstance(query, QueryDict) else QueryDict(query)
    if queryset is None:
        queryset = Opportunity.objects.current()
    # The filter set reads only the person from the request.
    return OpportunityFilter(data, queryset=queryset, request=SimpleNamespace(user=user))


def _chosen_filters(filterset: OpportunityFilter):
    """(name, cleaned value) of the filters that narrow the listing, in the form's order; the
    order of the results and the page are not filters."""
    cleaned = filterset.form.cleaned_data
    for name in filterset.filters:
        if name in filterset.NOT_FILTERS:
            continue
        value = cleaned.get(name)
        if value in (None, "", False, [], ()):
            continue
        yield name, value


def _query_value(value, raw: str) -> str:
    if value is True:
        return "on"
    if isinstance(value, Model):
        return raw.strip()  # the option's key, as the address has it (a slug)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return str(int(value))
    return str(value).strip()


def normalised_query(filterset: OpportunityFilter) -> str:
    """The valid filters of a bound, valid filter set as a query string: only the parameters
    the listing knows, sorted, without the page and the order."""
    pairs = [
        (name, _query_value(value, filterset.data.get(name, "")))
        for name, value in _chosen_filters(filterset)
    ]
    return urlencode(sorted(pairs))


def filters_summary(filterset: OpportunityFilter) -> str:
    """The chosen filters in words, in the active language; "All opportunities" for none."""
    parts = []
    for name, value in _chosen_filters(filterset):
        field = filterset.form.fields.get(name)
        label = str(field.label) if field is not None else name
        if name == "q":
            parts.append(_("“%(words)s”") % {"words": value})
        elif isinstance(value, Model):
            parts.append(str(value))
        elif name == "type":
            parts.append(str(Opportunity.Type(value).label))
        elif value is True:
            parts.append(label)
        elif isinstance(value, datetime.date):
            parts.append(f"{label}: {formats.date_format(value, 'SHORT_DATE_FORMAT')}")
        else:
            parts.append(f"{label}: {_query_value(value, '')}")
    return SEPARATOR.join(parts) or _("All opportunities")
