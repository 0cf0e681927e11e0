"""Statistics for funders: what happened in a coordinator's regions in a period, month by month.

Where things are: an association is in the regions where it is active (its municipalities, the
home municipality always among them); an opportunity and its sign-ups are where its association
is. An association active in two of the chosen regions is counted once.

The figures (all read in a constant number of queries):
- associations created, verified, and active in the period. Active: the card is published and it
  published an opportunity or got a sign-up in the period;
- opportunities published in the period, by type (work tryouts apart), and those in the evening;
- sign-ups made in the period; of them the accepted ones (that got a place: accepted or
  completed), the completed ones and their hours;
- participants: the different people who got a place, and their age in the year of their first
  such sign-up in the period (from the birth year of their profile; "not told" without one);
- sign-ups, accepted, completed and hours month by month (by the month of the sign-up, so the
  months add up to the period).

Counts of people are protected by `protect` (the rule is in its docstring): the page, the charts
and the CSV file show the same protected figures.
"""

import dataclasses
import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.db.models import Case, Count, Exists, OuterRef, Q, When
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from associations.models import Association
from volunteering.models import Opportunity, SignUp

# Counts of people from 1 to THRESHOLD - 1 are not shown.
THRESHOLD = 5
SUPPRESSED = "< 5"

AGE_BANDS = (
    ("under-18", _("Aged under 18"), 0, 17),
    ("18-29", _("Aged 18–29"), 18, 29),
    ("30-64", _("Aged 30–64"), 30, 64),
    ("65-", _("Aged 65 and over"), 65, None),
)
AGE_NOT_TOLD = ("not-told", _("Age not told"))


@dataclasses.dataclass(frozen=True)
class Figure:
    """One figure as it may be shown: `suppressed` hides the value everywhere."""

    value: int | Decimal
    suppressed: bool = False

    @property
    def shown(self) -> int | Decimal | None:
        """The value, or None when it must not be shown."""
        return None if self.suppressed else self.value

    def __str__(self) -> str:
        if self.suppressed:
            return SUPPRESSED
        value = self.value
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)  # 6 hours, not 6.0
        return number_format(value, use_l10n=True, force_grouping=False)


def protect(value, *, people: int | None = None) -> Figure:
    """Primary suppression: a figure that 1–4 people are behind is shown as "< 5".

    `people` is how many people are behind the value (by default the value itself, a count of
    people or of their sign-ups); hours, for example, are suppressed when fewer than five people
    did them. 0 is shown as 0: it reveals no one.
    """
    behind = value if people is None else people
    return Figure(value, suppressed=0 < behind < THRESHOLD)


def protect_group(cells: Sequence[Figure]) -> list[Figure]:
    """Secondary suppression of cells that add up to a shown total (age bands to the number of
    participants, months to the period's figure): when exactly one cell is suppressed, the total
    minus the others would reveal it, so the smallest of the other cells (the first of equals,
    zeros included) is suppressed too. With two or more suppressed cells nothing is revealed:
    their sum is known, but not how it is split."""
    cells = list(cells)
    hidden = [index for index, cell in enumerate(cells) if cell.suppressed]
    if len(hidden) == 1:
        shown = [(cell.value, index) for index, cell in enumerate(cells) if not cell.suppressed]
        if shown:
            _value, index = min(shown)
            cells[index] = dataclasses.replace(cells[index], suppressed=True)
    return cells


@dataclasses.dataclass(frozen=True)
class Period:
    """Whole months from the month of `first` to the month of `last`, both included."""

    first: datetime.date  # the first day of the first month
    last: datetime.date  # the first day of the last month

    @classmethod
    def of(cls, first: datetime.date, last: datetime.date) -> "Period":
        return cls(first.replace(day=1), last.replace(day=1))

    @classmethod
    def last_months(cls, count: int, today: datetime.date | None = None) -> "Period":
        """The `count` months up to and including this one."""
        this_month = (today or timezone.localdate()).replace(day=1)
        return cls(add_months(this_month, 1 - count), this_month)

    @property
    def months(self) -> list[datetime.date]:
        return [add_months(self.first, n) for n in range(months_between(self.first, self.last) + 1)]

    @property
    def start(self) -> datetime.datetime:
        return _local_midnight(self.first)

    @property
    def end(self) -> datetime.datetime:
        """The first moment after the period."""
        return _local_midnight(add_months(self.last, 1))


def add_months(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(first: datetime.date, last: datetime.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


@dataclasses.dataclass(frozen=True)
class Row:
    key: str  # stable, for tests and the CSV
    label: str
    figure: Figure


@dataclasses.dataclass(frozen=True)
class Month:
    month: datetime.date
    signups: Figure
    accepted: Figure
    completed: Figure
    hours: Figure


@dataclasses.dataclass(frozen=True)
class Statistics:
    period: Period
    associations: list[Row]
    opportunities: list[Row]
    people: list[Row]
    age_bands: list[Row]
    months: list[Month]

    def figure(self, key: str) -> Figure:
        for row in (*self.associations, *self.opportunities, *self.people, *self.age_bands):
            if row.key == key:
                return row.figure
        raise KeyError(key)


def associations_in(regions: Iterable | None):
    """Associations active in `regions` (None: everywhere), each once."""
    if regions is None:
        return Association.objects.all()
    return Association.objects.filter(
        pk__in=Association.municipalities.through.objects.filter(
            municipality__region__in=regions
        ).values("association_id")
    )


def region_statistics(*, regions: Iterable | None, period: Period) -> Statistics:
    """The figures of `regions` (None: the whole country) in `period`, in three queries."""
    associations = associations_in(regions)
    in_period = {"__gte": period.start, "__lt": period.end}

    def during(field: str) -> Q:
        return Q(**{f"{field}{lookup}": moment for lookup, moment in in_period.items()})

    published_in_period = Opportunity.objects.filter(
        during("published_at"), association=OuterRef("pk")
    )
    signed_up_in_period = SignUp.objects.filter(
        during("created_at"), opportunity__association=OuterRef("pk")
    )
    counts = associations.aggregate(
        new=Count("pk", filter=during("created_at")),
        verified=Count("pk", filter=during("verified_at")),
        active=Count(
            "pk",
            filter=Q(status=Association.Status.PUBLISHED)
            & (Exists(published_in_period) | Exists(signed_up_in_period)),
        ),
    )

    by_type = {
        row["type"]: row
        for row in Opportunity.objects.filter(during("published_at"), association__in=associations)
        .values("type")
        .annotate(count=Count("pk"), evening=Count("pk", filter=Q(is_evening=True)))
        .order_by()
    }

    signups = list(
        SignUp.objects.filter(during("created_at"), opportunity__association__in=associations)
        .order_by("created_at", "pk")
        .values_list(
            "user_id",
            "former_person",
            "status",
            "hours_done",
            "created_at",
            # A person who deleted their account keeps the birth year they gave on the sign-up.
            Case(When(user__isnull=True, then="birth_year"), default="user__profile__birth_year"),
        )
    )
    # ...and is still one participant: their sign-ups share a random value instead of the account.
    signups = [(user_id or former_person, *rest) for user_id, former_person, *rest in signups]

    return Statistics(
        period=period,
        associations=[
            Row("associations-new", _("New associations"), Figure(counts["new"])),
            Row("associations-verified", _("Verified associations"), Figure(counts["verified"])),
            Row("associations-active", _("Active associations"), Figure(counts["active"])),
        ],
        opportunities=_opportunity_rows(by_type),
        **_signup_figures(signups, period),
    )


def _opportunity_rows(by_type: dict) -> list[Row]:
    """Opportunities by type, work tryouts (JTET) after the total of the others."""
    rows = []
    others = 0
    for type_, label in Opportunity.Type.choices:
        if type_ != Opportunity.Type.TRYOUT:
            count = by_type.get(type_, {}).get("count", 0)
            others += count
            rows.append(Row(f"opportunities-{type_}", label, Figure(count)))
    tryouts = by_type.get(Opportunity.Type.TRYOUT, {}).get("count", 0)
    evening = sum(row["evening"] for row in by_type.values())
    return [
        *rows,
        Row("opportunities-others", _("Opportunities other than work tryouts"), Figure(others)),
        Row("opportunities-tryout", Opportunity.Type.TRYOUT.label, Figure(tryouts)),
        Row("opportunities-evening", _("Opportunities in the evening"), Figure(evening)),
    ]


class _Tally:
    """Sign-ups, accepted and completed ones, hours, and the people behind the hours."""

    def __init__(self):
        self.signups = self.accepted = self.completed = 0
        self.hours = Decimal(0)
        self.people_with_hours = set()

    def add(self, user_id, status, hours):
        self.signups += 1
        if status in SignUp.HOLDS_PLACE:
            self.accepted += 1
        if status == SignUp.Status.COMPLETED:
            self.completed += 1
            if hours is not None:
                self.hours += hours
                self.people_with_hours.add(user_id)

    def figures(self) -> dict[str, Figure]:
        return {
            "signups": protect(self.signups),
            "accepted": protect(self.accepted),
            "completed": protect(self.completed),
            "hours": protect(self.hours, people=len(self.people_with_hours)),
        }


def _signup_figures(signups: list[tuple], period: Period) -> dict:
    total = _Tally()
    by_month = defaultdict(_Tally)
    first_year = {}  # participant → the year of their first sign-up with a place
    birth_years = {}
    for user_id, status, hours, created_at, birth_year in signups:
        month = timezone.localtime(created_at).date().replace(day=1)
        total.add(user_id, status, hours)
        by_month[month].add(user_id, status, hours)
        if status in SignUp.HOLDS_PLACE and user_id not in first_year:
            first_year[user_id] = month.year
            birth_years[user_id] = birth_year

    bands = dict.fromkeys([key for key, *_rest in AGE_BANDS] + [AGE_NOT_TOLD[0]], 0)
    for user_id, year in first_year.items():
        bands[_age_band(birth_years[user_id], year)] += 1
    labels = {key: label for key, label, *_rest in AGE_BANDS} | dict([AGE_NOT_TOLD])
    band_figures = protect_group([protect(count) for count in bands.values()])

    totals = total.figures()
    columns = {
        name: [by_month[month].figures()[name] for month in period.months] for name in totals
    }
    columns = {name: protect_group(cells) for name, cells in columns.items()}
    return {
        "people": [
            Row("signups", pgettext_lazy("statistics", "Sign-ups"), totals["signups"]),
            Row("accepted", pgettext_lazy("statistics", "Accepted"), totals["accepted"]),
            Row("completed", pgettext_lazy("statistics", "Completed"), totals["completed"]),
            Row("hours", _("Hours done"), totals["hours"]),
            Row(
                "participants",
                pgettext_lazy("statistics", "Participants"),
                protect(len(first_year)),
            ),
        ],
        "age_bands": [
            Row(f"age-{key}", labels[key], figure)
            for key, figure in zip(bands, band_figures, strict=True)
        ],
        "months": [
            Month(month, *(columns[name][index] for name in totals))
            for index, month in enumerate(period.months)
        ],
    }


def _age_band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return AGE_NOT_TOLD[0]
    age = year - birth_year
    for key, _label, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return key
    return AGE_BANDS[0][0]  # a birth year after the sign-up: the youngest band
