"""Writes to association cards and join requests: every business rule about them lives here."""

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet, Value
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from accounts.models import RegionCoordinator
from accounts.services import user_set_preferred_name
from core.audit import AuditAction
from core.caching import public_pages_changed
from core.emails import current_language, send_email
from core.facets import build_facet_keys, pk_batches, write_facet_keys
from core.history import one_history_entry, recorded_by, sync_rows
from core.models import Municipality
from core.publishing import require_moderation_message, set_moderation_message, set_status
from core.search import build_search_text, refresh_search_vectors

from .audit import record_decision
from .models import (
    Association,
    Category,
    Invitation,
    JoinRequest,
    MeetingTime,
    Membership,
    Offering,
)

SEARCH_WEIGHTS = (("name", "A"), ("short_description", "B"), ("description", "C"))
# A meeting time is the same when these are: the card editor keeps it as it is.
MEETING_FIELDS = ["weekday", "start_time", "end_time", "description"]


def association_search_text(association: Association) -> str:
    return association_build_search_text(
        name=association.name,
        short_description=association.short_description,
        description=association.description,
        categories=association.categories.all(),
        municipalities=association.municipalities.all(),
        offerings=association.offerings.all(),
    )


def offering_kind_names(kind: str) -> list[str]:
    """The kind's name in every language of the portal, so that a search in any of them finds
    it ("vertaistuki", "kamratstöd", "peer support")."""
    label = Offering.Kind(kind).label
    names = []
    for language, _name in settings.LANGUAGES:
        with override(language):
            names.append(str(label))
    return names


def association_build_search_text(
    *,
    name: str,
    short_description: str,
    description: str,
    categories: Iterable[Category],
    municipalities: Iterable[Municipality],
    offerings: Iterable[Offering] = (),
) -> str:
    """A card's search document: its texts, then every name of its categories and municipalities
    (sorted, so the text does not depend on the order they were read in), then its activities
    and support: their texts and the names of their kinds. Shared with the bench data
    generator, which builds cards before they are saved."""
    places = sorted(text for m in municipalities for text in (m.name_fi, m.name_sv))
    terms = sorted(text for c in categories for text in (c.name_fi, c.name_sv, c.name_en))
    offerings = list(offerings)
    activities = [text for o in offerings for text in (o.name, o.description, o.for_whom) if text]
    kinds = sorted({text for o in offerings for text in offering_kind_names(o.kind)})
    return build_search_text(
        name,
        short_description,
        description,
        " ".join(terms),
        " ".join(places),
        *activities,
        " ".join(kinds),
    )


def association_has_evening_activity(meeting_times: Iterable[MeetingTime]) -> bool:
    """A card has evening activity when any of its meeting times runs in the evening."""
    return any(meeting.is_evening for meeting in meeting_times)


def association_build_facet_keys(
    *,
    regions: Iterable[str],
    municipalities: Iterable[str],
    categories: Iterable[str],
    target_groups: Iterable[str],
    languages: Iterable[str],
    offerings: Iterable[tuple[str, bool]],
    has_evening_activity: bool,
    step_free_access: bool | None,
) -> str:
    """A card's facet keys (core.facets): the slugs of its regions, municipalities and terms,
    the kinds of its activities and support (`offerings`: (kind, is free) pairs), and its
    flags, each named after its filter in associations.filters.AssociationFilter."""
    offerings = list(offerings)
    return build_facet_keys(
        {
            "region": regions,
            "municipality": municipalities,
            "category": categories,
            "target_group": target_groups,
            "language": languages,
            "activity": [kind for kind, _free in offerings],
        },
        {
            "evening": has_evening_activity,
            "step_free": bool(step_free_access),
            "free_activity": any(free for _kind, free in offerings),
        },
    )


def association_refresh_facet_keys(queryset: QuerySet[Association]) -> None:
    """Recompute and store the facet keys of these cards, a batch of a few thousand at a time
    in a constant number of queries per batch. Reads the relations through the model's own
    meta, so that the data migration can give it its historical model."""
    model, db = queryset.model, queryset.db
    meta = model._meta
    relations = {
        "categories": "category",
        "target_groups": "targetgroup",
        "languages": "activitylanguage",
    }
    municipality_through = meta.get_field("municipalities").remote_field.through
    offering_model = meta.get_field("offerings").related_model
    for batch in pk_batches(queryset):
        terms = {pk: {name: [] for name in relations} for pk in batch}
        for name, target in relations.items():
            through = meta.get_field(name).remote_field.through
            rows = (
                through._base_manager.using(db)
                .filter(association_id__in=batch)
                .values_list("association_id", f"{target}__slug")
            )
            for pk, slug in rows:
                terms[pk][name].append(slug)
        places = {pk: ([], []) for pk in batch}
        rows = (
            municipality_through._base_manager.using(db)
            .filter(association_id__in=batch)
            .values_list("association_id", "municipality__slug", "municipality__region__slug")
        )
        for pk, municipality, region in rows:
            places[pk][0].append(municipality)
            places[pk][1].append(region)
        offerings = {pk: [] for pk in batch}
        rows = (
            offering_model._base_manager.using(db)
            .filter(association_id__in=batch)
            .values_list("association_id", "kind", "is_free")
        )
        for pk, kind, free in rows:
            offerings[pk].append((kind, free))
        flags = (
            model._base_manager.using(db)
            .filter(pk__in=batch)
            .values_list("pk", "has_evening_activity", "step_free_access")
        )
        keys = {
            pk: association_build_facet_keys(
                regions=places[pk][1],
                municipalities=places[pk][0],
                categories=terms[pk]["categories"],
                target_groups=terms[pk]["target_groups"],
                languages=terms[pk]["languages"],
                offerings=offerings[pk],
                has_evening_activity=evening,
                step_free_access=step_free,
            )
            for pk, evening, step_free in flags
        }
        write_facet_keys(model, keys, using=db)


def association_facet_keys(
    association: Association, *, municipalities=None, categories=None, offerings=None
) -> str:
    """The card's facet keys from its saved relations (and its evening flag as it is now);
    `municipalities` (with their regions), `categories` and `offerings` when read already."""
    if municipalities is None:
        municipalities = association.municipalities.select_related("region")
    if categories is None:
        categories = association.categories.all()
    if offerings is None:
        offerings = association.offerings.all()
    # Target groups and languages in one query: (facet, slug) rows.
    groups = association.target_groups.order_by().values_list(Value("target_group"), "slug")
    languages = association.languages.order_by().values_list(Value("language"), "slug")
    terms = groups.union(languages, all=True)
    slugs = {"target_group": [], "language": []}
    for facet, slug in terms:
        slugs[facet].append(slug)
    return association_build_facet_keys(
        regions=[municipality.region.slug for municipality in municipalities],
        municipalities=[municipality.slug for municipality in municipalities],
        categories=[category.slug for category in categories],
        target_groups=slugs["target_group"],
        languages=slugs["language"],
        offerings=[(offering.kind, offering.is_free) for offering in offerings],
        has_evening_activity=association.has_evening_activity,
        step_free_access=association.step_free_access,
    )


def association_refresh_search_vectors(queryset: QuerySet[Association]) -> None:
    """Recompute the stored search vectors of these cards in one UPDATE (PostgreSQL only)."""
    refresh_search_vectors(queryset, *SEARCH_WEIGHTS)


def association_refresh_derived_fields(*, association: Association) -> None:
    """Recompute what is derived from the card: evening flag, home municipality, search index,
    facet keys.

    Call after the card, its meeting times, categories, municipalities or activities have changed.
    """
    # Written past the models' save and signals: derived values are no change to the history.
    municipalities = list(association.municipalities.select_related("region"))
    if association.home_municipality_id not in {municipality.pk for municipality in municipalities}:
        Association.municipalities.through.objects.get_or_create(
            association_id=association.pk, municipality_id=association.home_municipality_id
        )
        municipalities = list(association.municipalities.select_related("region"))
    association.has_evening_activity = association_has_evening_activity(
        association.meeting_times.all()
    )
    offerings = list(association.offerings.all())
    categories = list(association.categories.all())
    association.search_text = association_build_search_text(
        name=association.name,
        short_description=association.short_description,
        description=association.description,
        categories=categories,
        municipalities=municipalities,
        offerings=offerings,
    )
    association.facet_keys = association_facet_keys(
        association, municipalities=municipalities, categories=categories, offerings=offerings
    )
    association.updated_at = timezone.now()
    Association.objects.filter(pk=association.pk).update(
        has_evening_activity=association.has_evening_activity,
        search_text=association.search_text,
        facet_keys=association.facet_keys,
        updated_at=association.updated_at,
    )
    association_refresh_search_vectors(Association.objects.filter(pk=association.pk))
    public_pages_changed()  # updates send no signal


@transaction.atomic
def association_create(
    *,
    fields: dict,
    categories: Iterable[Category] = (),
    target_groups: Iterable = (),
    languages: Iterable = (),
    municipalities: Iterable[Municipality] = (),
    meeting_times: Iterable[dict] = (),
    offerings: Iterable[dict] = (),
    status: str = Association.Status.DRAFT,
    by=None,
) -> Association:
    """Create a card with its terms, the municipalities where it is active (its home always
    among them), its meeting times and its activities and support (dicts of MeetingTime and
    Offering fields); it starts as a draft and then takes `status` through the status rule.
    `by` is who created it, for the history, when it is not the user of a request."""
    association = Association(**fields)
    association.full_clean()
    with one_history_entry(association, by=by):
        association.save()
        association.categories.set(categories)
        association.target_groups.set(target_groups)
        association.languages.set(languages)
        association.municipalities.set([association.home_municipality, *municipalities])
        for values in meeting_times:
            meeting = MeetingTime(association=association, **values)
            meeting.full_clean()
            with recorded_by(meeting, by):
                meeting.save()
        for position, values in enumerate(offerings):
            offering = Offering(association=association, **{"position": position, **values})
            offering.full_clean()
            with recorded_by(offering, by):
                offering.save()
        association_refresh_derived_fields(association=association)
        if status != association.status:
            association_set_status(association=association, status=status)
    return association


# --- Activities and support ------------------------------------------------------------------


@transaction.atomic
def offering_create(*, association: Association, fields: dict) -> Offering:
    """Add an activity or a kind of support to the card (`fields`: Offering's own fields); a
    published card shows it at once, and search finds the card by it."""
    offering = Offering(association=association, **fields)
    offering.full_clean()
    offering.save()
    association_refresh_derived_fields(association=association)
    return offering


@transaction.atomic
def offering_update(*, offering: Offering, fields: dict) -> Offering:
    for name, value in fields.items():
        setattr(offering, name, value)
    offering.full_clean()
    offering.save()
    association_refresh_derived_fields(association=offering.association)
    return offering


@transaction.atomic
def offering_delete(*, offering: Offering) -> None:
    association = offering.association
    offering.delete()
    association_refresh_derived_fields(association=association)


@transaction.atomic
def association_set_status(*, association: Association, status: str) -> Association:
    set_status(
        association,
        status,
        published=Association.Status.PUBLISHED,
        pending=Association.Status.PENDING,
    )
    return association


@transaction.atomic
def association_set_verified(*, association: Association, verified: bool) -> Association:
    association.is_verified = verified
    association.verified_at = timezone.now() if verified else None
    association.save(update_fields=["is_verified", "verified_at", "updated_at"])
    return association


@transaction.atomic
def association_confirm_current(*, association: Association, user) -> Association:
    """The staff say the card is up to date as it is: it counts as updated now (so it is no
    longer stale), without any other change and without a history entry."""
    association.updated_at = timezone.now()
    Association.objects.filter(pk=association.pk).update(updated_at=association.updated_at)
    public_pages_changed()
    record_decision(actor=user, action=AuditAction.CARD_CONFIRMED_CURRENT, association=association)
    return association


def association_contact_recipients(association: Association) -> list[tuple[str, str]]:
    """(email, language) of everyone who should hear of a request to the association."""
    recipients = {association.contact_email: association.contact_language}
    for membership in association.memberships.select_related("user"):
        recipients.setdefault(
            membership.user.email, membership.user.language or association.contact_language
        )
    return list(recipients.items())


@transaction.atomic
def join_request_create(
    *, user, association: Association, message: str, preferred_name: str = ""
) -> JoinRequest:
    """Send the association a request; `preferred_name`, when given, is saved on the account."""
    if not association.is_public:
        raise ValidationError(_("This association does not take requests at the moment."))
    if JoinRequest.objects.filter(
        user=user, association=association, status=JoinRequest.Status.PENDING
    ).exists():
        raise ValidationError(
            _("You have already sent a request to this association. It is waiting for an answer.")
        )
    if preferred_name:
        user_set_preferred_name(user=user, preferred_name=preferred_name)
    join_request = JoinRequest(
        user=user,
        association=association,
        message=message.strip(),
        language=current_language(),
    )
    join_request.full_clean()
    join_request.save()
    _notify_join_request(join_request)
    return join_request


def _notify_join_request(join_request: JoinRequest) -> None:
    association = join_request.association
    for email, language in association_contact_recipients(association):
        send_email(
            to=email,
            language=language,
            template="associations/email/join_request_received",
            context={
                "join_request": join_request,
                "association": association,
                "person": join_request.user,
            },
        )
    send_email(
        to=join_request.user.email,
        language=join_request.language,
        template="associations/email/join_request_sent",
        context={"join_request": join_request, "association": association},
    )


# --- Answering join requests -----------------------------------------------------------------


@transaction.atomic
def join_request_answer(
    *, join_request: JoinRequest, accept: bool, response: str, handled_by
) -> JoinRequest:
    """Accept or decline a request that waits for an answer; the person is emailed the answer
    in their own language."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered or withdrawn."))
    join_request.status = JoinRequest.Status.ACCEPTED if accept else JoinRequest.Status.DECLINED
    join_request.response = response.strip()
    join_request.handled_by = handled_by
    join_request.handled_at = timezone.now()
    join_request.full_clean()
    join_request.save()
    record_decision(
        actor=handled_by,
        action=AuditAction.JOIN_REQUEST_ACCEPTED if accept else AuditAction.JOIN_REQUEST_DECLINED,
        association=join_request.association,
        target=join_request,
        target_repr=join_request.user.display_name,
        reason=join_request.response,
    )
    person = join_request.user
    send_email(
        to=person.email,
        language=person.language or join_request.language,
        template="associations/email/join_request_answered",
        context={"join_request": join_request, "association": join_request.association},
    )
    return join_request


@transaction.atomic
def join_request_withdraw(*, join_request: JoinRequest, user) -> JoinRequest:
    """The person takes back their own request while it waits for an answer."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.user_id != user.pk:
        raise ValidationError(_("You can only withdraw your own request."))
    if join_request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered or withdrawn."))
    join_request.status = JoinRequest.Status.WITHDRAWN
    join_request.save(update_fields=["status", "updated_at"])
    return join_request


# --- Staff and invitations -------------------------------------------------------------------

INVITATION_VALID_DAYS = 14


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_by_token(token: str) -> Invitation | None:
    """The invitation whose link carries `token`, whatever its state; None for no such link."""
    return (
        Invitation.objects.select_related("association", "invited_by")
        .filter(token_hash=invitation_token_hash(token))
        .first()
    )


def _lock_staff(association: Association) -> list[Membership]:
    """The association's memberships, locked, so two owners cannot both leave at once."""
    return list(Membership.objects.select_for_update().filter(association=association))


def _owner_count(memberships: list[Membership]) -> int:
    return sum(1 for membership in memberships if membership.role == Membership.Role.OWNER)


@transaction.atomic
def invitation_create(
    *, association: Association, email: str, role: str, language: str, invited_by
) -> tuple[Invitation, str]:
    """Invite `email` to the staff with `role`; returns the invitation and its secret token (the
    link is emailed; only the token's digest is stored). A new invitation to the same address
    replaces the one that waits."""
    email = email.strip()
    if Membership.objects.filter(association=association, user__email__iexact=email).exists():
        raise ValidationError(
            {"email": _("A person with this email address is already staff of the association.")}
        )
    association.invitations.pending().filter(email__iexact=email).update(revoked_at=timezone.now())
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation = Invitation(
        created_at=now,
        association=association,
        email=email,
        role=role,
        language=language,
        token_hash=invitation_token_hash(token),
        invited_by=invited_by,
        expires_at=now + timedelta(days=INVITATION_VALID_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    record_decision(
        actor=invited_by,
        action=AuditAction.STAFF_INVITED,
        association=association,
        target=invitation,
        target_repr=invitation.email,
        details={"email": invitation.email, "role": invitation.role},
    )
    send_email(
        to=invitation.email,
        language=invitation.language,
        template="associations/email/staff_invitation",
        context={
            "invitation": invitation,
            "association": association,
            "inviter": invited_by,
            "token": token,
        },
    )
    return invitation, token


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by=None) -> Invitation:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise ValidationError(_("This invitation can no longer be revoked."))
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    record_decision(
        actor=by,
        action=AuditAction.INVITATION_REVOKED,
        association=invitation.association,
        target=invitation,
        target_repr=invitation.email,
        details={"email": invitation.email, "role": invitation.role},
    )
    return invitation


def user_has_email(user, email: str) -> bool:
    """Whether the address is the person's login address or another verified one of theirs."""
    if user.email.lower() == email.lower():
        return True
    return user.emailaddress_set.filter(email__iexact=email, verified=True).exists()


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    """The invited person joins the staff with the invited role. The link works once, until it
    expires or is revoked, and only for the address it was sent to."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise ValidationError(_("This invitation is no longer valid."))
    if not user_has_email(user, invitation.email):
        raise ValidationError(
            _(
                "This invitation was sent to another email address. Log in with the address "
                "the invitation came to."
            )
        )
    if Membership.objects.filter(association=invitation.association, user=user).exists():
        raise ValidationError(_("You are already staff of this association."))
    membership = Membership(association=invitation.association, user=user, role=invitation.role)
    membership.full_clean()
    membership.save()
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    record_decision(
        actor=user,
        action=AuditAction.INVITATION_ACCEPTED,
        association=invitation.association,
        target=membership,
        target_repr=user.display_name or invitation.email,
        details={"role": membership.role},
    )
    return membership


@transaction.atomic
def membership_change_role(*, membership: Membership, role: str, by=None) -> Membership:
    """Give a staff member another role; the last owner stays an owner."""
    memberships = _lock_staff(membership.association)
    membership = next(m for m in memberships if m.pk == membership.pk)
    if (
        membership.role == Membership.Role.OWNER
        and role != Membership.Role.OWNER
        and _owner_count(memberships) == 1
    ):
        raise ValidationError(
            _("The association needs at least one owner. Make someone else an owner first.")
        )
    old_role = membership.role
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role"])
    if old_role != role:
        record_decision(
            actor=by,
            action=AuditAction.STAFF_ROLE_CHANGED,
            association=membership.association,
            target=membership,
            target_repr=membership.user.display_name or membership.user.email,
            details={"old_role": old_role, "new_role": role},
        )
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, by=None) -> None:
    """Remove a person from the staff (or let them leave: `by` is the person themselves); the
    last owner cannot go."""
    memberships = _lock_staff(membership.association)
    membership = next(m for m in memberships if m.pk == membership.pk)
    if membership.role == Membership.Role.OWNER and _owner_count(memberships) == 1:
        raise ValidationError(
            _("The association needs at least one owner. Make someone else an owner first.")
        )
    left = by is not None and by.pk == membership.user_id
    record_decision(
        actor=by,
        action=AuditAction.STAFF_LEFT if left else AuditAction.STAFF_REMOVED,
        association=membership.association,
        target=membership,
        target_repr=membership.user.display_name or membership.user.email,
        details={"role": membership.role},
    )
    membership.delete()


def memberships_lock_for_leaving(*, user) -> list[Association]:
    """Lock the staff of every association the person owns, as they leave the portal, and
    return those they are the only owner of (the caller refuses then): checked under the same
    lock as stepping down, so two owners cannot both go at once."""
    owned = Association.objects.filter(
        memberships__user=user, memberships__role=Membership.Role.OWNER
    ).order_by("pk")
    return [association for association in owned if _owner_count(_lock_staff(association)) == 1]


def membership_is_last_owner(membership: Membership) -> bool:
    """Whether the person is the association's only owner: they cannot leave or step down (the
    writes above check it again under a lock)."""
    return (
        membership.role == Membership.Role.OWNER
        and not Membership.objects.filter(
            association_id=membership.association_id, role=Membership.Role.OWNER
        )
        .exclude(pk=membership.pk)
        .exists()
    )


# --- The workspace: the card editor, a new card, asking for access -------------------------


def _logo_delete_when_unused(name: str) -> None:
    """Once the transaction commits, delete the replaced or removed logo file `name`, unless a
    card still points to it. A rolled-back save keeps the file."""
    if not name:
        return
    storage = Association._meta.get_field("logo").storage

    def delete():
        if not Association.objects.filter(logo=name).exists():
            storage.delete(name)

    transaction.on_commit(delete, robust=True)  # a file that cannot go is logged, not an error


@transaction.atomic
def association_update(
    *,
    association: Association,
    fields: dict,
    categories: Iterable[Category],
    target_groups: Iterable,
    languages: Iterable,
    municipalities: Iterable[Municipality],
    meeting_times: Iterable[dict],
    by=None,
) -> Association:
    """Save the card's fields (a logo re-encoded by `images.reencode_logo`, or False to remove
    it), its terms and places, and make its meeting times those of `meeting_times` (dicts of
    MeetingTime fields). A published card shows the changes at once.

    The history gets one entry for the card when something of it changed, and one for each
    meeting time added, changed or removed: the times that stay the same are kept as they are.
    `by` is who made the change, when it is not the user of a request."""
    old_logo = association.logo.name
    for name, value in fields.items():
        if name == "logo":
            if value is False:
                association.logo = ""
            elif value is not None and value != association.logo:
                association.logo = value
            continue
        setattr(association, name, value)
    association.full_clean(exclude=["slug"])
    meetings = [MeetingTime(association=association, **values) for values in meeting_times]
    for meeting in meetings:
        meeting.full_clean()
    with one_history_entry(association, by=by):
        association.save()
        if association.logo.name != old_logo:
            _logo_delete_when_unused(old_logo)
        association.categories.set(categories)
        association.target_groups.set(target_groups)
        association.languages.set(languages)
        association.municipalities.set([association.home_municipality, *municipalities])
        sync_rows(association.meeting_times.all(), meetings, fields=MEETING_FIELDS, by=by)
        association_refresh_derived_fields(association=association)
    return association


_LEGAL_FORM_WORDS = {"ry", "r.y.", "r.y", "ry.", "rf", "r.f.", "rf."}


def normalized_name(name: str) -> str:
    """A name compared for duplicates: lower case, single spaces, without "ry" or "rf"."""
    return " ".join(word for word in name.lower().split() if word not in _LEGAL_FORM_WORDS)


def association_find_similar(*, name: str, business_id: str = "") -> list[Association]:
    """Cards that may be the same association: the same business ID, or a name that is the
    same after `normalized_name` (on PostgreSQL also one close to it by trigram similarity)."""
    wanted = normalized_name(name)
    query = Q(business_id=business_id) if business_id else Q(pk__in=[])
    if wanted:
        # Every word in the name, whatever the case: then compared whole in Python.
        name_match = Q()
        for word in wanted.split():
            name_match &= Q(name__icontains=word)
        query |= name_match
    similar = None
    if wanted and connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        similar = Q(
            pk__in=Association.objects.annotate(similarity=TrigramSimilarity("name", name))
            .filter(similarity__gte=0.6)
            .values("pk")
        )
    candidates = Association.objects.select_related("home_municipality").order_by("name")
    if similar is None:
        candidates = candidates.filter(query)
    else:
        candidates = candidates.filter(query | similar).annotate(
            is_similar=ExpressionWrapper(similar, output_field=BooleanField())
        )
    return [
        association
        for association in candidates[:20]
        if (business_id and association.business_id == business_id)
        or normalized_name(association.name) == wanted
        or getattr(association, "is_similar", False)
    ]


def unique_slug(name: str) -> str:
    """A free web address name made from `name`: "kotkan-kuoro", else "kotkan-kuoro-2", …"""
    base = slugify(name)[:190] or "association"
    taken = set(Association.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def association_create_by(*, user, fields: dict) -> Association:
    """A card made by a logged-in person: it waits for a coordinator to verify it, and its
    creator becomes its owner."""
    association = association_create(
        fields={**fields, "slug": unique_slug(fields.get("name", ""))},
        status=Association.Status.PENDING,
    )
    membership = Membership(association=association, user=user, role=Membership.Role.OWNER)
    membership.full_clean()
    membership.save()
    record_decision(actor=user, action=AuditAction.ASSOCIATION_CREATED, association=association)
    return association


def association_ask_access(*, user, association: Association) -> int:
    """Ask the card's owners (or, when it has none, the coordinators of its home region) to
    give `user` access; returns how many people were written to."""
    recipients = [
        membership.user
        for membership in association.memberships.filter(role=Membership.Role.OWNER).select_related(
            "user"
        )
    ]
    if not recipients:
        recipients = [
            role.user
            for role in RegionCoordinator.objects.filter(
                region=association.home_municipality.region_id
            ).select_related("user")
        ]
    for recipient in recipients:
        send_email(
            to=recipient.email,
            language=recipient.language,
            template="associations/email/access_requested",
            context={"association": association, "person": user, "recipient": recipient},
        )
    return len(recipients)


# --- Moderation: a coordinator verifies, asks for changes, rejects, hides and restores ------

_AS = Association.Status
# decision → (the statuses it can be taken from, the status it leads to, its audit action).
# Restoring leads back to the status the card had before it was hidden.
MODERATION = {
    "verify": (
        {_AS.PENDING, _AS.CHANGES_REQUESTED, _AS.DRAFT, _AS.PUBLISHED, _AS.REJECTED},
        _AS.PUBLISHED,
        AuditAction.ASSOCIATION_VERIFIED,
    ),
    "request_changes": (
        {_AS.PENDING},
        _AS.CHANGES_REQUESTED,
        AuditAction.ASSOCIATION_CHANGES_REQUESTED,
    ),
    "reject": (
        {_AS.PENDING, _AS.CHANGES_REQUESTED},
        _AS.REJECTED,
        AuditAction.ASSOCIATION_REJECTED,
    ),
    "hide": (
        {_AS.DRAFT, _AS.PENDING, _AS.PUBLISHED, _AS.CHANGES_REQUESTED, _AS.REJECTED},
        _AS.HIDDEN,
        AuditAction.ASSOCIATION_HIDDEN,
    ),
    "restore": ({_AS.HIDDEN}, None, AuditAction.ASSOCIATION_RESTORED),
}


def association_moderation_actions(association: Association) -> list[str]:
    """The decisions a coordinator can take on the card now (a verified card is not verified
    again)."""
    return [
        decision
        for decision, (sources, _status, _action) in MODERATION.items()
        if association.status in sources and not (decision == "verify" and association.is_verified)
    ]


def association_staff_recipients(association: Association) -> list[tuple[str, str]]:
    """(email, language) of the association's owners and editors, each in their own language;
    when it has no staff, its contact address in its contact language."""
    recipients = {
        membership.user.email: membership.user.language or association.contact_language
        for membership in association.memberships.select_related("user").order_by("pk")
    }
    return list(recipients.items()) or [(association.contact_email, association.contact_language)]


@transaction.atomic
def association_moderate(
    *, association: Association, decision: str, by, message: str = ""
) -> Association:
    """A coordinator's decision on the card: "verify" (verified and published; its
    opportunities that wait for review keep waiting, each is approved on its own),
    "request_changes" (back to the staff with a message: they fix it and send it again),
    "reject" (with a reason), "hide" (off every public page, with a reason) or "restore" (back
    to the status it had before hiding). The staff see the message in the workspace until they
    send the card again and are emailed in their own languages; the decision goes to the audit
    log."""
    if decision not in MODERATION:
        raise ValidationError(_("Unknown decision."), code="not_allowed")
    message = require_moderation_message(decision, message)
    association = Association.objects.select_for_update().get(pk=association.pk)
    if decision not in association_moderation_actions(association):
        raise ValidationError(
            _("This cannot be done to a card that is “%(status)s”.")
            % {"status": association.get_status_display()},
            code="not_allowed",
        )
    _sources, status, action = MODERATION[decision]
    if decision == "verify":
        association.is_verified, association.verified_at = True, timezone.now()
    elif decision == "hide":
        association.status_before_hidden = association.status
    elif decision == "restore":
        status, association.status_before_hidden = association.status_before_hidden or _AS.DRAFT, ""
    association.save(
        update_fields=["is_verified", "verified_at", "status_before_hidden", "updated_at"]
    )
    set_moderation_message(association, message)
    with recorded_by(association, by):
        association_set_status(association=association, status=status)
    record_decision(actor=by, action=action, association=association, reason=message)
    for email, language in association_staff_recipients(association):
        send_email(
            to=email,
            language=language,
            template="associations/email/moderation_decision",
            context={"association": association, "decision": decision},
        )
    return association


def association_can_resubmit(association: Association) -> bool:
    return association.status == _AS.CHANGES_REQUESTED


@transaction.atomic
def association_resubmit(*, association: Association, by) -> Association:
    """The staff have made the changes asked for: the card waits for verification again and the
    coordinator's message is cleared."""
    association = Association.objects.select_for_update().get(pk=association.pk)
    if not association_can_resubmit(association):
        raise ValidationError(_("This card is not waiting for changes."), code="not_allowed")
    set_moderation_message(association, "")
    with recorded_by(association, by):
        association_set_status(association=association, status=_AS.PENDING)
    record_decision(actor=by, action=AuditAction.ASSOCIATION_RESUBMITTED, association=association)
    return association
