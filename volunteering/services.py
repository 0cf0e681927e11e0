"""Writes to opportunities and sign-ups: every business rule about them lives here."""

import dataclasses
from collections.abc import Iterable
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.services import profile_update
from associations.audit import record_decision
from associations.services import association_contact_recipients, association_staff_recipients
from core.audit import AuditAction
from core.caching import public_pages_changed
from core.emails import current_language, send_email
from core.facets import build_facet_keys, pk_batches, write_facet_keys
from core.geography import ascii_slug
from core.history import one_history_entry, recorded_by, sync_rows
from core.publishing import require_moderation_message, set_moderation_message, set_status
from core.search import build_search_text, refresh_search_vectors

from .models import Opportunity, OpportunityMessage, OpportunityTime, SignUp
from .rules import (
    ALREADY_SIGNED_UP,
    needs_guardian,
    places_left,
    places_to_promote,
    schedule_flags,
    signup_refusal,
)

SEARCH_WEIGHTS = (("title", "A"), ("short_description", "B"), ("description", "C"))
# A weekly time is the same when these are: the editor keeps it as it is.
WEEKLY_TIME_FIELDS = ["weekday", "start_time", "end_time"]


def opportunity_search_text(opportunity: Opportunity) -> str:
    categories = [
        name for c in opportunity.categories.all() for name in (c.name_fi, c.name_sv, c.name_en)
    ]
    place = opportunity.municipality
    return build_search_text(
        opportunity.title,
        opportunity.short_description,
        opportunity.description,
        opportunity.plain_language_summary,
        opportunity.association.name,
        opportunity.get_type_display(),
        " ".join(categories),
        f"{place.name_fi} {place.name_sv}" if place else "",
    )


def opportunity_build_facet_keys(
    opportunity: Opportunity, *, region: str | None, municipality: str | None, categories
) -> str:
    """An opportunity's facet keys (core.facets): its region's and municipality's slugs, its
    type, its topics' slugs (`categories`) and its flags, each named after its filter in
    volunteering.filters.OpportunityFilter. Reads only the opportunity's own fields, so an
    unsaved one (the bench data generator's) is fine."""
    return build_facet_keys(
        {
            "region": [region],
            "municipality": [municipality],
            "type": [opportunity.type],
            "category": categories,
        },
        {
            "evening": opportunity.is_evening,
            "weekend": opportunity.is_weekend,
            "remote": opportunity.is_remote,
            "beginner": opportunity.beginner_friendly,
            "supported": opportunity.is_supported,
            "english": opportunity.for_english_speakers,
            "under_18": opportunity.for_under_18s,
            "popup": opportunity.is_popup,
        },
    )


def opportunity_facet_keys(opportunity: Opportunity) -> str:
    """The facet keys of a saved opportunity, with its derived flags as they are now."""
    place = opportunity.municipality
    return opportunity_build_facet_keys(
        opportunity,
        region=place.region.slug if place else None,
        municipality=place.slug if place else None,
        categories=[category.slug for category in opportunity.categories.all()],
    )


# The fields the facet keys read: the data migration and bulk refresh load only these.
FACET_FIELDS = [
    "pk",
    "type",
    "is_evening",
    "is_weekend",
    "is_remote",
    "beginner_friendly",
    "is_supported",
    "for_english_speakers",
    "for_under_18s",
    "is_popup",
]


def opportunity_refresh_facet_keys(queryset) -> None:
    """Recompute and store the facet keys of these opportunities, a few thousand at a time in a
    constant number of queries per batch. Reads the relations through the model's own meta, so
    that the data migration can give it its historical model."""
    model, db = queryset.model, queryset.db
    through = model._meta.get_field("categories").remote_field.through
    for batch in pk_batches(queryset):
        categories = {pk: [] for pk in batch}
        rows = (
            through._base_manager.using(db)
            .filter(opportunity_id__in=batch)
            .values_list("opportunity_id", "category__slug")
        )
        for pk, slug in rows:
            categories[pk].append(slug)
        rows = (
            model._base_manager.using(db)
            .filter(pk__in=batch)
            .values(*FACET_FIELDS, "municipality__slug", "municipality__region__slug")
        )
        keys = {
            row["pk"]: opportunity_build_facet_keys(
                SimpleNamespace(**row),
                region=row["municipality__region__slug"],
                municipality=row["municipality__slug"],
                categories=categories[row["pk"]],
            )
            for row in rows
        }
        write_facet_keys(model, keys, using=db)


def opportunity_refresh_derived_fields(*, opportunity: Opportunity) -> None:
    """Recompute the evening and weekend flags, the search index and the facet keys after a
    change."""
    opportunity.is_evening, opportunity.is_weekend = schedule_flags(
        opportunity, list(opportunity.times.all())
    )
    opportunity.search_text = opportunity_search_text(opportunity)
    opportunity.facet_keys = opportunity_facet_keys(opportunity)
    opportunity.updated_at = timezone.now()
    # An update past the model's save and signals: derived values are no change to the history.
    Opportunity.objects.filter(pk=opportunity.pk).update(
        is_evening=opportunity.is_evening,
        is_weekend=opportunity.is_weekend,
        search_text=opportunity.search_text,
        facet_keys=opportunity.facet_keys,
        updated_at=opportunity.updated_at,
    )
    refresh_search_vectors(Opportunity.objects.filter(pk=opportunity.pk), *SEARCH_WEIGHTS)
    public_pages_changed()  # updates send no signal


@transaction.atomic
def opportunity_create(
    *,
    association,
    fields: dict,
    categories=(),
    languages=(),
    weekly_times: Iterable[dict] = (),
    status: str = Opportunity.Status.DRAFT,
    by=None,
) -> Opportunity:
    """Create an opportunity of `association` with its topics, languages and weekly times
    (dicts of OpportunityTime fields); it starts as a draft and then takes `status` through the
    status rule. `by` is who created it, for the history, when it is not the user of a request."""
    opportunity = Opportunity(association=association, **fields)
    opportunity.full_clean()
    with one_history_entry(opportunity, by=by):
        opportunity.save()
        opportunity.categories.set(categories)
        opportunity.languages.set(languages)
        for values in weekly_times:
            time = OpportunityTime(opportunity=opportunity, **values)
            time.full_clean()
            with recorded_by(time, by):
                time.save()
        opportunity_refresh_derived_fields(opportunity=opportunity)
        if status != opportunity.status:
            opportunity_set_status(opportunity=opportunity, status=status)
    return opportunity


@transaction.atomic
def opportunity_set_status(*, opportunity: Opportunity, status: str) -> Opportunity:
    set_status(
        opportunity,
        status,
        published=Opportunity.Status.PUBLISHED,
        pending=Opportunity.Status.PENDING,
    )
    return opportunity


# --- Posting and editing in the association's workspace -------------------------------------


class Action:
    """What staff can do to an opportunity's status (`opportunity_transition`)."""

    SUBMIT = "submit"  # publish, or wait for review when the association is not verified
    DRAFT = "draft"
    CLOSE = "close"
    ARCHIVE = "archive"
    REOPEN = "reopen"  # like submit, for a closed or archived one


_S = Opportunity.Status
# action → the statuses it is allowed from. Written once; the workspace offers only these.
TRANSITIONS = {
    Action.SUBMIT: {_S.DRAFT, _S.CHANGES_REQUESTED},  # the latter: sent again after changes
    Action.DRAFT: {_S.PENDING, _S.PUBLISHED, _S.CLOSED},
    Action.CLOSE: {_S.PUBLISHED},
    Action.ARCHIVE: {
        _S.DRAFT,
        _S.PENDING,
        _S.PUBLISHED,
        _S.CLOSED,
        _S.CHANGES_REQUESTED,
        _S.REJECTED,
    },
    Action.REOPEN: {_S.CLOSED, _S.ARCHIVED},
}


# action → how the audit log names it.
TRANSITION_AUDIT_ACTIONS = {
    Action.SUBMIT: AuditAction.OPPORTUNITY_SUBMITTED,
    Action.DRAFT: AuditAction.OPPORTUNITY_DRAFTED,
    Action.CLOSE: AuditAction.OPPORTUNITY_CLOSED,
    Action.ARCHIVE: AuditAction.OPPORTUNITY_ARCHIVED,
    Action.REOPEN: AuditAction.OPPORTUNITY_REOPENED,
}


def allowed_actions(opportunity: Opportunity) -> list[str]:
    return [action for action, sources in TRANSITIONS.items() if opportunity.status in sources]


def _reviewed_status(association) -> str:
    """The review rule: a verified association publishes at once; an unverified one's
    opportunities wait for a coordinator."""
    return _S.PUBLISHED if association.is_verified else _S.PENDING


@transaction.atomic
def opportunity_transition(*, opportunity: Opportunity, action: str, by) -> Opportunity:
    """Change the status by one of the allowed actions, taken by the staff member `by`.

    Raises ValidationError for an action not allowed from the current status."""
    opportunity = _lock(opportunity)
    if opportunity.status not in TRANSITIONS.get(action, ()):
        raise ValidationError(
            _("This cannot be done to an opportunity that is “%(status)s”.")
            % {"status": opportunity.get_status_display()},
            code="not_allowed",
        )
    if action in (Action.SUBMIT, Action.REOPEN):
        status = _reviewed_status(opportunity.association)
    else:
        status = {Action.DRAFT: _S.DRAFT, Action.CLOSE: _S.CLOSED, Action.ARCHIVE: _S.ARCHIVED}[
            action
        ]
    if action == Action.SUBMIT and opportunity.moderation_message:
        # Sent again after the changes the coordinator asked for: their message has been read.
        set_moderation_message(opportunity, "")
    with recorded_by(opportunity, by):
        opportunity_set_status(opportunity=opportunity, status=status)
    record_decision(
        actor=by,
        action=TRANSITION_AUDIT_ACTIONS[action],
        association=opportunity.association,
        target=opportunity,
        details={"status": status},
    )
    if status == _S.PUBLISHED:  # published again: the people waiting get the free places
        signups_fill_free_places(opportunity=opportunity)
    return opportunity


def unique_opportunity_slug(title: str) -> str:
    """A web address name from the title, with a number added when it is taken."""
    base = ascii_slug(title)[:200].strip("-") or "opportunity"
    taken = set(Opportunity.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _set_weekly_times(opportunity: Opportunity, weekly_times: Iterable[dict], *, by) -> None:
    """Make the weekly times those of `weekly_times`, keeping the ones that stay the same."""
    times = []
    for values in weekly_times:
        time = OpportunityTime(opportunity=opportunity, **values)
        time.full_clean(exclude=["opportunity"])
        times.append(time)
    sync_rows(opportunity.times.all(), times, fields=WEEKLY_TIME_FIELDS, by=by)


@transaction.atomic
def opportunity_update(
    *,
    opportunity: Opportunity,
    fields: dict,
    categories=(),
    languages=(),
    weekly_times: Iterable[dict] = (),
    by=None,
) -> Opportunity:
    """Save an edited opportunity. A published one changes live at once; more places go to
    the people waiting first. Weekly times are kept only for a recurring schedule.

    The history gets one entry when something of the opportunity changed, and one for each
    weekly time added, changed or removed. `by` is who made the change, when it is not the
    user of a request."""
    for name, value in fields.items():
        setattr(opportunity, name, value)
    opportunity.full_clean()
    if opportunity.schedule != Opportunity.Schedule.RECURRING:
        weekly_times = ()
    with one_history_entry(opportunity, by=by):
        opportunity.save()
        opportunity.categories.set(categories)
        opportunity.languages.set(languages)
        _set_weekly_times(opportunity, weekly_times, by=by)
        opportunity_refresh_derived_fields(opportunity=opportunity)
    signups_fill_free_places(opportunity=opportunity)
    return opportunity


@transaction.atomic
def opportunity_duplicate(*, opportunity: Opportunity, by) -> Opportunity:
    """A draft copy of the opportunity, with its topics, languages and weekly times."""
    excluded = {"id", "slug", "status", "published_at", "created_at", "updated_at"}
    excluded |= {"search_text", "search_vector", "is_evening", "is_weekend", "association"}
    excluded |= {"facet_keys"}
    fields = {
        field.attname: getattr(opportunity, field.attname)
        for field in Opportunity._meta.concrete_fields
        if field.name not in excluded
    }
    fields["slug"] = unique_opportunity_slug(opportunity.title)
    return opportunity_create(
        association=opportunity.association,
        fields=fields,
        categories=list(opportunity.categories.all()),
        languages=list(opportunity.languages.all()),
        weekly_times=[
            {"weekday": t.weekday, "start_time": t.start_time, "end_time": t.end_time}
            for t in opportunity.times.all()
        ],
        by=by,
    )


def opportunity_is_open(opportunity: Opportunity) -> bool:
    """Takes sign-ups: published, its association public, and neither past its deadline nor over."""
    return Opportunity.objects.current().filter(pk=opportunity.pk).exists()


def places_taken(opportunity: Opportunity) -> int:
    return opportunity.signups.filter(status__in=SignUp.HOLDS_PLACE).count()


def _waiting_list(opportunity: Opportunity):
    """The waiting list in order: who signed up first is first."""
    return opportunity.signups.filter(status=SignUp.Status.WAITLISTED).order_by("created_at", "pk")


def _lock(opportunity: Opportunity) -> Opportunity:
    """Lock the opportunity's row until the transaction ends, so that its places and its waiting
    list are counted and changed one at a time; returns the row as it is now."""
    return Opportunity.objects.select_for_update().get(pk=opportunity.pk)


@transaction.atomic
def signup_create(
    *,
    user,
    opportunity: Opportunity,
    birth_year: int,
    home_municipality,
    phone: str = "",
    message: str = "",
    interests: str = "",
    consent: bool,
    preferred_name: str = "",
    share_accessibility_needs: bool = False,
) -> SignUp:
    """Sign a person up: a place when one is free, otherwise the waiting list. Never overbooks,
    and never gives a newcomer a place that belongs to someone waiting. The accessibility needs
    on the person's profile are copied for the association only when they agree to share them."""
    if not consent:
        raise ValidationError(
            _("Please agree to share these details with the association."), code="consent"
        )
    opportunity = _lock(opportunity)
    signup = SignUp.objects.filter(opportunity=opportunity, user=user).first()
    refusal = signup_refusal(
        opportunity,
        is_open=opportunity_is_open(opportunity),
        birth_year=birth_year,
        existing_signup=signup,
    )
    if refusal is not None:
        raise ValidationError(refusal.message, code=refusal.code)
    profile = profile_update(
        user=user,
        preferred_name=preferred_name or None,
        birth_year=birth_year,
        home_municipality=home_municipality,
        phone=phone,
        interests=interests,
    )
    language = current_language()
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])

    # Anyone waiting gets a free place before the newcomer.
    _promoted, taken, waiting = _promote_from_waiting_list(opportunity)
    has_place = places_left(opportunity.places, taken, waiting) != 0
    signup = signup or SignUp(opportunity=opportunity, user=user)
    if not has_place:
        signup.status = SignUp.Status.WAITLISTED
    elif opportunity.chooses_people:
        signup.status = SignUp.Status.PENDING  # the staff answer (signups_decide)
    else:
        signup.status = SignUp.Status.ACCEPTED
    signup.birth_year = birth_year
    signup.home_municipality = home_municipality
    signup.phone = phone
    signup.message = message.strip()
    signup.interests = interests.strip()
    signup.accessibility_needs = profile.accessibility_needs if share_accessibility_needs else ""
    signup.consent_at = timezone.now()
    # Signing up again after withdrawing: the place in line is from now.
    signup.created_at = signup.consent_at
    signup.language = language
    signup.full_clean(validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            signup.save()
    except IntegrityError:
        raise ValidationError(
            _("You have already signed up for this."), code=ALREADY_SIGNED_UP
        ) from None
    _notify_signup(signup)
    return signup


@transaction.atomic
def signup_withdraw(*, signup: SignUp) -> SignUp:
    """Withdraw the person; a place that frees up goes to the first person on the waiting list."""
    opportunity = _lock(signup.opportunity)
    signup.refresh_from_db(fields=["status"])
    if not signup.can_withdraw:
        raise ValidationError(_("This sign-up can no longer be withdrawn."), code="not_active")
    signup.status = SignUp.Status.WITHDRAWN
    signup.save(update_fields=["status", "updated_at"])
    signup.opportunity = opportunity
    for email, language in opportunity_contact_recipients(opportunity):
        send_email(
            to=email,
            language=language,
            template="volunteering/email/signup_withdrawn",
            context={"signup": signup, "opportunity": opportunity},
        )
    _promote_from_waiting_list(opportunity)
    return signup


@transaction.atomic
def signups_fill_free_places(*, opportunity: Opportunity) -> list[SignUp]:
    """Give free places to the people waiting, first in line first, and tell them.

    Call after anything that may free or add places (more places, a sign-up declined).
    Returns the sign-ups that got a place.
    """
    promoted, _taken, _waiting = _promote_from_waiting_list(_lock(opportunity))
    return promoted


def _promote_from_waiting_list(opportunity: Opportunity) -> tuple[list[SignUp], int, int]:
    """With the opportunity's row locked: the first people in line get the free places, and are
    told. Nobody moves up once the opportunity is over or no longer published.

    Returns who got a place, then the places taken and the people waiting after that.
    """
    taken = places_taken(opportunity)
    waiting = _waiting_list(opportunity)
    waiting_count = waiting.count()
    if not waiting_count:
        return [], taken, 0
    running = (
        Opportunity.objects.published()
        .not_over(timezone.localdate())
        .filter(pk=opportunity.pk)
        .exists()
    )
    count = places_to_promote(opportunity.places, taken, waiting_count) if running else 0
    promoted = list(waiting.select_related("user")[:count])
    for signup in promoted:
        signup.status = SignUp.Status.ACCEPTED
        signup.opportunity = opportunity
        signup.save(update_fields=["status", "updated_at"])
        _notify_promoted(signup)
    return promoted, taken + len(promoted), waiting_count - len(promoted)


def opportunity_contact_recipients(opportunity: Opportunity) -> list[tuple[str, str]]:
    """The opportunity's own contact first, then the association's contacts and staff."""
    recipients = {}
    if opportunity.contact_email:
        recipients[opportunity.contact_email] = opportunity.contact_language
    for email, language in association_contact_recipients(opportunity.association):
        recipients.setdefault(email, language)
    return list(recipients.items())


def _person_context(signup: SignUp) -> dict:
    return {
        "signup": signup,
        "opportunity": signup.opportunity,
        "person": signup.user,
        "needs_guardian": needs_guardian(signup.birth_year),
    }


def _notify_signup(signup: SignUp) -> None:
    _notify_person_and_association(
        signup,
        language=signup.language,
        template="volunteering/email/signup_confirmation",
        association_template="volunteering/email/signup_received",
    )


def _notify_promoted(signup: SignUp) -> None:
    """The person first in line got a place: tell them in their own language, and the
    association."""
    _notify_person_and_association(
        signup,
        language=signup.user.language or signup.language,
        template="volunteering/email/signup_promoted",
        association_template="volunteering/email/signup_promoted_received",
    )


def _notify_person_and_association(signup, *, language, template, association_template) -> None:
    context = _person_context(signup)
    send_email(to=signup.user.email, language=language, template=template, context=context)
    for email, contact_language in opportunity_contact_recipients(signup.opportunity):
        send_email(
            to=email, language=contact_language, template=association_template, context=context
        )


# --- Answering the people who signed up (the association's workspace) ----------------------


class Decision:
    """What staff can decide about sign-ups (`signups_decide`)."""

    ACCEPT = "accept"
    DECLINE = "decline"
    WAITLIST = "waitlist"
    COMPLETE = "complete"


_SU = SignUp.Status
# decision → (the statuses it is allowed from, the status it leads to).
DECISIONS = {
    Decision.ACCEPT: ({_SU.PENDING, _SU.WAITLISTED, _SU.DECLINED}, _SU.ACCEPTED),
    Decision.DECLINE: ({_SU.PENDING, _SU.ACCEPTED, _SU.WAITLISTED}, _SU.DECLINED),
    Decision.WAITLIST: ({_SU.PENDING, _SU.ACCEPTED}, _SU.WAITLISTED),
    Decision.COMPLETE: ({_SU.ACCEPTED, _SU.COMPLETED}, _SU.COMPLETED),
}
DECISION_AUDIT_ACTIONS = {
    Decision.ACCEPT: AuditAction.SIGNUP_ACCEPTED,
    Decision.DECLINE: AuditAction.SIGNUP_DECLINED,
    Decision.WAITLIST: AuditAction.SIGNUP_WAITLISTED,
    Decision.COMPLETE: AuditAction.SIGNUP_COMPLETED,
}


@dataclasses.dataclass
class DecisionResult:
    decided: list[SignUp]
    promoted: list[SignUp]  # who got a place that the decision freed


@transaction.atomic
def signups_decide(
    *,
    opportunity: Opportunity,
    signup_ids: Iterable[int],
    decision: str,
    message: str = "",
    hours_done=None,
    reference: str = "",
    by=None,
) -> DecisionResult:
    """Decide about one or many sign-ups of `opportunity` at once, all or none: each person is
    emailed in their own language with the message, and sees it on their own page. A place that
    frees up goes to the first person on the waiting list. Accepting never overbooks. Each
    decision is in the audit log as taken by the staff member `by`."""
    if decision not in DECISIONS:
        raise ValidationError(_("Choose what to do."), code="no_decision")
    sources, target = DECISIONS[decision]
    opportunity = _lock(opportunity)
    ids = set(signup_ids)
    if not ids:
        raise ValidationError(_("Choose at least one person."), code="no_signups")
    # The sign-ups of people who deleted their account are kept for the counts only.
    signups = list(
        opportunity.signups.filter(pk__in=ids, user__isnull=False)
        .select_related("user")
        .order_by("created_at", "pk")
    )
    if len(signups) != len(ids):
        raise ValidationError(
            _("Some of the chosen people are no longer on the list. Reload the page."),
            code="unknown_signups",
        )
    not_allowed = [s for s in signups if s.status not in sources]
    if not_allowed:
        names = ", ".join(s.person_label for s in not_allowed)
        raise ValidationError(
            _("This cannot be done to these people as things stand: %(names)s.") % {"names": names},
            code="not_allowed",
        )
    taken = places_taken(opportunity)
    if decision == Decision.ACCEPT and opportunity.places is not None:
        free = max(opportunity.places - taken, 0)
        if len(signups) > free:
            raise ValidationError(
                _(
                    "Not enough places: %(free)s free, and you chose %(chosen)s. Decline someone "
                    "or add places first."
                )
                % {"free": free, "chosen": len(signups)},
                code="no_place",
            )
    if decision == Decision.WAITLIST:
        _check_waitlist_move(opportunity, signups, taken)
    if decision == Decision.COMPLETE and hours_done is None:
        raise ValidationError(
            {"hours_done": _("Write how many hours each of them did.")}, code="hours_required"
        )
    now = timezone.now()
    for signup in signups:
        signup.status = target
        signup.staff_message = message.strip()
        signup.decided_at = now
        signup.seen_at = signup.seen_at or now
        signup.updated_at = now
        if decision == Decision.COMPLETE:
            signup.hours_done = hours_done
            signup.reference = reference.strip()
        if decision == Decision.WAITLIST:
            # Like signing up again: the place in line is from now, at the end of the line.
            signup.created_at = now
        signup.full_clean(validate_unique=False, validate_constraints=False)
    SignUp.objects.bulk_update(
        signups,
        [
            "status",
            "staff_message",
            "decided_at",
            "seen_at",
            "hours_done",
            "reference",
            "created_at",
            "updated_at",
        ],
    )
    for signup in signups:
        # The log names the opportunity, not the person: no personal data in it.
        record_decision(
            actor=by,
            action=DECISION_AUDIT_ACTIONS[decision],
            association=opportunity.association,
            target=signup,
            target_repr=opportunity.title,
            reason=signup.staff_message,
            details={"opportunity": opportunity.title, "opportunity_id": opportunity.pk},
        )
    reply_to = opportunity.association.contact_email
    for signup in signups:
        signup.opportunity = opportunity
        send_email(
            to=signup.user.email,
            language=signup.user.language or signup.language,
            template="volunteering/email/signup_decision",
            context={**_person_context(signup), "decision": decision},
            reply_to=reply_to,
        )
    promoted = []
    if decision in (Decision.DECLINE, Decision.WAITLIST):
        promoted, _taken, _waiting = _promote_from_waiting_list(opportunity)
    return DecisionResult(decided=signups, promoted=promoted)


def _check_waitlist_move(opportunity: Opportunity, signups: list[SignUp], taken: int) -> None:
    """Moving people to the waiting list only makes sense when the places are full: otherwise
    they would get a place again at once (free places go to the people waiting)."""
    if opportunity.places is None:
        raise ValidationError(
            _("This has no limit on places, so there is no waiting list."), code="no_limit"
        )
    freed = sum(1 for s in signups if s.status in SignUp.HOLDS_PLACE)
    others_waiting = _waiting_list(opportunity).count()
    if opportunity.places - (taken - freed) > others_waiting:
        raise ValidationError(
            _(
                "There are free places, so they would get a place again at once. Decline them "
                "instead, or lower the number of places first."
            ),
            code="places_free",
        )


def signups_mark_seen(*, opportunity: Opportunity) -> int:
    """The staff have seen the opportunity's sign-ups: they are no longer new."""
    return opportunity.signups.filter(seen_at__isnull=True).update(seen_at=timezone.now())


@transaction.atomic
def opportunity_message_send(
    *, opportunity: Opportunity, sender, audience: str, body: str
) -> OpportunityMessage:
    """Email one message to everyone accepted (or waiting) in their own language; it is kept
    with the opportunity, and replies go to the association's contact address."""
    status = {
        OpportunityMessage.Audience.ACCEPTED: SignUp.Status.ACCEPTED,
        OpportunityMessage.Audience.WAITLISTED: SignUp.Status.WAITLISTED,
    }.get(audience)
    message = OpportunityMessage(
        opportunity=opportunity, sender=sender, audience=audience, body=body.strip()
    )
    message.full_clean()
    people = list(opportunity.signups.filter(status=status).select_related("user"))
    if not people:
        raise ValidationError({"audience": _("Nobody is in this group yet.")}, code="nobody")
    message.recipient_count = len(people)
    message.save()
    reply_to = opportunity.association.contact_email
    for signup in people:
        send_email(
            to=signup.user.email,
            language=signup.user.language or signup.language,
            template="volunteering/email/opportunity_message",
            context={
                "message": message,
                "opportunity": opportunity,
                "person": signup.user,
                "reply_to": reply_to,
            },
            reply_to=reply_to,
        )
    return message


# --- Moderation: a coordinator approves, asks for changes, rejects, hides and restores -------

# decision → (the statuses it can be taken from, the status it leads to, its audit action).
# Restoring leads back to the status the opportunity had before it was hidden.
MODERATION = {
    "approve": ({_S.PENDING}, _S.PUBLISHED, AuditAction.OPPORTUNITY_APPROVED),
    "request_changes": (
        {_S.PENDING},
        _S.CHANGES_REQUESTED,
        AuditAction.OPPORTUNITY_CHANGES_REQUESTED,
    ),
    "reject": (
        {_S.PENDING, _S.CHANGES_REQUESTED},
        _S.REJECTED,
        AuditAction.OPPORTUNITY_REJECTED,
    ),
    "hide": (
        set(_S) - {_S.HIDDEN},
        _S.HIDDEN,
        AuditAction.OPPORTUNITY_HIDDEN,
    ),
    "restore": ({_S.HIDDEN}, None, AuditAction.OPPORTUNITY_RESTORED),
}


def opportunity_moderation_actions(opportunity: Opportunity) -> list[str]:
    """The decisions a coordinator can take on the opportunity now."""
    return [d for d, (sources, _s, _a) in MODERATION.items() if opportunity.status in sources]


@transaction.atomic
def opportunity_moderate(
    *, opportunity: Opportunity, decision: str, by, message: str = ""
) -> Opportunity:
    """A coordinator's decision on the opportunity: "approve" (published, even when its
    association is not verified), "request_changes" (back to the staff with a message; they
    edit and submit it again), "reject" (with a reason), "hide" (off every public page, with a
    reason) or "restore" (back to the status it had before hiding). The staff see the message
    in the workspace until they submit again, and are emailed in their own languages; the
    decision goes to the audit log."""
    if decision not in MODERATION:
        raise ValidationError(_("Unknown decision."), code="not_allowed")
    message = require_moderation_message(decision, message)
    opportunity = _lock(opportunity)
    if decision not in opportunity_moderation_actions(opportunity):
        raise ValidationError(
            _("This cannot be done to an opportunity that is “%(status)s”.")
            % {"status": opportunity.get_status_display()},
            code="not_allowed",
        )
    _sources, status, action = MODERATION[decision]
    if decision == "hide":
        opportunity.status_before_hidden = opportunity.status
    elif decision == "restore":
        status, opportunity.status_before_hidden = opportunity.status_before_hidden or _S.DRAFT, ""
    opportunity.save(update_fields=["status_before_hidden", "updated_at"])
    set_moderation_message(opportunity, message)
    with recorded_by(opportunity, by):
        opportunity_set_status(opportunity=opportunity, status=status)
    association = opportunity.association
    record_decision(
        actor=by, action=action, association=association, target=opportunity, reason=message
    )
    for email, language in association_staff_recipients(association):
        send_email(
            to=email,
            language=language,
            template="volunteering/email/moderation_decision",
            context={"opportunity": opportunity, "association": association, "decision": decision},
        )
    if status == _S.PUBLISHED:  # the people waiting get the free places
        signups_fill_free_places(opportunity=opportunity)
    return opportunity
