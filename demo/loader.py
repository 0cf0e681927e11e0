"""Load the demo content of demo/data/*.toml through the apps' services.

The data files say what to create (each file's header lists its keys); this module only reads
them, looks up municipalities, regions and terms by slug, and counts every date from today.
Loading again keeps what exists: an account whose email or a card or an opportunity whose slug is
already there is left as it is, and so is everything a user has added or changed.
"""

import datetime
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from accounts.models import RegionCoordinator
from accounts.services import profile_update
from associations import services as association_services
from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    Membership,
    TargetGroup,
)
from core.models import Municipality, Region
from core.schedule import Weekday
from volunteering import services as opportunity_services
from volunteering.models import Opportunity

DATA_DIR = Path(__file__).with_name("data")
FILES = ("accounts", "associations", "opportunities", "signups")

# What a record means when it leaves these keys out.
ASSOCIATION_DEFAULTS = {"languages": ["fi"], "status": "published", "verified": True}
OPPORTUNITY_DEFAULTS = {"languages": ["fi"], "status": "published"}
ASSOCIATION_TERMS = {
    "categories": Category,
    "target_groups": TargetGroup,
    "languages": ActivityLanguage,
}


def read_data(directory: Path = DATA_DIR) -> dict[str, dict]:
    """The parsed data files, by name (accounts, associations, opportunities, signups)."""
    return {name: tomllib.loads((directory / f"{name}.toml").read_text("utf-8")) for name in FILES}


@dataclass(frozen=True)
class Loaded:
    password: str
    accounts: list[tuple[str, str]]  # (email, who) of the accounts load_demo lists
    associations: int  # demo associations in the data
    opportunities: int  # demo opportunities in the data


class Lookup:
    """Rows by slug, read once for each model; a slug that does not exist is an error in the data."""

    def __init__(self):
        self.rows = {}

    def __call__(self, model, *slugs: str) -> list:
        if model not in self.rows:
            self.rows[model] = model.objects.in_bulk(field_name="slug")
        missing = [slug for slug in slugs if slug not in self.rows[model]]
        if missing:
            raise ValueError(f"Demo data: no {model.__name__} with the slug {missing}.")
        return [self.rows[model][slug] for slug in slugs]

    def one(self, model, slug: str):
        return self(model, slug)[0]


def load(today: datetime.date | None = None, data: dict[str, dict] | None = None) -> Loaded:
    """Create the demo accounts, associations, opportunities and sign-ups that do not exist yet."""
    today = today or timezone.localdate()
    data = data or read_data()
    accounts = data["accounts"]["accounts"]
    associations = data["associations"]["associations"]
    opportunities = data["opportunities"]["opportunities"]
    find = Lookup()

    password = data["accounts"]["password"]
    users = {account["email"]: _account(account, password, find, today) for account in accounts}

    existing = _existing(Association, associations)
    new_cards = set()
    for record in associations:
        if record["slug"] not in existing:
            _association({**ASSOCIATION_DEFAULTS, **record}, find)
            new_cards.add(record["slug"])
    # The cards as they are now: a user may have changed or removed some.
    cards = Association.objects.select_related("home_municipality").in_bulk(
        [record["slug"] for record in associations], field_name="slug"
    )

    for account in accounts:
        user = users[account["email"]]
        for region in find(Region, *account.get("coordinator_regions", ())):
            RegionCoordinator.objects.get_or_create(user=user, region=region)
        for membership in account.get("memberships", ()):
            if association := cards.get(membership["association"]):
                Membership.objects.get_or_create(
                    association=association, user=user, defaults={"role": membership["role"]}
                )

    existing = _existing(Opportunity, opportunities)
    created = {}
    for record in opportunities:
        association = cards.get(record["association"])
        if record["slug"] not in existing and association is not None:
            record = {**OPPORTUNITY_DEFAULTS, **record}
            created[record["slug"]] = _opportunity(record, association, find, today)

    # People ask to join only the cards created now: an answered request stays answered.
    with translation.override("fi"):
        for account in accounts:
            for request in account.get("join_requests", ()):
                if request["association"] in new_cards:
                    association_services.join_request_create(
                        user=users[account["email"]],
                        association=cards[request["association"]],
                        message=request["message"],
                    )

    # People sign up only for the opportunities created now: a withdrawn sign-up stays so.
    profiles = {account["email"]: account.get("profile", {}) for account in accounts}
    with translation.override("fi"):
        for record in data["signups"]["signups"]:
            if opportunity := created.get(record["opportunity"]):
                for email in record["people"]:
                    opportunity_services.signup_create(
                        user=users[email],
                        opportunity=opportunity,
                        consent=True,
                        **_profile(profiles[email], find, today),
                    )

    return Loaded(
        password=password,
        accounts=[(account["email"], account["who"]) for account in accounts if "who" in account],
        associations=len(associations),
        opportunities=len(opportunities),
    )


def _existing(model, records: list[dict]) -> set[str]:
    slugs = [record["slug"] for record in records]
    return set(model.objects.filter(slug__in=slugs).values_list("slug", flat=True))


def _account(record: dict, password: str, find: Lookup, today: datetime.date):
    """The account with a verified email address; an existing account is left as it is."""
    superuser = record.get("superuser", False)
    user, created = get_user_model().objects.get_or_create(
        email=record["email"],
        defaults={
            "first_name": record["first_name"],
            "last_name": record["last_name"],
            "is_staff": superuser,
            "is_superuser": superuser,
            "language": record.get("language", "fi"),
        },
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        if "profile" in record:
            profile_update(user=user, **_profile(record["profile"], find, today))
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def _profile(record: dict, find: Lookup, today: datetime.date) -> dict:
    """Profile fields from the data: the age gives the birth year, the municipality is a slug."""
    fields = dict(record)
    if "age" in fields:
        fields["birth_year"] = today.year - fields.pop("age")
    if "home_municipality" in fields:
        fields["home_municipality"] = find.one(Municipality, fields["home_municipality"])
    return fields


def _association(record: dict, find: Lookup) -> Association:
    fields = dict(record)
    status, verified = fields.pop("status"), fields.pop("verified")
    meetings = fields.pop("meetings", [])
    terms = {name: find(model, *fields.pop(name, [])) for name, model in ASSOCIATION_TERMS.items()}
    home = find.one(Municipality, fields.pop("home_municipality"))
    also_in = find(Municipality, *fields.pop("also_in", []))
    fields["social_links"] = "\n".join(fields.get("social_links", []))
    association = association_services.association_create(
        fields={**fields, "home_municipality": home},
        municipalities=also_in,
        meeting_times=[
            {"description": meeting["description"], **_time(meeting)} for meeting in meetings
        ],
        status=status,
        **terms,
    )
    if verified:
        association_services.association_set_verified(association=association, verified=True)
    return association


def _opportunity(record: dict, association: Association, find: Lookup, today) -> Opportunity:
    fields = dict(record)
    status = fields.pop("status")
    del fields["association"]
    times = fields.pop("times", [])
    categories, languages = fields.pop("categories", None), fields.pop("languages")
    municipality = fields.pop("municipality", None)
    fields["municipality"] = (
        find.one(Municipality, municipality) if municipality else association.home_municipality
    )
    categories = (
        find(Category, *categories) if categories is not None else association.categories.all()
    )
    fields.update(_dates(fields, today))
    for name in ("start_time", "end_time"):
        if name in fields:
            fields[name] = datetime.time.fromisoformat(fields[name])
    if "hours_per_week" in fields:
        fields["hours_per_week"] = Decimal(fields["hours_per_week"])
    # A closed one was published first, then closed when its places were filled.
    closed = status == Opportunity.Status.CLOSED
    opportunity = opportunity_services.opportunity_create(
        association=association,
        fields=fields,
        categories=categories,
        languages=find(ActivityLanguage, *languages),
        weekly_times=[_time(time) for time in times],
        status=Opportunity.Status.PUBLISHED if closed else status,
    )
    if closed:
        opportunity_services.opportunity_set_status(opportunity=opportunity, status=status)
    return opportunity


def _dates(fields: dict, today: datetime.date) -> dict:
    """Pop the day offsets of an opportunity; return its first and last day and its deadline."""
    start_in = fields.pop("start_in_days", None)
    weekday = fields.pop("start_weekday", None)
    days, period = fields.pop("days", 1), fields.pop("period_days", None)
    deadline_in = fields.pop("deadline_in_days", None)
    dates = {
        "application_deadline": (
            today + datetime.timedelta(days=deadline_in) if deadline_in is not None else None
        )
    }
    if start_in is not None:
        start = today + datetime.timedelta(days=start_in)
        if weekday is not None:
            start += datetime.timedelta(days=(_weekday(weekday) - start.weekday()) % 7)
        if fields.get("schedule") == Opportunity.Schedule.ONE_OFF:
            end = start + datetime.timedelta(days=days - 1)
        else:
            end = start + datetime.timedelta(days=period) if period else None
        dates.update(start_date=start, end_date=end)
    return dates


def _time(record: dict) -> dict:
    """A weekly time: {weekday = "monday", start = "17:00", end = "18:30"} (end optional)."""
    end = record.get("end")
    return {
        "weekday": _weekday(record["weekday"]),
        "start_time": datetime.time.fromisoformat(record["start"]),
        "end_time": datetime.time.fromisoformat(end) if end else None,
    }


def _weekday(name: str) -> int:
    try:
        return Weekday[name.upper()]
    except KeyError:
        raise ValueError(f"Demo data: {name!r} is not a weekday (monday … sunday).") from None
