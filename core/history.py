"""Who changed what and when: the history of cards and opportunities (django-simple-history).

The models declare `history = HistoricalRecords(...)`; this module keeps the records free of
noise and shows them. A service's write is one entry at most (`one_history_entry`): the fields
and the many-to-many terms saved together make one entry, and a save that changed nothing the
history records makes none. Derived fields (search texts, evening flags) are left out of the
records, and services write them with a queryset `update()`, which records nothing.

Who made a change: in a request, the history middleware's user; outside requests (the demo
loader, commands), the `by` a service was given (`recorded_by`).
"""

import dataclasses
import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import F, Max, Value
from django.db.models.functions import Lag
from django.utils import formats, timezone
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

CREATED, CHANGED, DELETED = "+", "~", "-"
ACTIONS = {
    CREATED: pgettext_lazy("history", "created"),
    CHANGED: pgettext_lazy("history", "changed"),
    DELETED: pgettext_lazy("history", "deleted"),
}
SHORT_TEXT = 80  # longer one-line texts are shortened in the history


def history_user_id_field() -> models.IntegerField:
    """Who made the change, by the id of their account: unlike a foreign key, the id stays when
    the account is deleted, so the history can say that the person no longer has an account."""
    return models.IntegerField(null=True, blank=True)


# --- Recording -------------------------------------------------------------------------------


@contextmanager
def recorded_by(instance: models.Model, by) -> Iterator[None]:
    """The history entries of `instance` written in the block name `by` as who made the change
    (when `by` is None, the user of the request, if any)."""
    if by is None:
        yield
        return
    instance._history_user = by
    try:
        yield
    finally:
        del instance._history_user


def _history_model(model) -> type[models.Model]:
    return getattr(model, model._meta.simple_history_manager_attribute).model


def history_state(instance: models.Model, *, fields: bool = True) -> dict:
    """What the history records of `instance`, as the database has it now: its recorded fields
    (unless `fields` is false), and the rows of its recorded many-to-many fields (as sets of
    tuples of their columns)."""
    history_model = _history_model(type(instance))
    state = {}
    if fields:
        names = [field.attname for field in history_model.tracked_fields]
        state = type(instance)._base_manager.filter(pk=instance.pk).values(*names).first() or {}
    for field in history_model._history_m2m_fields:
        through = field.remote_field.through
        columns = [column.attname for column in through._meta.fields]
        rows = through._base_manager.filter(**{field.m2m_field_name(): instance.pk})
        state[field.name] = {
            tuple(zip(columns, values, strict=True)) for values in rows.values_list(*columns)
        }
    return state


def _record(instance: models.Model, history_type: str, state: dict) -> None:
    """One history entry of `instance` as it is now, with the rows of its many-to-many fields
    from `state` (`history_state`): what the library writes on a save, without reading again."""
    manager = getattr(type(instance), type(instance)._meta.simple_history_manager_attribute)
    [record] = manager.bulk_history_create([instance], update=history_type == CHANGED)
    for field in manager.model._history_m2m_fields:
        m2m_model = HistoricalRecords.m2m_models[field]
        rows = [m2m_model(history=record, **dict(row)) for row in state[field.name]]
        if rows:
            m2m_model._base_manager.bulk_create(rows)


@contextmanager
def one_history_entry(instance: models.Model, *, by=None) -> Iterator[None]:
    """The writes in the block make one history entry of `instance` at most: "created" for a new
    instance (unsaved when the block starts), "changed" when a recorded field or term changed,
    and none when nothing did. The instance's own saves and term changes in the block record
    nothing by themselves; its child rows (meeting times, weekly times) keep their own entries."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        yield
        return
    created = instance.pk is None
    before = None if created else history_state(instance)
    instance.skip_history_when_saving = True
    try:
        yield
    finally:
        del instance.skip_history_when_saving
    after = history_state(instance, fields=not created)
    if created or after != before:
        with recorded_by(instance, by):
            _record(instance, CREATED if created else CHANGED, after)


def sync_rows(
    existing: Iterable[models.Model],
    wanted: Iterable[models.Model],
    *,
    fields: list[str],
    by=None,
) -> None:
    """Make the saved child rows `existing` equal to the unsaved `wanted` ones, in place: rows
    that are the same stay as they are, changed ones are updated, the rest removed or created.
    So their history shows only what really changed. The wanted rows must be valid."""
    existing = list(existing)
    remaining = []
    for row in wanted:
        values = [getattr(row, name) for name in fields]
        same = next(
            (old for old in existing if [getattr(old, name) for name in fields] == values), None
        )
        if same is not None:
            existing.remove(same)
        else:
            remaining.append(row)
    # The rows left over are paired in order: a changed time is an update, not a new row.
    updated = list(zip(existing, remaining, strict=False))
    for old, new in updated:
        for name in fields:
            setattr(old, name, getattr(new, name))
    if updated:
        model = type(updated[0][0])
        bulk_update_with_history([old for old, _new in updated], model, fields, default_user=by)
    for old in existing[len(remaining) :]:
        with recorded_by(old, by):
            old.delete()
    created = remaining[len(existing) :]
    if created:
        bulk_create_with_history(created, type(created[0]), default_user=by)


def history_marks(*recorded_models) -> dict:
    """The newest history entry of each model so far: `history_redate` finds those after it."""
    marks = {}
    for model in recorded_models:
        history_model = _history_model(model)
        newest = history_model._base_manager.aggregate(newest=Max("history_id"))["newest"]
        marks[history_model] = newest or 0
    return marks


def history_redate(marks: dict, *, when: datetime.datetime) -> None:
    """Date every entry written since `marks` at `when`: for demo content, told as if it had
    happened then."""
    for history_model, newest in marks.items():
        history_model._base_manager.filter(history_id__gt=newest).update(history_date=when)


# --- Showing ---------------------------------------------------------------------------------


@dataclasses.dataclass
class Change:
    label: str
    old: str | None = None  # None: empty
    new: str | None = None
    text_changed: bool = False  # a long text: shown as "changed", without the texts


@dataclasses.dataclass
class Entry:
    when: datetime.datetime
    who: str
    action: str  # CREATED, CHANGED or DELETED
    subject: str  # what kind of thing: "Meeting time"
    name: str  # which one: "Monday 18.00"
    changes: list[Change]

    @property
    def action_label(self) -> str:
        return ACTIONS[self.action]


@dataclasses.dataclass(frozen=True)
class Source:
    """The history of some rows of one model: `records` is a filtered history queryset
    (`Association.history.filter(id=…)`). `hidden` are fields never shown (a child's parent);
    `formatters` show a field's value in another way than by its type."""

    records: models.QuerySet
    hidden: frozenset[str] = frozenset()
    formatters: dict[str, Callable] = dataclasses.field(default_factory=dict)

    @property
    def model(self) -> type[models.Model]:
        return self.records.model.instance_type


def history_page(sources: list[Source], page_number, *, per_page: int = 20) -> Page:
    """One page of the entries of `sources`, newest first. The number of queries does not
    depend on the number of entries: one to page through all sources, one to count, and for
    each source one for its records, one for each term field, one for each changed link."""
    union = None
    for index, source in enumerate(sources):
        model_pk = source.model._meta.pk.attname
        rows = (
            source.records.order_by()
            .annotate(
                source=Value(index),
                previous_id=models.Window(
                    Lag("history_id"),
                    partition_by=[F(model_pk)],
                    order_by=[F("history_date").asc(), F("history_id").asc()],
                ),
            )
            .values_list("source", "history_id", "history_date", "previous_id")
        )
        union = rows if union is None else union.union(rows, all=True)
    paginator = Paginator(union.order_by("-history_date", "-history_id"), per_page)
    page = paginator.get_page(page_number)
    page.object_list = _entries(sources, list(page.object_list))
    return page


def _entries(sources: list[Source], rows: list[tuple]) -> list[Entry]:
    wanted = defaultdict(set)
    for index, history_id, _date, previous_id in rows:
        wanted[index].add(history_id)
        if previous_id is not None:
            wanted[index].add(previous_id)
    records = {
        index: {
            record.history_id: record
            for record in source.records.model.objects.filter(history_id__in=wanted[index])
        }
        for index, source in enumerate(sources)
        if wanted[index]
    }
    for index, source in enumerate(sources):
        if wanted[index]:
            _load_terms(source, records[index])
    pairs = [
        (sources[index], records[index][history_id], records[index].get(previous_id))
        for index, history_id, _date, previous_id in rows
    ]
    changed = [(source, _changed_fields(source, new, old)) for source, new, old in pairs]
    names = _linked_names(changed, pairs)
    users = get_user_model()._base_manager.in_bulk(
        {record.history_user_id for _source, record, _old in pairs} - {None}
    )
    entries = []
    for (source, record, old), (_source, fields) in zip(pairs, changed, strict=True):
        entries.append(
            Entry(
                when=timezone.localtime(record.history_date),
                who=_who(record.history_user_id, users),
                action=record.history_type,
                subject=capfirst(source.model._meta.verbose_name),
                name=str(_as_object(source.model, record)),
                changes=[_change(source, field, old, record, names) for field in fields]
                if record.history_type == CHANGED and old is not None
                else [],
            )
        )
    return entries


def _load_terms(source: Source, records: dict) -> None:
    """Read the names of each record's terms (categories, languages…): one query a field."""
    history_model = source.records.model
    for field in history_model._history_m2m_fields:
        m2m_model = HistoricalRecords.m2m_models[field]
        target = field.m2m_reverse_field_name()
        terms = defaultdict(list)
        for row in m2m_model.objects.filter(history_id__in=records).select_related(target):
            term = getattr(row, target)
            terms[row.history_id].append(str(term) if term is not None else "")
        for history_id, record in records.items():
            record._history_terms = getattr(record, "_history_terms", {})
            record._history_terms[field.name] = sorted(terms[history_id])


def _shown_fields(source: Source) -> list:
    fields = [
        field
        for field in source.records.model.tracked_fields
        if field.editable and not field.primary_key and field.name not in source.hidden
    ]
    return fields + [
        field
        for field in source.records.model._history_m2m_fields
        if field.name not in source.hidden
    ]


def _value(record, field):
    if field.many_to_many:
        return record._history_terms[field.name]
    return getattr(record, field.attname)


def _changed_fields(source: Source, new, old) -> list:
    if old is None or new.history_type != CHANGED:
        return []
    return [field for field in _shown_fields(source) if _value(new, field) != _value(old, field)]


def _linked_names(changed, pairs) -> dict:
    """The names of the rows that changed links point to, by model and primary key."""
    wanted = defaultdict(set)
    for (_source, fields), (_s, new, old) in zip(changed, pairs, strict=True):
        for field in fields:
            if field.many_to_one:
                wanted[field.related_model] |= {_value(new, field), _value(old, field)} - {None}
    return {
        model: {pk: str(row) for pk, row in model._base_manager.in_bulk(pks).items()}
        for model, pks in wanted.items()
    }


def _who(user_id, users) -> str:
    if user_id is None:
        return str(_("the portal"))
    user = users.get(user_id)
    if user is None:
        return str(_("a person who no longer has an account"))
    return str(user)


def _as_object(model, record) -> models.Model:
    """The row as it was, for its name, without reading anything from the database."""
    return model(
        **{field.attname: getattr(record, field.attname) for field in record.tracked_fields}
    )


def _change(source: Source, field, old, new, names) -> Change:
    label = capfirst(field.verbose_name)
    if isinstance(field, models.TextField | models.FileField):
        return Change(label=label, text_changed=True)
    return Change(
        label=label,
        old=_display(source, field, _value(old, field), names),
        new=_display(source, field, _value(new, field), names),
    )


def _display(source: Source, field, value, names) -> str | None:
    """A value as people read it: a choice's label, yes or no, a name, a local date."""
    if value is None or value == "" or value == []:
        return None
    if field.name in source.formatters:
        return source.formatters[field.name](value)
    if field.many_to_many:
        return ", ".join(value)
    if field.many_to_one:
        return names.get(field.related_model, {}).get(value) or str(_("(removed)"))
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, datetime.time):
        return formats.time_format(value, "TIME_FORMAT")
    if isinstance(value, int | float | Decimal):
        return formats.number_format(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return Truncator(str(value)).chars(SHORT_TEXT)
