"""Builds synthetic association cards in memory and writes them with bulk inserts.

The fields a service derives (search text, evening flag, search vector, facet keys) are derived
here with the same functions of `associations.services`, so a generated card is the card the
service would save (its facet keys are written last, once its activities and support are).
"""

import datetime
import itertools
import random
import re
import time
from dataclasses import dataclass

from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    MeetingTime,
    TargetGroup,
)
from associations.services import (
    association_build_search_text,
    association_has_evening_activity,
    association_refresh_facet_keys,
    association_refresh_search_vectors,
)
from core.models import Municipality

from . import opportunities as opportunity_data
from .vocabulary import (
    BILINGUAL,
    COMMON_MEETINGS,
    DISPLAY_NAMES,
    DURATIONS,
    FEES,
    FIRST_NAMES,
    GENERAL_SENTENCES,
    GENERAL_SENTENCES_SV,
    HOW_TO_JOIN,
    KINDS,
    LAST_NAMES,
    MEETING_PLACES,
    START_TIMES,
    STREETS,
    SV_FIRST_NAMES,
    SV_LAST_NAMES,
    SWEDISH_MAJORITY,
    SWEDISH_REGIONS,
    TOPIC_CLUBS,
    TOWN_WEIGHTS,
    VILLAGES,
    YOUTH_SENTENCE,
    Kind,
    genitive,
)

SLUG_PREFIX = "bench-"
EMAIL_DOMAIN = "bench.example.invalid"
BATCH_SIZE = 2000
M2M_FIELDS = ("categories", "target_groups", "languages", "municipalities")


def bench_associations():
    """The cards this generator wrote (and only those)."""
    return Association.objects.filter(
        slug__startswith=SLUG_PREFIX, contact_email__endswith=f"@{EMAIL_DOMAIN}"
    )


@dataclass(frozen=True, eq=False)
class Place:
    municipality: Municipality
    name: str  # Finnish, as used in running text
    name_gen: str
    name_sv: str
    swedish: str  # "majority", "bilingual" or ""


def generate(*, associations: int, seed: int, phase: "Phases", opportunities: int = 0) -> list[int]:
    """Write `associations` new cards, then `opportunities` opportunities of theirs with people,
    sign-ups and offerings (bench/opportunities.py); returns the cards' keys."""
    generator = Generator(random.Random(seed))
    phase.done("load places and terms")
    with transaction.atomic():
        first_number = next_slug_number()
        ids = []
        for start in range(0, associations, BATCH_SIZE):
            count = min(BATCH_SIZE, associations - start)
            ids += generator.create_batch(first_number + start, count, phase)
        if ids:
            association_refresh_search_vectors(
                bench_associations().filter(pk__gte=min(ids), pk__lte=max(ids))
            )
            phase.done("search vectors")
        if generator.cards and opportunities:
            generate_opportunities(generator.cards, opportunities, seed=seed, phase=phase)
        if ids:
            # After the offerings, which the cards' facet keys include.
            association_refresh_facet_keys(
                bench_associations().filter(pk__gte=min(ids), pk__lte=max(ids))
            )
            phase.done("facet keys")
    if connection.vendor == "postgresql":
        analyze()
        opportunity_data.analyze()
        phase.done("analyze")
    return ids


def generate_opportunities(cards: list, opportunities: int, *, seed: int, phase: "Phases"):
    """Opportunities of the generated `cards` (mostly of published ones), the people who sign
    up, the bench's log-in accounts with their roles, and a few offerings per card."""
    if opportunity_data.bench_people(EMAIL_DOMAIN).exists():
        raise CommandError("Generated people are there already: add --clear to start afresh.")
    generator = opportunity_data.OpportunityGenerator(
        random.Random(seed + 1), domain=EMAIL_DOMAIN, slug_prefix=SLUG_PREFIX
    )
    published = [card[:3] for card in cards if card[3] == Association.Status.PUBLISHED]
    people = generator.create_people(max(opportunity_data.MIN_PEOPLE, opportunities // 5))
    phase.done("people")
    staff_card = published[len(published) // 2] if published else cards[0][:3]
    generator.create_roles(people=people, staff_card_id=staff_card[0])
    # Nine in ten opportunities belong to published cards: the others are never listed.
    pool = published * 9 + [card[:3] for card in cards] if published else [c[:3] for c in cards]
    for start in range(0, opportunities, opportunity_data.BATCH_SIZE):
        count = min(opportunity_data.BATCH_SIZE, opportunities - start)
        generator.create_batch(cards=pool, count=count, people=people, staff_card=staff_card)
        phase.done("opportunities and sign-ups")
    generator.refresh_search_vectors()
    phase.done("opportunity search vectors")
    generator.create_offerings([card[:3] for card in cards])
    phase.done("offerings")


def analyze() -> None:
    """Fresh statistics, so that the planner sees the new row counts at once."""
    tables = [Association._meta.db_table, MeetingTime._meta.db_table] + [
        getattr(Association, field).through._meta.db_table for field in M2M_FIELDS
    ]
    # VACUUM too: writing the search vectors updated every new row, leaving a dead copy
    # of each that would make scans twice as long. It cannot run inside a transaction
    # (as in the tests); ANALYZE alone does there.
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(f"{command} " + ", ".join(map(connection.ops.quote_name, tables)))


def delete_generated() -> int:
    """Delete the generated cards, opportunities and people; returns how many cards there were."""
    with transaction.atomic():
        opportunity_data.delete_generated(EMAIL_DOMAIN)
        cards = bench_associations()
        # Delete the dependent rows in set-based statements first; the cards then go fast.
        for field in M2M_FIELDS:
            through = getattr(Association, field).through
            through.objects.filter(association__in=cards).delete()
        MeetingTime.objects.filter(association__in=cards).delete()
        # Only the keys are needed to cascade to anything else that refers to a card.
        deleted = cards.count()
        cards.only("pk").delete()
    return deleted


class Phases:
    """Time spent per phase, summed over batches; printed with --verbosity 2."""

    def __init__(self, out):
        self.out = out
        self.totals: dict[str, float] = {}
        self.mark = time.monotonic()

    def done(self, name: str) -> None:
        now = time.monotonic()
        self.totals[name] = self.totals.get(name, 0.0) + now - self.mark
        self.mark = now

    def summary(self) -> None:
        if self.out is not None:
            for name, seconds in self.totals.items():
                self.out.write(f"  {name:<24} {seconds:6.2f} s")


def next_slug_number() -> int:
    """1 + the largest number at the end of an existing generated slug, so slugs stay unique."""
    numbers = [
        int(match.group(1))
        for slug in bench_associations().values_list("slug", flat=True).iterator()
        if (match := re.search(r"-(\d+)$", slug))
    ]
    return max(numbers, default=0) + 1


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.now = timezone.now()
        self.places = self._load_places()
        if not self.places:
            raise CommandError("No municipalities: run `manage.py migrate` first.")
        by_region: dict[int, list[Place]] = {}
        for place in self.places:
            by_region.setdefault(place.municipality.region_id, []).append(place)
        self.neighbours = {
            place: [
                other for other in by_region[place.municipality.region_id] if other is not place
            ]
            for place in self.places
        }
        self.place_cum_weights = list(
            itertools.accumulate(TOWN_WEIGHTS.get(place.name, 1) for place in self.places)
        )
        # Every municipality gets a card first (in random order), then bigger towns get more.
        self.first_round = list(self.places)
        rng.shuffle(self.first_round)
        self.categories = {category.slug: category for category in Category.objects.all()}
        self.target_groups = dict(TargetGroup.objects.values_list("slug", "pk"))
        self.languages = dict(ActivityLanguage.objects.values_list("slug", "pk"))
        self.start_times = [datetime.time(h, m) for h, m, _ in START_TIMES]
        self.start_weights = [w for _, _, w in START_TIMES]
        self.used_names: set[str] = set()
        self.count = 0
        # (key, name, home municipality key, status) of each card written, for the opportunities.
        self.cards: list[tuple] = []

    @staticmethod
    def _load_places() -> list[Place]:
        places = []
        rows = Municipality.objects.select_related("region").order_by("code")
        for municipality in rows:
            name = DISPLAY_NAMES.get(municipality.name_fi, municipality.name_fi)
            if (
                municipality.region.code in SWEDISH_REGIONS
                or municipality.name_fi in SWEDISH_MAJORITY
            ):
                swedish = "majority"
            elif municipality.name_fi in BILINGUAL:
                swedish = "bilingual"
            else:
                swedish = ""
            places.append(
                Place(
                    municipality=municipality,
                    name=name,
                    name_gen=genitive(name),
                    name_sv=DISPLAY_NAMES.get(municipality.name_sv, municipality.name_sv),
                    swedish=swedish,
                )
            )
        return places

    def pick_place(self) -> Place:
        if self.count < len(self.first_round):
            return self.first_round[self.count]
        return self.rng.choices(self.places, cum_weights=self.place_cum_weights)[0]

    def create_batch(self, first_number: int, count: int, phase: Phases) -> list[int]:
        cards, relations = [], []
        for number in range(first_number, first_number + count):
            card, related = self.make_card(number)
            cards.append(card)
            relations.append(related)
            self.count += 1
        phase.done("build cards in Python")
        Association.objects.bulk_create(cards, batch_size=BATCH_SIZE)
        phase.done("insert cards")
        through_rows = {field: [] for field in M2M_FIELDS}
        meetings = []
        for card, related in zip(cards, relations, strict=True):
            for pk in related["categories"]:
                through_rows["categories"].append(
                    Association.categories.through(association_id=card.pk, category_id=pk)
                )
            for pk in related["target_groups"]:
                through_rows["target_groups"].append(
                    Association.target_groups.through(association_id=card.pk, targetgroup_id=pk)
                )
            for pk in related["languages"]:
                through_rows["languages"].append(
                    Association.languages.through(association_id=card.pk, activitylanguage_id=pk)
                )
            for pk in related["municipalities"]:
                through_rows["municipalities"].append(
                    Association.municipalities.through(association_id=card.pk, municipality_id=pk)
                )
            for meeting in related["meetings"]:
                meeting.association_id = card.pk
                meetings.append(meeting)
        for field, rows in through_rows.items():
            getattr(Association, field).through.objects.bulk_create(rows, batch_size=5000)
        MeetingTime.objects.bulk_create(meetings, batch_size=5000)
        phase.done("insert related rows")
        self.cards += [(c.pk, c.name, c.home_municipality_id, c.status) for c in cards]
        return [card.pk for card in cards]

    def make_card(self, number: int):
        rng = self.rng
        place = self.pick_place()
        swedish_share = {"majority": 0.75, "bilingual": 0.12}.get(place.swedish, 0.0)
        swedish_card = rng.random() < swedish_share
        kinds = [kind for kind in KINDS if kind.names_sv] if swedish_card else KINDS
        weights = [kind.weight for kind in kinds]
        kind = rng.choices(kinds, weights=weights)[0]
        topic, topic_categories = rng.choice(TOPIC_CLUBS)

        values = {
            "gen": place.name_gen,
            "place": place.name,
            "sv": place.name_sv,
            "village": rng.choice(VILLAGES),
            "topic": topic,
        }
        name = self.unique_name(kind, swedish_card, values)
        group_slugs = rng.sample(
            kind.target_groups, k=min(len(kind.target_groups), rng.randint(1, 2))
        )
        group_ids = [self.target_groups[slug] for slug in group_slugs if slug in self.target_groups]
        if swedish_card:
            short = rng.choice(kind.shorts_sv or kind.shorts).format(**values)
            parts = rng.sample(GENERAL_SENTENCES_SV, k=rng.randint(2, 3))
        else:
            short = rng.choice(kind.shorts).format(**values)
            wanted = rng.randint(2, 3)
            parts = [rng.choice(kind.about).format(**values)]
            if rng.random() < 0.4:
                parts.append(f"Toimimme {place.name_gen} alueella ja lähikunnissa.")
            pool = GENERAL_SENTENCES + ((YOUTH_SENTENCE,) if "youth" in group_slugs else ())
            parts += rng.sample(pool, k=max(0, wanted - len(parts)))
        description = " ".join(parts)
        short = short[: Association._meta.get_field("short_description").max_length]

        # Categories: the kind's main one, and sometimes one or two more of its own.
        kind_categories = (*topic_categories, "hobbies") if kind.uses_topic else kind.categories
        kind_categories = list(dict.fromkeys(kind_categories))
        category_slugs = [kind_categories[0]]
        for slug in kind_categories[1:]:
            if len(category_slugs) < 3 and rng.random() < 0.55:
                category_slugs.append(slug)
        categories = [self.categories[slug] for slug in category_slugs if slug in self.categories]

        language_slugs = ["sv"] if swedish_card else ["fi"]
        roll = rng.random()
        if place.swedish and roll < 0.35:
            language_slugs.append("fi" if swedish_card else "sv")
        elif roll < 0.08:
            language_slugs.append("en")
        elif roll < 0.1:
            language_slugs.append("other")
        language_ids = [self.languages[slug] for slug in language_slugs if slug in self.languages]

        neighbours = self.neighbours[place]
        others = rng.sample(neighbours, k=min(len(neighbours), rng.choice((0, 0, 1, 1, 2))))
        municipalities = [place.municipality, *(other.municipality for other in others)]

        meetings = []
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            start = rng.choices(self.start_times, weights=self.start_weights)[0]
            end = None
            if rng.random() < 0.8:
                end_dt = datetime.datetime.combine(datetime.date(2000, 1, 3), start)
                end = (end_dt + datetime.timedelta(minutes=rng.choice(DURATIONS))).time()
            meetings.append(
                MeetingTime(
                    weekday=rng.randrange(7),
                    start_time=start,
                    end_time=end,
                    description=rng.choice(kind.meetings + COMMON_MEETINGS[:1]),
                )
            )

        roll = rng.random()
        if roll < 0.88:
            status = Association.Status.PUBLISHED
        elif roll < 0.95:
            status = Association.Status.DRAFT
        elif roll < 0.98:
            status = Association.Status.PENDING
        else:
            status = Association.Status.HIDDEN
        created_at = self.now - datetime.timedelta(days=rng.randint(30, 5 * 365))
        published_at = None
        verified = False
        verified_at = None
        if status in (Association.Status.PUBLISHED, Association.Status.HIDDEN):
            published_at = created_at + datetime.timedelta(days=rng.randint(0, 20))
            verified = rng.random() < 0.8
            if verified:
                verified_at = published_at + datetime.timedelta(days=rng.randint(0, 10))

        slug = f"{SLUG_PREFIX}{slugify(name)[:150].strip('-')}-{number}"
        if swedish_card:
            contact = f"{rng.choice(SV_FIRST_NAMES)} {rng.choice(SV_LAST_NAMES)}"
        else:
            contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        card = Association(
            name=name,
            slug=slug,
            short_description=short,
            description=description,
            home_municipality=place.municipality,
            meeting_place=rng.choice(MEETING_PLACES) if rng.random() < 0.8 else "",
            street_address=f"{rng.choice(STREETS)} {rng.randint(1, 40)}",
            postal_code=f"{rng.randint(100, 99999):05d}",
            post_office=place.name.upper(),
            step_free_access=rng.choice((True, True, False, None)),
            membership_fee=rng.choice(FEES),
            how_to_join=rng.choice(HOW_TO_JOIN),
            contact_name=contact,
            contact_email=f"yhdistys{number}@{EMAIL_DOMAIN}",
            contact_phone=f"040 {rng.randint(1000000, 9999999)}",
            contact_language="sv" if swedish_card else "fi",
            founded_year=rng.randint(1890, 2024),
            status=status,
            is_verified=verified,
            verified_at=verified_at,
            has_evening_activity=association_has_evening_activity(meetings),
            created_at=created_at,
            published_at=published_at,
            search_text=association_build_search_text(
                name=name,
                short_description=short,
                description=description,
                categories=categories,
                municipalities=municipalities,
            ),
        )
        related = {
            "categories": [category.pk for category in categories],
            "target_groups": group_ids,
            "languages": language_ids,
            "municipalities": [municipality.pk for municipality in municipalities],
            "meetings": meetings,
        }
        return card, related

    def unique_name(self, kind: Kind, swedish: bool, values: dict) -> str:
        patterns = kind.names_sv if swedish else kind.names_fi
        name = ""
        for _ in range(4):
            values["village"] = self.rng.choice(VILLAGES)
            name = self.rng.choice(patterns).format(**values)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return name
