"""Load the demo content of demo/data/*.toml through the apps' services.

The data files say what to create (each file's header lists its keys); this module only reads
them, looks up municipalities, regions and terms by slug, and counts every date from today (past
sign-ups, `[[history]]` in signups.toml, are dated back from it).
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
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from accounts.models import RegionCoordinator
from accounts.services import profile_update
from alerts.services import alert_create
from associations import services as association_services
from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    MeetingTime,
    Membership,
    Offering,
    TargetGroup,
)
from coordination import featuring
from coordination import reports as report_services
from coordination.models import Feature, Report
from core.history import history_marks, history_redate
from core.models import Municipality, Region
from core.schedule import Weekday
from matching.services import preferences_update
from volunteering import services as opportunity_services
from volunteering.models import Opportunity, OpportunityTime, SignUp
from volunteering.permissions import opportunity_is_public

DATA_DIR = Path(__file__).with_name("data")
FILES = ("accounts", "associations", "opportunities", "signups", "reports", "history", "features")

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
    marks = _history_marks()

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

    # Owners invite new staff once: a card with any invitation to the address (waiting,
    # accepted, revoked or expired) keeps it as it is. The service emails the link.
    for account in accounts:
        for invitation in account.get("invitations", ()):
            association = cards.get(invitation["association"])
            if (
                association is None
                or association.invitations.filter(email__iexact=invitation["email"]).exists()
            ):
                continue
            association_services.invitation_create(
                association=association,
                email=invitation["email"],
                role=invitation["role"],
                language=invitation["language"],
                invited_by=users[account["email"]],
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
                    join_request = association_services.join_request_create(
                        user=users[account["email"]],
                        association=cards[request["association"]],
                        message=request["message"],
                    )
                    if answer := request.get("answer"):
                        association_services.join_request_answer(
                            join_request=join_request,
                            accept=answer["accept"],
                            response=answer["response"],
                            handled_by=users[answer["by"]],
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
        # Staff decisions about them, once (in the audit log with who decided and why).
        for record in data["signups"].get("decisions", ()):
            if opportunity := created.get(record["opportunity"]):
                opportunity_services.signups_decide(
                    opportunity=opportunity,
                    signup_ids=opportunity.signups.filter(user=users[record["person"]]).values_list(
                        "pk", flat=True
                    ),
                    decision=record["decision"],
                    message=record.get("message", ""),
                    by=users[record["by"]],
                )
        for record in data["signups"].get("history", ()):
            if opportunity := created.get(record["opportunity"]):
                _history(opportunity, record["signups"], users, profiles, find, today)

    # Reports from the public, each once (see reports.toml).
    for number, record in enumerate(data.get("reports", {}).get("reports", ())):
        _report(record, number, users)

    # The staff's changes of some days ago (history.toml), to cards and tasks created now.
    _history_changes(data.get("history", {}), marks, new_cards, created, users, find, today)

    # Cards last updated long ago (`updated_days_ago`): only when created now, so that loading
    # again does not move the date of a card someone has updated or confirmed since.
    for record in associations:
        if record["slug"] in new_cards and "updated_days_ago" in record:
            Association.objects.filter(slug=record["slug"]).update(
                updated_at=timezone.now() - datetime.timedelta(days=record["updated_days_ago"])
            )

    # Cards and opportunities sent for review some days ago (`submitted_days_ago`), only when
    # created now: the moderation queue shows how long they have waited.
    for model, records, new in (
        (Association, associations, new_cards),
        (Opportunity, opportunities, set(created)),
    ):
        for record in records:
            if record["slug"] in new and "submitted_days_ago" in record:
                model.objects.filter(slug=record["slug"]).update(
                    submitted_at=timezone.now()
                    - datetime.timedelta(days=record["submitted_days_ago"])
                )

    # Featured cards and opportunities of the coordinators' regions (features.toml).
    for record in data.get("features", {}).get("features", ()):
        _feature(record, users, find)

    return Loaded(
        password=password,
        accounts=[(account["email"], account["who"]) for account in accounts if "who" in account],
        associations=len(associations),
        opportunities=len(opportunities),
    )


def _history(opportunity, signups, users, profiles, find, today) -> None:
    """Past sign-ups: made and completed through the services, then dated back `days_ago`
    days; the opportunity is dated as published a week before the first of them."""
    now = timezone.now()
    owner = next(
        (
            m.user
            for m in opportunity.association.memberships.select_related("user")
            if m.role == Membership.Role.OWNER
        ),
        None,
    )
    for record in signups:
        email = record["person"]
        signup = opportunity_services.signup_create(
            user=users[email],
            opportunity=opportunity,
            consent=True,
            **_profile(profiles[email], find, today),
        )
        if "hours" in record:
            opportunity_services.signups_decide(
                opportunity=opportunity,
                signup_ids=[signup.pk],
                decision=opportunity_services.Decision.COMPLETE,
                hours_done=Decimal(str(record["hours"])),
                reference=record.get("reference", ""),
                by=owner,
            )
        when = now - datetime.timedelta(days=record["days_ago"])
        SignUp.objects.filter(pk=signup.pk).update(
            created_at=when,
            consent_at=when,
            seen_at=when,
            decided_at=when if "hours" in record else None,
        )
    first = now - datetime.timedelta(days=max(record["days_ago"] for record in signups) + 7)
    Opportunity.objects.filter(pk=opportunity.pk, published_at__gt=first).update(
        published_at=first, created_at=first
    )


def _report(record: dict, number: int, users: dict) -> None:
    """A report about a public card or opportunity, unless one with its text exists; dated
    back `days_ago` days, and resolved by a coordinator when the record says so."""
    opportunity = None
    if "opportunity" in record:
        opportunity = (
            Opportunity.objects.select_related("association")
            .filter(slug=record["opportunity"])
            .first()
        )
        association = opportunity.association if opportunity else None
    else:
        association = Association.objects.filter(slug=record["association"]).first()
    if (
        association is None
        or Report.objects.filter(
            association=association, opportunity=opportunity, text=record["text"]
        ).exists()
    ):
        return
    if not (opportunity_is_public(opportunity) if opportunity else association.is_public):
        return  # hidden since the demo was loaded
    with translation.override(record.get("language", "fi")):
        report = report_services.report_create(
            association=association,
            opportunity=opportunity,
            reason=record["reason"],
            text=record["text"],
            reporter_email=record.get("email", ""),
            client_ip=f"demo-report-{number}",  # each its own, so the rate limit does not count
        )
    now = timezone.now()
    Report.objects.filter(pk=report.pk).update(
        created_at=now - datetime.timedelta(days=record["days_ago"])
    )
    if resolved := record.get("resolved"):
        report_services.report_resolve(
            report=report, note=resolved["note"], resolved_by=users[resolved["by"]]
        )
        Report.objects.filter(pk=report.pk).update(
            resolved_at=now - datetime.timedelta(days=resolved["days_ago"])
        )


def _feature(record: dict, users: dict, find: Lookup) -> None:
    """Feature a card or an opportunity on its region's page, unless it is featured there
    already or is no longer public."""
    region = find.one(Region, record["region"])
    if "opportunity" in record:
        item = {"opportunity": Opportunity.objects.filter(slug=record["opportunity"]).first()}
    else:
        item = {"association": Association.objects.filter(slug=record["association"]).first()}
    if None in item.values() or Feature.objects.filter(region=region, **item).exists():
        return
    try:
        featuring.feature_create(user=users[record["by"]], region=region, **item)
    except ValidationError:
        return  # hidden or over since the demo was loaded


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
        if "preferences" in record:
            preferences = dict(record["preferences"])
            preferences_update(
                user=user,
                topics=find(Category, *preferences.pop("topics", ())),
                languages=find(ActivityLanguage, *preferences.pop("languages", ())),
                **preferences,
            )
        for alert in record.get("alerts", ()):
            alert_create(user=user, query=alert["query"], frequency=alert["frequency"])
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
    fields.pop("updated_days_ago", None)  # set after everything else is loaded
    fields.pop("submitted_days_ago", None)  # likewise
    meetings = fields.pop("meetings", [])
    offerings = fields.pop("offerings", [])
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
        offerings=offerings,
        status=status,
        **terms,
    )
    if verified:
        association_services.association_set_verified(association=association, verified=True)
    return association


def _opportunity(record: dict, association: Association, find: Lookup, today) -> Opportunity:
    fields = dict(record)
    status = fields.pop("status")
    fields.pop("submitted_days_ago", None)  # set after everything else is loaded
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


# --- History (history.toml) ------------------------------------------------------------------


def _history_marks() -> dict:
    """Where the history of the cards and tasks is before the load: see `_history_changes`."""
    return history_marks(Association, MeetingTime, Offering, Opportunity, OpportunityTime)


def _history_changes(data: dict, marks: dict, new_cards, created, users, find, today) -> None:
    """Date the history of what this load created `created_days_ago` back, then make each change
    through the services as its person, dated on its day: the history pages show them in order."""
    if not data:
        return
    begins = _moment(today, data["created_days_ago"], "12:00")
    history_redate(marks, when=begins)
    for record in data.get("changes", ()):
        slug = record.get("card") or record["opportunity"]
        if slug not in (new_cards if "card" in record else created):
            continue
        marks = _history_marks()
        with translation.override("fi"):
            if "card" in record:
                _card_change(find.one(Association, slug), record, users[record["by"]])
            else:
                _opportunity_change(created[slug], record, users[record["by"]])
        history_redate(marks, when=_moment(today, record["days_ago"], record.get("at", "12:00")))


def _moment(today: datetime.date, days_ago: int, at: str) -> datetime.datetime:
    day = today - datetime.timedelta(days=days_ago)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(at)))


def _card_change(association: Association, record: dict, by) -> None:
    association = Association.objects.get(pk=association.pk)
    meetings = [
        {"description": meeting["description"], **_time(meeting)}
        for meeting in record.get("meetings", ())
    ] or [
        {name: getattr(meeting, name) for name in association_services.MEETING_FIELDS}
        for meeting in association.meeting_times.all()
    ]
    association_services.association_update(
        association=association,
        fields=record.get("fields", {}),
        categories=list(association.categories.all()),
        target_groups=list(association.target_groups.all()),
        languages=list(association.languages.all()),
        municipalities=list(association.municipalities.all()),
        meeting_times=meetings,
        by=by,
    )


def _opportunity_change(opportunity: Opportunity, record: dict, by) -> None:
    opportunity = Opportunity.objects.select_related("association").get(pk=opportunity.pk)
    times = [_time(time) for time in record.get("times", ())] or [
        {name: getattr(time, name) for name in opportunity_services.WEEKLY_TIME_FIELDS}
        for time in opportunity.times.all()
    ]
    opportunity_services.opportunity_update(
        opportunity=opportunity,
        fields=record.get("fields", {}),
        categories=list(opportunity.categories.all()),
        languages=list(opportunity.languages.all()),
        weekly_times=times,
        by=by,
    )
