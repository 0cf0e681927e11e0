"""Suggestions: the current opportunities that fit a person best, each with the reasons why.

How the ranking works, in a few lines:
- Only what the person can sign up for is ever suggested: current opportunities (published, of a
  published association, not past their deadline or over) that suit their age and that they
  have not signed up for (nor withdrawn from: they have seen it already). A full opportunity
  always takes sign-ups to its waiting list (volunteering.rules), so being full only lowers the
  score. Without a birth year, only opportunities without age limits: the others may refuse.
- The travel range drops what is too far ("only remote" keeps remote ones; "my municipality" and
  "my region" keep those there and remote ones); every other preference only adds to the score.
- The score is the sum of the SCORE_* weights below, the place counting once (its best match).
  The database scores every possible opportunity from its own columns and facet keys (no joins
  per row; the languages the person speaks are one subquery, read once) and returns only the
  best few times `limit` (id and score). Their places are then
  counted, and a full one loses SCORE_FULL; since that only lowers a score, more are read only
  when an unread one could still come in. Ties go to the soonest first day, then the lowest id,
  so the order is the same every time. The reasons are worked out in Python for the rows shown.
- Without a profile or preferences the score is what the opportunities themselves offer (suits
  beginners, deadline soon, places left): a sensible order for anyone.
"""

import dataclasses
import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import (
    Case,
    F,
    IntegerField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat
from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext

from core.caching import cache_key, version
from volunteering.models import Opportunity, SignUp, Skill
from volunteering.rules import age_this_year, suits_age
from volunteering.selectors import with_places_taken

from .models import Preferences

# The weights. The place is worth most: a task one cannot get to is no use, and one close by is
# the easiest to start. Free time comes next (an evening task for someone free only in the
# evenings), then what the person likes doing and the kind of opportunity they want; skills, a
# language they speak, beginner-friendliness and a near deadline break the closer calls. A full opportunity (only its
# waiting list left) loses as much as a liked topic is worth: it still comes, but lower.
SCORE_OWN_MUNICIPALITY = 40
SCORE_REMOTE = 30
SCORE_OWN_REGION = 20
SCORE_FREE_TIME = 25
SCORE_FLEXIBLE_TIME = 10  # "agree on the times": fits most free times, less surely
SCORE_TOPIC = 20
SCORE_KIND = 15
SCORE_SKILL = 10
SCORE_BEGINNER = 5
SCORE_DEADLINE_SOON = 3
SCORE_LANGUAGE = 10
SCORE_FULL = -20

# An application deadline this close (in days) is worth a mention and a small bonus.
DEADLINE_SOON_DAYS = 14
# Candidates read for each suggestion shown: the places of only these are counted. More are
# read in the rare case that full ones among them leave the order in doubt (`suggest`).
CANDIDATES_PER_SUGGESTION = 4
# How many the suggestions page shows, and the blocks on the home page and /me/.
PAGE_LIMIT = 20
BLOCK_LIMIT = 3

REASON_SEPARATOR = " · "

FreeTime = Preferences.FreeTime
TravelRange = Preferences.TravelRange


@dataclasses.dataclass(frozen=True)
class Suggestion:
    opportunity: Opportunity
    score: int
    reasons: list[str]

    @property
    def why(self) -> str:
        """The reasons in plain words: "Kouvola · evenings · you like sports and outdoors"."""
        return REASON_SEPARATOR.join(self.reasons)


@dataclasses.dataclass(frozen=True)
class Wishes:
    """What a person told about themselves and what they look for, as the ranking reads it."""

    birth_year: int | None = None
    home_municipality: object = None  # core.models.Municipality with its region, or None
    travel_range: str = ""
    topics: tuple = ()  # associations.models.Category
    kinds: frozenset = frozenset()
    free_times: frozenset = frozenset()
    skills: tuple = ()  # values of Skill, in the person's order
    has_preferences: bool = False

    def fingerprint(self) -> tuple:
        """What the ranking depends on, for its cache key."""
        return (
            self.birth_year,
            getattr(self.home_municipality, "pk", None),
            self.travel_range,
            sorted(topic.pk for topic in self.topics),
            sorted(self.kinds),
            sorted(self.free_times),
            self.skills,
        )

    @classmethod
    def of(cls, user) -> "Wishes":
        """The person's profile and preferences in one query, their topics in a second."""
        person = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .select_related("profile__home_municipality__region", "preferences")
            .prefetch_related("preferences__topics")
            .get()
        )
        profile = getattr(person, "profile", None)
        preferences = getattr(person, "preferences", None)
        wishes = {}
        if profile is not None:
            wishes.update(
                birth_year=profile.birth_year, home_municipality=profile.home_municipality
            )
        if preferences is not None:
            kinds, free_times = set(Opportunity.Type.values), set(FreeTime.values)
            wishes.update(
                travel_range=preferences.travel_range,
                topics=tuple(preferences.topics.all()),
                kinds=frozenset(kind for kind in preferences.kinds if kind in kinds),
                free_times=frozenset(time for time in preferences.free_times if time in free_times),
                skills=tuple(
                    dict.fromkeys(skill for skill in preferences.skills if skill in Skill.values)
                ),
                has_preferences=True,
            )
        return cls(**wishes)


def suggestions_for(user, *, limit: int = PAGE_LIMIT, today=None) -> list[Suggestion]:
    """The person's best `limit` suggestions, best first: four queries in all (the person,
    their topics, the ranking, the rows shown); one fewer without preferences or candidates."""
    if not user.is_authenticated:
        return []
    return suggest(Wishes.of(user), user=user, limit=limit, today=today)


def suggest(wishes: Wishes, *, user=None, limit: int = PAGE_LIMIT, today=None) -> list[Suggestion]:
    """The best `limit` suggestions for `wishes`, best first (see the module's docstring).

    The ranking is kept in the shared cache (SUGGESTION_CACHE_SECONDS) under the person, their
    wishes, today and the public content version: any change to an opportunity or a sign-up,
    or to what the person looks for, ranks again at once. A hit reads only the rows shown."""
    today = today or timezone.localdate()
    seconds = settings.SUGGESTION_CACHE_SECONDS
    if not seconds:
        return _rank(wishes, user=user, limit=limit, today=today)
    person = (user.pk, version(wishes_version_key(user.pk))) if user is not None else None
    key = cache_key("suggestions", person, wishes.fingerprint(), limit, today)
    ranking = cache.get(key)
    if ranking is None:
        found = _rank(wishes, user=user, limit=limit, today=today)
        cache.set(key, [(item.opportunity.pk, item.score) for item in found], seconds)
        return found
    opportunities = with_places_taken(
        Opportunity.objects.select_related("association", "municipality__region")
    ).in_bulk([pk for pk, _score in ranking])
    return [
        Suggestion(opportunity, score, reasons(opportunity, wishes, today=today))
        for pk, score in ranking
        if (opportunity := opportunities.get(pk)) is not None
    ]


def _rank(wishes: Wishes, *, user, limit: int, today: datetime.date) -> list[Suggestion]:
    ranked = (
        possible_for(wishes, user=user, today=today)
        .alias(
            keys=Concat(Value(" "), "facet_keys", Value(" "), output_field=TextField()),
            # The skills are a JSON list: as text each value stands in quotes ("cooking"), on
            # PostgreSQL and SQLite alike.
            skills_text=Cast("skills", TextField()),
        )
        .annotate(score=score_expression(wishes, today=today, user=user))
        .order_by("-score", F("start_date").asc(nulls_last=True), "pk")
        .values_list("pk", "score", "start_date")
    )
    size = max(limit * CANDIDATES_PER_SUGGESTION, limit)
    while True:
        rows = list(ranked[:size])
        best = _best({pk: score for pk, score, _start in rows}, limit)
        # Exact when every candidate was read, or when the last one kept comes before any
        # unread one could: an unread one scores at most what the last read one did before
        # its places were counted, and on a tie it comes after it.
        if len(rows) < size or (
            len(best) == limit and _order(*best[-1]) <= _order(rows[-1][1], rows[-1])
        ):
            break
        size *= 4
    return [
        Suggestion(opportunity, score, reasons(opportunity, wishes, today=today))
        for score, opportunity in best
    ]


def _order(score: int, row) -> tuple:
    """The order of the suggestions: the best score first, then the soonest first day (those
    without one last), then the lowest id. `row` is an opportunity or a (pk, score, first day)."""
    pk, start = (row.pk, row.start_date) if isinstance(row, Opportunity) else (row[0], row[2])
    return (-score, start is None, start or datetime.date.min, pk)


def _best(scores: dict[int, int], limit: int) -> list[tuple[int, Opportunity]]:
    """(final score, opportunity) of the best `limit` candidates, their places counted: a full
    one loses SCORE_FULL. The rows, their relations and their places in one query."""
    candidates = with_places_taken(
        Opportunity.objects.filter(pk__in=scores).select_related(
            "association", "municipality__region"
        )
    )
    final = [
        (scores[opportunity.pk] + (SCORE_FULL if opportunity.places_left == 0 else 0), opportunity)
        for opportunity in candidates
    ]
    final.sort(key=lambda item: _order(*item))
    return final[:limit]


def possible_for(wishes: Wishes, *, user=None, today: datetime.date):
    """The current opportunities this person could sign up for, within their travel range."""
    queryset = Opportunity.objects.current(today)
    if wishes.birth_year is None:
        queryset = queryset.filter(min_age__isnull=True, max_age__isnull=True)
    else:
        queryset = queryset.filter(suits_age(age_this_year(wishes.birth_year, today)))
    if user is not None:
        queryset = queryset.exclude(pk__in=SignUp.objects.filter(user=user).values("opportunity"))
    home = wishes.home_municipality
    if wishes.travel_range == TravelRange.REMOTE:
        queryset = queryset.filter(is_remote=True)
    elif wishes.travel_range == TravelRange.MUNICIPALITY and home is not None:
        queryset = queryset.filter(Q(is_remote=True) | Q(municipality=home))
    elif wishes.travel_range == TravelRange.REGION and home is not None:
        queryset = queryset.filter(Q(is_remote=True) | Q(municipality__region=home.region_id))
    return queryset


def _key(name: str, value: str | None = None) -> Q:
    """Rows with this facet key (core.facets): the keys are padded with spaces by `suggest`, so
    that a key never matches the start of a longer one. No join, no subquery."""
    token = name if value is None else f"{name}:{value}"
    return Q(keys__contains=f" {token} ")


def _free_time_condition(free_times) -> Q | None:
    conditions = []
    if FreeTime.EVENINGS in free_times:
        conditions.append(Q(is_evening=True))
    if FreeTime.WEEKENDS in free_times:
        conditions.append(Q(is_weekend=True))
    if FreeTime.WEEKDAY_DAYTIME in free_times:
        conditions.append(_weekday_daytime())
    return _any(conditions)


def _weekday_daytime() -> Q:
    """Neither in the evening nor at the weekend, when its times are known."""
    return (
        Q(is_evening=False, is_weekend=False)
        & ~Q(schedule=Opportunity.Schedule.FLEXIBLE)
        & (Q(start_time__isnull=False) | Q(schedule=Opportunity.Schedule.RECURRING))
    )


def _points(condition: Q | None, points: int):
    if condition is None:
        return Value(0)
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def wishes_version_key(user_pk) -> str:
    """The key of the person's own version, raised when their profile or preferences change
    (matching.blocks.wishes_changed): their kept ranking and block are stale then."""
    return f"matching-person:{user_pk}"


def _in_their_languages(user) -> Q | None:
    """Opportunities in a language the person speaks, read inside the ranking query."""
    if user is None:
        return None
    spoken = Preferences.languages.through.objects.filter(preferences__user=user.pk)
    return Q(
        pk__in=Opportunity.languages.through.objects.filter(
            activitylanguage__in=spoken.values("activitylanguage")
        ).values("opportunity")
    )


def score_expression(wishes: Wishes, *, today: datetime.date, user=None):
    """The sum of the weights each opportunity earns, all but SCORE_FULL (see `suggest`)."""
    home = wishes.home_municipality
    place = [When(municipality=home, then=Value(SCORE_OWN_MUNICIPALITY))] if home else []
    place.append(When(is_remote=True, then=Value(SCORE_REMOTE)))
    if home is not None:
        place.append(When(_key("region", home.region.slug), then=Value(SCORE_OWN_REGION)))
    parts = [
        Case(*place, default=Value(0), output_field=IntegerField()),
        _points(_free_time_condition(wishes.free_times), SCORE_FREE_TIME),
        _points(
            Q(schedule=Opportunity.Schedule.FLEXIBLE) if wishes.free_times else None,
            SCORE_FLEXIBLE_TIME,
        ),
        _points(_any(_key("category", topic.slug) for topic in wishes.topics), SCORE_TOPIC),
        _points(Q(type__in=sorted(wishes.kinds)) if wishes.kinds else None, SCORE_KIND),
        _points(
            _any(Q(skills_text__contains=f'"{skill}"') for skill in wishes.skills), SCORE_SKILL
        ),
        _points(_in_their_languages(user) if wishes.has_preferences else None, SCORE_LANGUAGE),
        _points(Q(beginner_friendly=True), SCORE_BEGINNER),
        _points(
            Q(application_deadline__lte=today + datetime.timedelta(days=DEADLINE_SOON_DAYS)),
            SCORE_DEADLINE_SOON,
        ),
    ]
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


def _any(conditions) -> Q | None:
    result = None
    for condition in conditions:
        result = condition if result is None else result | condition
    return result


def reasons(opportunity: Opportunity, wishes: Wishes, *, today: datetime.date) -> list[str]:
    """Why it fits, in plain words and in the order of the weights: the place, the time, the
    topic, the kind, the skill, then what the opportunity itself offers."""
    found = []
    home, place = wishes.home_municipality, opportunity.municipality
    if home is not None and place is not None and place.pk == home.pk:
        found.append(place.name)
    elif opportunity.is_remote:
        found.append(gettext("remote"))
    elif home is not None and place is not None and place.region_id == home.region_id:
        found.append(place.name)
    times = wishes.free_times
    if FreeTime.EVENINGS in times and opportunity.is_evening:
        found.append(gettext("evenings"))
    if FreeTime.WEEKENDS in times and opportunity.is_weekend:
        found.append(gettext("weekends"))
    if FreeTime.WEEKDAY_DAYTIME in times and _is_weekday_daytime(opportunity):
        found.append(gettext("weekdays in the daytime"))
    if times and opportunity.schedule == Opportunity.Schedule.FLEXIBLE:
        found.append(gettext("flexible times"))
    slugs = _facet_values(opportunity, "category")
    topic = next((topic for topic in wishes.topics if topic.slug in slugs), None)
    if topic is not None:
        found.append(gettext("you like %(topic)s") % {"topic": lower_first(topic.name)})
    if opportunity.type in wishes.kinds:
        found.append(lower_first(opportunity.get_type_display()))
    skill = next((skill for skill in wishes.skills if skill in opportunity.skills), None)
    if skill is not None:
        found.append(
            gettext("you can practise %(skill)s") % {"skill": lower_first(Skill(skill).label)}
        )
    if opportunity.beginner_friendly:
        found.append(gettext("suits beginners"))
    deadline = opportunity.application_deadline
    if deadline is not None and deadline <= today + datetime.timedelta(days=DEADLINE_SOON_DAYS):
        day = formats.date_format(deadline, pgettext("day and month, a date format", "j M"))
        found.append(gettext("apply by %(date)s") % {"date": day})
    return found


def _facet_values(opportunity: Opportunity, name: str) -> set[str]:
    """The options of facet `name` in the opportunity's facet keys (its topics' slugs), which
    the score read too: no query."""
    prefix = f"{name}:"
    return {
        key.removeprefix(prefix) for key in opportunity.facet_keys.split() if key.startswith(prefix)
    }


def _is_weekday_daytime(opportunity: Opportunity) -> bool:
    """As `_weekday_daytime`, for one opportunity."""
    Schedule = Opportunity.Schedule
    return (
        not opportunity.is_evening
        and not opportunity.is_weekend
        and opportunity.schedule != Schedule.FLEXIBLE
        and (opportunity.start_time is not None or opportunity.schedule == Schedule.RECURRING)
    )


def lower_first(text: str) -> str:
    """`Liikunta ja ulkoilu` → `liikunta ja ulkoilu` inside a sentence; `IT help` stays."""
    if len(text) > 1 and text[1].isupper():
        return str(text)
    return str(text)[:1].lower() + str(text)[1:]
