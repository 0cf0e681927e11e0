"""Builds synthetic opportunities, people and their sign-ups, and writes them with bulk inserts.

Runs after the cards (bench/generator.py) and spreads the opportunities over them. The fields
the services derive (evening and weekend flags, search text, search vector, facet keys) are
derived here
with the services' own functions, so a generated opportunity is the one
`volunteering.services.opportunity_create` would save. Sign-ups follow the place rules of
`volunteering.rules`: never more places held than there are, and a waiting list only when full.
"""

import datetime
import random
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Profile, RegionCoordinator
from associations.models import ActivityLanguage, Association, Category, Membership, Offering
from core.models import Municipality, Region
from core.search import refresh_search_vectors
from matching.models import Preferences
from matching.services import preferences_update
from volunteering.models import Opportunity, OpportunityTime, SignUp
from volunteering.rules import schedule_flags
from volunteering.services import (
    SEARCH_WEIGHTS,
    opportunity_build_facet_keys,
    opportunity_search_text,
)

BATCH_SIZE = 5000
# Generated people: about one for every five opportunities, at least this many.
MIN_PEOPLE = 50
# The accounts the bench logs in with (bench/run.py); all at the generator's domain.
PERSON = "person"  # has sign-ups: /me/
STAFF = "staff"  # owner of a card with opportunities and sign-ups: /manage/
COORDINATOR = "coordinator"  # coordinator of COORDINATOR_REGION: /coordinate/
LOGIN_USERS = (PERSON, STAFF, COORDINATOR)
COORDINATOR_REGION = "kymenlaakso"
# What the bench's person looks for, so that their suggestions (/me/suggestions/) weigh every
# factor: their region, a few topics and kinds, the evenings and a skill.
PERSON_PREFERENCES = {
    "travel_range": Preferences.TravelRange.REGION,
    "topics": ("sports-outdoors", "youth", "culture-arts"),
    "kinds": (Opportunity.Type.VOLUNTEER, Opportunity.Type.EVENT_HELP),
    "free_times": (Preferences.FreeTime.EVENINGS,),
    "skills": ("events", "sports-coaching"),
}
# The staff card's first opportunities, all with people who signed up.
STAFF_OPPORTUNITIES = 12

T = Opportunity.Type
TITLES = {
    T.VOLUNTEER: (
        "Vapaaehtoiseksi {place_gen} ruoka-apuun",
        "Kaveriksi ikäihmisille {place_gen} palvelutaloon",
        "Läksykerhon ohjaajaksi",
        "Vapaaehtoiseksi kirpputorille",
        "Somevastaavaksi yhdistykseen",
        "Ulkoiluavuksi {place_gen} seniorikävelyille",
    ),
    T.BUDDY: (
        "Ystäväksi nuorelle {place_gen}",
        "Kaveritoimintaan maahan muuttaneille",
        "Liikuntakaveriksi",
        "Lukukaveriksi koululaiselle",
    ),
    T.EVENT_HELP: (
        "Talkoisiin {place_gen} kesätapahtumaan",
        "Järjestyksenvalvojaksi konserttiin",
        "Kahvion myyjäksi turnaukseen",
        "Lipunmyyntiin {place_gen} festivaaleille",
        "Rakentamaan joulumyyjäisiä",
    ),
    T.PLACEMENT: (
        "Harjoittelija nuorisotyöhön",
        "Sosionomiopiskelijan harjoittelupaikka",
        "Harjoittelu viestinnässä",
    ),
    T.TRYOUT: (
        "Työkokeilu toimistotöissä",
        "Työkokeilu kierrätyskeskuksessa",
        "Työkokeilu kahvilassa",
    ),
    T.JOB: (
        "Kesätyö leiriohjaajana",
        "Kesätyöntekijä {place_gen} uimarannalle",
        "Osa-aikainen valmentaja",
    ),
    T.GROUP: (
        "Nuorten kokkikerho",
        "Lautapeliryhmä",
        "Nuorten bändikoulu",
        "Ryhmä arkeen paluuseen",
        "Luontoretkiryhmä {place_gen}",
    ),
}
SHORTS = (
    "Tule mukaan mukavaan porukkaan. Perehdytämme sinut tehtävään.",
    "Sopii sinulle, joka haluat auttaa muita ja oppia uutta.",
    "Tehtävässä tarvitaan iloista asennetta, ei aiempaa kokemusta.",
    "Pääset tutustumaan yhdistyksen toimintaan ja uusiin ihmisiin.",
    "Kokeile, sopiiko tämä sinulle. Voit lopettaa milloin vain.",
)
DESCRIPTIONS = (
    "Saat perehdytyksen ja tuen koko ajan. Kysy rohkeasti, jos jokin mietityttää.",
    "Toimimme {place_gen} keskustassa, lähellä bussipysäkkiä.",
    "Tarjoamme kahvit ja välipalan. Matkakulut korvataan sopimuksen mukaan.",
    "Tehtävässä toimitaan pareittain, joten et ole yksin.",
    "Voit osallistua, vaikka et puhuisi vielä hyvin suomea.",
    "Tehtävä sopii myös nuorille, joilla on vähän työkokemusta.",
)
OFFERINGS = (
    (Offering.Kind.PEER_SUPPORT, "Vertaistukiryhmä", "Nuoret ja aikuiset"),
    (Offering.Kind.CLUB, "Nuorten kerho", "13–17-vuotiaat"),
    (Offering.Kind.COUNSELLING, "Neuvonta", "Kaikki"),
    (Offering.Kind.EVENT_SERIES, "Kuukausitapahtumat", "Kaikki kiinnostuneet"),
    (Offering.Kind.SERVICE, "Lainaamo", "Jäsenet"),
)
START_TIMES = (9, 10, 12, 14, 16, 17, 17, 18, 18, 19)
SCHEDULE_WEIGHTS = {
    Opportunity.Schedule.ONE_OFF: 40,
    Opportunity.Schedule.RECURRING: 35,
    Opportunity.Schedule.FLEXIBLE: 25,
}
STATUS_WEIGHTS = {
    Opportunity.Status.PUBLISHED: 85,
    Opportunity.Status.DRAFT: 5,
    Opportunity.Status.PENDING: 3,
    Opportunity.Status.CLOSED: 4,
    Opportunity.Status.ARCHIVED: 3,
}
# Sign-ups per opportunity, 0 to 10: most have a few.
SIGNUP_WEIGHTS = (30, 15, 13, 10, 8, 6, 5, 4, 3, 3, 3)


def login_email(role: str, domain: str) -> str:
    return f"bench-{role}@{domain}"


def bench_opportunities(domain: str):
    return Opportunity.objects.filter(contact_email__endswith=f"@{domain}")


def bench_people(domain: str):
    return get_user_model().objects.filter(email__endswith=f"@{domain}")


def give_person_preferences(domain: str) -> None:
    """Save PERSON_PREFERENCES for the bench's person through the service (again, for a
    database generated before they existed); nothing when the person is not there."""
    person = get_user_model().objects.filter(email=login_email(PERSON, domain)).first()
    if person is None:
        return
    preferences_update(
        user=person,
        **{
            **PERSON_PREFERENCES,
            "topics": list(Category.objects.filter(slug__in=PERSON_PREFERENCES["topics"])),
        },
    )


def raw_delete(queryset) -> int:
    """Delete without loading the rows: the history app would write a row for each deleted one."""
    return queryset._raw_delete(queryset.db)


def delete_generated(domain: str) -> None:
    """Delete the generated opportunities, offerings, people and everything that refers to them."""
    opportunities = bench_opportunities(domain)
    people = bench_people(domain)
    raw_delete(SignUp.objects.filter(user__in=people))
    for relation in Opportunity._meta.related_objects:
        if relation.one_to_many:
            raw_delete(
                relation.related_model.objects.filter(
                    **{relation.field.name + "__in": opportunities}
                )
            )
    for field in ("categories", "languages"):
        raw_delete(
            getattr(Opportunity, field).through.objects.filter(opportunity__in=opportunities)
        )
    raw_delete(opportunities)
    raw_delete(Offering.objects.filter(association__contact_email__endswith=f"@{domain}"))
    raw_delete(Profile.objects.filter(user__in=people))
    raw_delete(Membership.objects.filter(user__in=people))
    raw_delete(RegionCoordinator.objects.filter(user__in=people))
    people.delete()


class OpportunityGenerator:
    def __init__(self, rng: random.Random, *, domain: str, slug_prefix: str):
        self.rng = rng
        self.domain = domain
        self.slug_prefix = slug_prefix
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.municipalities = list(Municipality.objects.select_related("region").order_by("code"))
        self.categories = list(Category.objects.order_by("pk"))
        self.languages = dict(ActivityLanguage.objects.values_list("slug", "pk"))
        self.count = 0
        # Slugs continue after the generated opportunities already there, so they stay unique.
        self.first_number = bench_opportunities(domain).count() + 1
        self.person_signups = 0

    # --- People ---------------------------------------------------------------------------

    def create_people(self, count: int) -> list:
        """`count` people with profiles, the bench's log-in accounts first; returns (id, birth
        year, municipality id, language) of each."""
        User = get_user_model()
        people = []
        for number in range(count):
            role = LOGIN_USERS[number] if number < len(LOGIN_USERS) else None
            email = login_email(role, self.domain) if role else f"henkilo{number}@{self.domain}"
            user = User(
                email=email,
                first_name=self.rng.choice(("Aino", "Eetu", "Helmi", "Leo", "Sara", "Onni")),
                last_name=self.rng.choice(("Virtanen", "Korhonen", "Laine", "Lindholm")),
                language=self.rng.choices(("fi", "sv", "en"), weights=(85, 10, 5))[0],
            )
            user.set_unusable_password()
            people.append(user)
        profiles = []
        rows = []
        for start in range(0, count, BATCH_SIZE):
            batch = User.objects.bulk_create(people[start : start + BATCH_SIZE])
            for user in batch:
                birth_year = self.today.year - self.rng.choice((14, 16, 17, 19, 22, 25, 34, 45, 67))
                place = self.rng.choice(self.municipalities)
                profiles.append(
                    Profile(
                        user_id=user.pk,
                        birth_year=birth_year,
                        home_municipality_id=place.pk,
                        phone=f"050 {self.rng.randint(1000000, 9999999)}",
                    )
                )
                rows.append((user.pk, birth_year, place.pk, user.language))
        Profile.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
        return rows

    def create_roles(self, *, people: list, staff_card_id: int) -> None:
        ids = {role: people[index][0] for index, role in enumerate(LOGIN_USERS)}
        Membership.objects.create(
            association_id=staff_card_id, user_id=ids[STAFF], role=Membership.Role.OWNER
        )
        region = Region.objects.filter(slug=COORDINATOR_REGION).first() or Region.objects.first()
        if region is not None:
            RegionCoordinator.objects.create(user_id=ids[COORDINATOR], region=region)
        give_person_preferences(self.domain)

    # --- Offerings --------------------------------------------------------------------------

    def create_offerings(self, cards: list) -> int:
        offerings = []
        for card_id, _name, _place in cards:
            for position in range(self.rng.choice((0, 0, 1, 1, 2))):
                kind, name, for_whom = self.rng.choice(OFFERINGS)
                free = self.rng.random() < 0.6
                offerings.append(
                    Offering(
                        association_id=card_id,
                        kind=kind,
                        name=name,
                        description=self.rng.choice(SHORTS),
                        for_whom=for_whom,
                        when=f"{self.rng.choice(('Maanantaisin', 'Tiistaisin', 'Torstaisin'))} "
                        f"klo {self.rng.choice(START_TIMES)}",
                        cost="" if free else f"{self.rng.randint(2, 10)} € kerta",
                        is_free=free,
                        how_to_take_part="Tule paikalle, ilmoittautumista ei tarvita.",
                        position=position,
                    )
                )
        Offering.objects.bulk_create(offerings, batch_size=BATCH_SIZE)
        return len(offerings)

    # --- Opportunities ----------------------------------------------------------------------

    def create_batch(self, *, cards: list, count: int, people: list, staff_card) -> int:
        """`count` opportunities of random cards (the first ones of `staff_card`), with their
        weekly times, topics, languages and sign-ups. Returns how many sign-ups were written."""
        opportunities, related = [], []
        for _ in range(count):
            if self.count < STAFF_OPPORTUNITIES:
                card = staff_card
            else:
                card = self.rng.choice(cards)
            opportunity, extra = self.make_opportunity(card)
            opportunities.append(opportunity)
            related.append(extra)
            self.count += 1
        Opportunity.objects.bulk_create(opportunities, batch_size=BATCH_SIZE)
        times, categories, languages, signups = [], [], [], []
        Through = Opportunity.categories.through
        LanguageThrough = Opportunity.languages.through
        for opportunity, extra in zip(opportunities, related, strict=True):
            for time in extra["times"]:
                time.opportunity_id = opportunity.pk
                times.append(time)
            categories += [
                Through(opportunity_id=opportunity.pk, category_id=c.pk)
                for c in extra["categories"]
            ]
            languages += [
                LanguageThrough(opportunity_id=opportunity.pk, activitylanguage_id=pk)
                for pk in extra["languages"]
            ]
            signups += self.make_signups(opportunity, people, staff=extra["staff"])
        OpportunityTime.objects.bulk_create(times, batch_size=BATCH_SIZE)
        Through.objects.bulk_create(categories, batch_size=BATCH_SIZE)
        LanguageThrough.objects.bulk_create(languages, batch_size=BATCH_SIZE)
        SignUp.objects.bulk_create(signups, batch_size=BATCH_SIZE)
        return len(signups)

    def refresh_search_vectors(self) -> None:
        refresh_search_vectors(bench_opportunities(self.domain), *SEARCH_WEIGHTS)

    def pick_municipality(self, card_place_id):
        """Every municipality first, then mostly the card's home municipality."""
        if self.count < len(self.municipalities):
            return self.municipalities[self.count]
        if self.rng.random() < 0.85:
            return self.municipality_by_id[card_place_id]
        return self.rng.choice(self.municipalities)

    @property
    def municipality_by_id(self):
        if not hasattr(self, "_municipality_by_id"):
            self._municipality_by_id = {m.pk: m for m in self.municipalities}
        return self._municipality_by_id

    def make_opportunity(self, card):
        rng = self.rng
        card_id, card_name, card_place_id = card
        types = list(Opportunity.Type)
        # Every type early on, so that even a small run has each.
        kind = types[self.count % len(types)] if self.count < 50 else rng.choice(types)
        schedules = list(SCHEDULE_WEIGHTS)
        schedule = (
            schedules[self.count % len(schedules)]
            if self.count < 50
            else rng.choices(schedules, weights=list(SCHEDULE_WEIGHTS.values()))[0]
        )
        statuses = list(STATUS_WEIGHTS)
        status = rng.choices(statuses, weights=list(STATUS_WEIGHTS.values()))[0]
        if self.count < STAFF_OPPORTUNITIES:
            status = Opportunity.Status.PUBLISHED
        remote = rng.random() < 0.05
        place = self.pick_municipality(card_place_id)
        if remote and rng.random() < 0.5 and self.count >= len(self.municipalities):
            place = None
        place_gen = place.name_fi if place else "etänä"
        title = rng.choice(TITLES[kind]).format(place_gen=place_gen)

        # When: in the past (over), running now, or to come.
        when = rng.choices(("past", "current", "future"), weights=(15, 35, 50))[0]
        if self.count < 6:
            when = ("past", "current", "future")[self.count % 3] if self.count >= 3 else "future"
        start_date = end_date = start_time = end_time = None
        times = []
        hours_per_week = total_days = None
        popup = False
        if schedule == Opportunity.Schedule.ONE_OFF:
            offset = {"past": (-150, -2), "current": (0, 0), "future": (1, 180)}[when]
            start_date = self.today + datetime.timedelta(days=rng.randint(*offset))
            length = rng.choice((0, 0, 0, 1, 2))
            if when == "current":
                start_date -= datetime.timedelta(days=length)
            end_date = start_date + datetime.timedelta(days=length) if length else None
            hour = rng.choice(START_TIMES)
            start_time = datetime.time(hour)
            end_time = datetime.time(min(hour + rng.choice((2, 3, 4)), 23))
            popup = length == 0 and rng.random() < 0.4
            total_days = length + 1
        elif schedule == Opportunity.Schedule.RECURRING:
            if when == "past":
                start_date = self.today - datetime.timedelta(days=rng.randint(200, 400))
                end_date = self.today - datetime.timedelta(days=rng.randint(1, 150))
            elif when == "current":
                start_date = self.today - datetime.timedelta(days=rng.randint(1, 200))
                end_date = rng.choice(
                    (None, self.today + datetime.timedelta(days=rng.randint(30, 300)))
                )
            else:
                start_date = self.today + datetime.timedelta(days=rng.randint(1, 90))
                end_date = rng.choice(
                    (None, start_date + datetime.timedelta(days=rng.randint(30, 300)))
                )
            for weekday in rng.sample(range(7), k=rng.choice((1, 1, 2))):
                hour = rng.choice(START_TIMES)
                times.append(
                    OpportunityTime(
                        weekday=weekday,
                        start_time=datetime.time(hour),
                        end_time=datetime.time(min(hour + 2, 23)),
                    )
                )
            hours_per_week = rng.choice((1, 2, 3, 4))
        else:
            if when == "past":
                start_date = self.today - datetime.timedelta(days=rng.randint(100, 300))
                end_date = self.today - datetime.timedelta(days=rng.randint(1, 90))
            elif when == "future":
                start_date = self.today + datetime.timedelta(days=rng.randint(1, 120))
            hours_per_week = rng.choice((None, 1, 2, 5))
        deadline = None
        if start_date and rng.random() < 0.25:
            deadline = start_date - datetime.timedelta(days=rng.randint(0, 14))

        under_18s = rng.random() < 0.35
        min_age = rng.choice((None, 13, 15)) if under_18s else rng.choice((None, None, 18))
        max_age = rng.choice((None, None, 29)) if min_age is None or min_age <= 29 else None
        chooses = kind in (T.PLACEMENT, T.TRYOUT, T.JOB) or rng.random() < 0.05
        published_at = None
        if status in (
            Opportunity.Status.PUBLISHED,
            Opportunity.Status.CLOSED,
            Opportunity.Status.ARCHIVED,
        ):
            published_at = self.now - datetime.timedelta(
                days=rng.randint(0, 200), minutes=rng.randint(0, 1440)
            )
        categories = rng.sample(self.categories, k=rng.choice((1, 1, 2))) if self.categories else []
        # In the order the service reads them (Category's ordering).
        categories.sort(key=lambda category: (category.position, category.slug))
        english = rng.random() < 0.12
        language_slugs = (
            ["fi"] + (["sv"] if rng.random() < 0.08 else []) + (["en"] if english else [])
        )
        opportunity = Opportunity(
            association_id=card_id,
            title=title,
            slug=f"{self.slug_prefix}{slugify(title)[:80].strip('-')}-{self.first_number + self.count}",
            type=kind,
            short_description=rng.choice(SHORTS),
            description=" ".join(
                s.format(place_gen=place_gen) for s in rng.sample(DESCRIPTIONS, k=rng.randint(1, 3))
            ),
            plain_language_summary=rng.choice(
                ("", "", "Autat muita. Saat tukea. Tule kokeilemaan.")
            ),
            municipality=place,
            address="Koulukatu 1" if place else "",
            is_remote=remote,
            schedule=schedule,
            start_date=start_date,
            end_date=end_date,
            start_time=start_time,
            end_time=end_time,
            hours_per_week=hours_per_week,
            total_days=total_days,
            min_age=min_age,
            max_age=max_age,
            beginner_friendly=rng.random() < 0.5,
            is_supported=rng.random() < 0.1,
            for_english_speakers=english,
            for_under_18s=under_18s,
            is_popup=popup,
            chooses_people=chooses,
            criminal_record_required=under_18s and rng.random() < 0.3,
            benefits=rng.sample([b.value for b in Opportunity.Benefit], k=rng.randint(0, 3)),
            places=rng.choice((None, None, 2, 3, 5, 5, 8, 10, 15)),
            application_deadline=deadline,
            contact_name="Yhteyshenkilö",
            contact_email=f"tehtava{self.count}@{self.domain}",
            status=status,
            created_at=(published_at or self.now) - datetime.timedelta(days=rng.randint(0, 10)),
            published_at=published_at,
        )
        opportunity.association = Association(pk=card_id, name=card_name)
        opportunity.is_evening, opportunity.is_weekend = schedule_flags(opportunity, times)
        opportunity.search_text = opportunity_search_text(_Unsaved(opportunity, categories))
        opportunity.facet_keys = opportunity_build_facet_keys(
            opportunity,
            region=place.region.slug if place else None,
            municipality=place.slug if place else None,
            categories=[category.slug for category in categories],
        )
        language_ids = [self.languages[s] for s in language_slugs if s in self.languages]
        extra = {"times": times, "categories": categories, "languages": language_ids}
        return opportunity, {**extra, "staff": self.count < STAFF_OPPORTUNITIES}

    def make_signups(self, opportunity, people: list, *, staff: bool) -> list:
        """0–10 sign-ups under the place rules: places held never exceed the places, and people
        wait only when the places are full."""
        rng = self.rng
        if (
            opportunity.status == Opportunity.Status.DRAFT
            or opportunity.status == Opportunity.Status.PENDING
        ):
            return []
        count = rng.choices(range(len(SIGNUP_WEIGHTS)), weights=SIGNUP_WEIGHTS)[0]
        if staff:
            count = max(count, 4)
        chosen = rng.sample(
            people[len(LOGIN_USERS) :], k=min(count, len(people) - len(LOGIN_USERS))
        )
        # The bench's person has sign-ups on the first opportunities that take any.
        if chosen and self.person_signups < 8:
            chosen[0] = people[0]
            self.person_signups += 1
        over = opportunity.end_date is not None and opportunity.end_date < self.today
        places = opportunity.places
        taken = 0
        full = False
        signups = []
        for index, (user_id, birth_year, place_id, language) in enumerate(chosen):
            if index < len(chosen) // 4:
                status = rng.choice((SignUp.Status.WITHDRAWN, SignUp.Status.DECLINED))
            elif full:
                status = SignUp.Status.WAITLISTED
            elif opportunity.chooses_people and rng.random() < 0.4:
                status = SignUp.Status.PENDING
            else:
                status = SignUp.Status.COMPLETED if over else SignUp.Status.ACCEPTED
                taken += 1
                full = places is not None and taken >= places
            created = (opportunity.published_at or self.now) + datetime.timedelta(hours=index + 1)
            created = min(created, self.now)
            decided = status not in (SignUp.Status.PENDING, SignUp.Status.WAITLISTED)
            signups.append(
                SignUp(
                    opportunity_id=opportunity.pk,
                    user_id=user_id,
                    status=status,
                    message=rng.choice(("", "", "Olisin kiinnostunut!")),
                    birth_year=birth_year,
                    home_municipality_id=place_id,
                    consent_at=created,
                    language=language or "fi",
                    created_at=created,
                    decided_at=created if decided and status != SignUp.Status.ACCEPTED else None,
                    seen_at=created if rng.random() < 0.7 else None,
                    hours_done=rng.choice((2, 4, 8)) if status == SignUp.Status.COMPLETED else None,
                )
            )
        return signups


class _Unsaved:
    """An opportunity before it has a key, as `opportunity_search_text` reads it: its topics are
    not rows yet, so they are given as a list."""

    def __init__(self, opportunity: Opportunity, categories: list):
        self._opportunity = opportunity
        self.categories = SimpleNamespace(all=lambda: categories)

    def __getattr__(self, name):
        return getattr(self._opportunity, name)


def analyze() -> None:
    tables = [
        Opportunity._meta.db_table,
        OpportunityTime._meta.db_table,
        SignUp._meta.db_table,
        Offering._meta.db_table,
        Opportunity.categories.through._meta.db_table,
        Opportunity.languages.through._meta.db_table,
        Profile._meta.db_table,
        get_user_model()._meta.db_table,
    ]
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(f"{command} " + ", ".join(map(connection.ops.quote_name, tables)))
