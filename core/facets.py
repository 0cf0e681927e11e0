"""Filter sets whose options say how many results each would give (faceted browsing)."""

from collections import Counter
from collections.abc import Iterable

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.caching import cache_key
from core.search import search

from .forms import CheckboxInput, Select, TextInput
from .models import Municipality, Region


def count_by(queryset, path) -> dict:
    """{value at `path`: number of distinct rows}, in one grouped query."""
    rows = queryset.values(path).annotate(count=Count("pk", distinct=True)).order_by()
    return {row[path]: row["count"] for row in rows if row[path] is not None}


def flag_condition(field) -> Q:
    """A flag facet's condition: a boolean field that is true, or a Q of its own (such as an
    Exists over related rows, for a flag that a row's relations decide)."""
    return field if isinstance(field, Q) else Q(**{field: True})


# Facet keys: each row stores the options and flags it would be counted under, as tokens named
# after the filter ("region:kymenlaakso category:sport evening"), so that one pass over the
# matching rows counts every facet. The apps' services build them (one function per model).
FACET_KEYS_FIELD = "facet_keys"
# The key under which `count_facet_keys` gives the number of rows it counted.
MATCHING_ROWS = "*"
# Rows whose keys are computed and written at once when many are refreshed.
FACET_KEYS_BATCH_SIZE = 5000


def build_facet_keys(options: dict[str, Iterable[str]], flags: dict[str, bool]) -> str:
    """The facet keys of a row: `options` maps an option facet's name to the keys of its options
    (slugs or choice values), `flags` a flag facet's name to whether the row counts under it.
    Sorted and without repeats, so that the same row always gets the same text."""
    tokens = {
        f"{name}:{value}"
        for name, values in options.items()
        for value in values
        if value not in (None, "")
    }
    tokens |= {name for name, on in flags.items() if on}
    return " ".join(sorted(tokens))


def write_facet_keys(model, keys: dict[int, str], *, using: str = "default") -> None:
    """Store {pk: facet keys} on the rows of `model`, past save and signals (derived values are
    no change to the history): one UPDATE from two arrays on PostgreSQL, bulk_update elsewhere."""
    if not keys:
        return
    connection = connections[using]
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        column = connection.ops.quote_name(model._meta.get_field(FACET_KEYS_FIELD).column)
        with connection.cursor() as cursor:
            # Quoted names from the model's meta; the values are parameters.
            cursor.execute(
                f"UPDATE {table} SET {column} = new.keys "  # noqa: S608
                f"FROM unnest(%s::bigint[], %s::text[]) AS new(id, keys) "
                f"WHERE {table}.{pk} = new.id",
                [list(keys), list(keys.values())],
            )
        return
    rows = [model(pk=pk, **{FACET_KEYS_FIELD: text}) for pk, text in keys.items()]
    model._base_manager.using(using).bulk_update(rows, [FACET_KEYS_FIELD], batch_size=500)


def pk_batches(queryset, size: int = FACET_KEYS_BATCH_SIZE):
    """The keys of the rows of `queryset`, in ascending batches of `size` (keyset pagination:
    each batch is one indexed query however many rows there are)."""
    queryset = queryset.order_by("pk").values_list("pk", flat=True)
    last = None
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        batch = list(page[:size])
        if not batch:
            return
        yield batch
        last = batch[-1]


def count_facet_keys(queryset, names: Iterable[str] | None = None) -> Counter:
    """{facet key: number of rows of `queryset` that have it}, in one statement; only the keys
    of the facets in `names` when given (a facet's options, or a flag itself). Under
    MATCHING_ROWS, the number of rows."""
    queryset = queryset.order_by().values_list(FACET_KEYS_FIELD, flat=True)
    wanted = None if names is None else sorted({*names, MATCHING_ROWS})
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        # SQLite (the demo database): read the keys and count them here.
        counts = Counter()
        for text in queryset.iterator(chunk_size=2000):
            counts.update(text.split())
            counts[MATCHING_ROWS] += 1
        if wanted is not None:
            counts = Counter(
                {key: n for key, n in counts.items() if key.split(":", 1)[0] in wanted}
            )
        return counts
    sql, params = queryset.query.sql_with_params()
    column = connection.ops.quote_name(FACET_KEYS_FIELD)
    # The queryset's own SQL keeps its values as parameters; the column is a quoted name. (A
    # MATERIALIZED CTE of the matches measured slower here than the plain subquery.)
    statement = (
        f"SELECT key, count(*) FROM ({sql}) AS matching "  # noqa: S608
        # Each row also counts under MATCHING_ROWS: the listing needs no COUNT of its own.
        f"CROSS JOIN LATERAL unnest(string_to_array(matching.{column} || ' {MATCHING_ROWS}', ' ')) "
        f"AS key"
    )
    params = list(params)
    if wanted is not None:
        statement += " WHERE split_part(key, ':', 1) = ANY(%s)"
        params.append(wanted)
    statement += " GROUP BY key"
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return Counter(dict(cursor.fetchall()))


def with_count(label, count) -> str:
    return _("%(option)s (%(count)s)") % {"option": label, "count": count}


# Filters that both association cards and opportunities offer.


def search_filter():
    return django_filters.CharFilter(
        label=gettext_lazy("Search words"),
        method="filter_search",
        widget=TextInput(attrs={"type": "search", "autocomplete": "off"}),
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
        widget=Select,
    )


def municipality_filter(field_name):
    return django_filters.ModelChoiceFilter(
        label=gettext_lazy("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        field_name=field_name,
        empty_label=gettext_lazy("All municipalities"),
        widget=Select,
    )


def checkbox_filter(label, field_name, **kwargs):
    """Narrows to rows where `field_name` is true when ticked; does nothing when not."""
    return django_filters.BooleanFilter(
        label=label,
        field_name=field_name,
        method="filter_if_checked",
        widget=CheckboxInput,
        **kwargs,
    )


def sort_filter(choices):
    """Chooses the order; `qs` applies it last, so that it can use the search rank."""
    return django_filters.ChoiceFilter(
        label=gettext_lazy("Sort by"),
        choices=choices,
        method="sort_later",
        empty_label=None,
        widget=Select,
    )


class FacetedFilterSet(django_filters.FilterSet):
    """Each option is counted under all the other filters, so choosing it never gives nothing.

    Subclasses name their facets:
    - OPTION_FACETS: filter name → path to the option's key (a slug, or a choice's value);
    - FLAG_FACETS: checkbox filter name → boolean field that is true for its results (or a Q
      that is, see `flag_condition`);
    - SCOPED_FACETS: facet → (other filter, path): when the other filter is chosen, count only
      options inside it (a region's own municipalities).

    Counting reads the rows' stored facet keys (`build_facet_keys`: a token per option, named
    after the filter, and one per flag), not the paths, which say where the keys come from.
    Every facet that is not chosen is counted in one pass over the rows matching all the
    filters; a chosen one needs a pass of its own, without its own filter. So the number of
    statements depends on how many filters are chosen, never on the data size.
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
        """The counts, from the cache when the same filters were counted since public content
        last changed.

        Counting is the costly part of a listing; the counts are the same for everyone who
        chose the same filters, unless a personal filter (such as "suitable for my age") is
        among them. Any change to cards or opportunities makes them stale at once."""
        seconds = settings.FACET_COUNT_CACHE_SECONDS
        if not seconds or any(self.chosen.get(name) for name in self.PERSONAL_FILTERS):
            return self._count_facets()
        chosen = sorted(
            (name, getattr(value, "pk", value))
            for name, value in self.chosen.items()
            if name not in self.NOT_FILTERS and value not in (None, "", False)
        )
        key = cache_key("facets", type(self).__name__, chosen)
        counts = cache.get(key)
        if counts is None:
            counts = self._count_facets()
            cache.set(key, counts, seconds)
        return counts

    def _count_facets(self) -> dict:
        facets = [*self.OPTION_FACETS, *self.FLAG_FACETS]
        chosen = [name for name in facets if self.chosen.get(name) not in (None, "", [], False)]
        counts = {}
        rest = [name for name in facets if name not in chosen]
        if rest:
            # Every facet not chosen, over the rows that match every filter: their number is
            # the listing's.
            keys = count_facet_keys(self.facet_queryset(None), rest)
            for name in rest:
                counts[name] = self._facet_from_keys(name, keys)
            counts[MATCHING_ROWS] = keys.get(MATCHING_ROWS, 0)
        for name in chosen:
            # A chosen facet is counted under all the other filters, its own left out.
            keys = count_facet_keys(self.facet_queryset(name), [name])
            counts[name] = self._facet_from_keys(name, keys)
        for name, (scope, _path) in self.SCOPED_FACETS.items():
            if self.chosen.get(scope) is not None:
                inside = self._scoped_options(name, self.chosen[scope])
                counts[name] = {key: n for key, n in counts[name].items() if key in inside}
        return counts

    def paginate(self, queryset, counts: dict, *, per_page: int, page_number):
        """The page of `queryset` (the filtered rows in their order), its number of rows taken
        from the counts when they have it (one COUNT fewer over every matching row)."""
        paginator = Paginator(queryset, per_page)
        if self.form.is_valid() and MATCHING_ROWS in counts:
            paginator.count = counts[MATCHING_ROWS]
        return paginator.get_page(page_number)

    def _facet_from_keys(self, name, keys: Counter):
        """A flag's count, or an option facet's {option: count}, from the counted keys."""
        if name in self.FLAG_FACETS:
            return keys.get(name, 0)
        prefix = f"{name}:"
        return {key.removeprefix(prefix): n for key, n in keys.items() if key.startswith(prefix)}

    def _scoped_options(self, name, scope_value) -> set:
        """The options of facet `name` inside the chosen `scope_value` (the municipalities of a
        region): the scope's path as seen from the facet's options (`municipalities__region__slug`
        less the option path's `municipalities__` is `region__slug`)."""
        _scope, path = self.SCOPED_FACETS[name]
        relation = self.OPTION_FACETS[name].rsplit("__", 1)[0]
        lookup = path.removeprefix(f"{relation}__")
        options = self.filters[name].queryset.filter(**{lookup: scope_value.slug})
        to_field = self.filters[name].extra.get("to_field_name") or "pk"
        return set(options.values_list(to_field, flat=True))

    def show_counts(self, counts: dict) -> None:
        """Put each option's count in its label and leave out options that would give nothing."""
        form, chosen = self.form, self.chosen
        # with_count's pattern, translated once for the hundreds of options.
        counted = _("%(option)s (%(count)s)")
        for name in self.OPTION_FACETS:
            field, facet = form.fields[name], counts[name]
            if isinstance(field, forms.ModelChoiceField):
                keep = [key for key, count in facet.items() if count]
                if chosen.get(name) is not None:
                    keep.append(chosen[name].slug)
                field.queryset = field.queryset.filter(slug__in=keep)
                # The options as a list read in one plain query, so that rendering the select
                # queries nothing (ModelChoiceIterator reads through a server-side cursor, three
                # round trips on PostgreSQL). Validation has already used the queryset. Set as a
                # plain ChoiceField's, since django-filter's setter would wrap them in an iterator.
                empty = [] if field.empty_label is None else [("", field.empty_label)]
                choices = empty + [
                    (
                        option.slug,
                        counted % {"option": option.name, "count": facet.get(option.slug, 0)},
                    )
                    for option in field.queryset
                ]
                forms.ChoiceField.choices.fset(field, choices)
            else:
                # django-filter's choice field adds its empty option ("All types") itself. A
                # multiple choice keeps every chosen option, a single one its one.
                picked = chosen.get(name)
                picked = set(picked) if isinstance(picked, list) else {picked}
                field.choices = [
                    (value, counted % {"option": label, "count": facet.get(value, 0)})
                    for value, label in field.choices
                    if value != "" and (facet.get(value) or value in picked)
                ]
        for name in self.FLAG_FACETS:
            form.fields[name].label = with_count(form.fields[name].label, counts[name])
            # Validation already made the bound field, with a copy of the old label.
            form[name].label = form.fields[name].label
