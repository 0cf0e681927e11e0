"""Short lists: collecting, noting, sharing, and keeping a logged-out visitor's list.

Where a list is kept:
- logged in: in the database, one `ShortList` a person (`owner`);
- logged out: in the session (`SessionList`: item ids and notes), until it is shared. Sharing
  needs a row for the link to point at, so the list then moves into the database as a list
  without an owner, and the session keeps only its id: it is still the visitor's list, edited
  the same way. A list without an owner lasts as long as a session could (SESSION_COOKIE_AGE
  after its last change); after that its link is gone, and `shortlists_delete_abandoned()`
  deletes it.
- On log-in, a list made while logged out is merged into the person's own (`merge_on_login`).

A shared link is live, not a snapshot: it shows the list as it is now, so a corrected note or a
removed item shows at once, and "Stop sharing" ends it (a new link gets a new token).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import Offering
from volunteering.models import Opportunity, new_link_token

from .models import ShortList, ShortListItem

MAX_ITEMS = 30
NOTE_MAX_LENGTH = 2000
ITEM_NOTE_MAX_LENGTH = 200
SESSION_KEY = "shortlist"
KINDS = ("opportunity", "offering")

TOO_MANY = _("A short list holds at most %(limit)d items. Remove one before adding another.")
NOTHING_TO_SHARE = _("Add something to the list before sharing it.")


@dataclass
class Entry:
    """One item of a list, wherever the list is kept."""

    kind: str  # one of KINDS
    pk: int
    note: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.pk)


class SessionList:
    """A logged-out visitor's list, kept in their session: {"items": [[kind, pk, note], …],
    "note": "…"}; after sharing only {"pk": id of its row in the database}."""

    def __init__(self, session):
        self.session = session
        data = session.get(SESSION_KEY) or {}
        self.note = data.get("note", "")
        self.entries = [
            Entry(kind, int(pk), note) for kind, pk, note in data.get("items", []) if kind in KINDS
        ]

    def save(self) -> None:
        self.session[SESSION_KEY] = {
            "items": [[entry.kind, entry.pk, entry.note] for entry in self.entries],
            "note": self.note,
        }

    def __len__(self):
        return len(self.entries)


def kept_days() -> int:
    """How many days a list made without an account is kept after its last change."""
    return settings.SESSION_COOKIE_AGE // 86400


def _abandoned_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)


def current_list(request, *, create: bool = False) -> ShortList | SessionList | None:
    """The list of the person asking: their own row when logged in (created when `create`, else
    None without one), the session's list when logged out."""
    if request.user.is_authenticated:
        if create:
            return ShortList.objects.get_or_create(owner=request.user)[0]
        return ShortList.objects.filter(owner=request.user).first()
    pk = (request.session.get(SESSION_KEY) or {}).get("pk")
    if pk is not None:
        found = ShortList.objects.filter(
            pk=pk, owner=None, updated_at__gte=_abandoned_before()
        ).first()
        if found is not None:
            return found
        del request.session[SESSION_KEY]  # gone: start a new one
    return SessionList(request.session)


def entries_of(shortlist: ShortList | SessionList | None) -> list[Entry]:
    """The list's items in the order they were added."""
    if shortlist is None:
        return []
    if isinstance(shortlist, SessionList):
        return list(shortlist.entries)
    return [
        Entry("opportunity", opportunity, note)
        if opportunity
        else Entry("offering", offering, note)
        for opportunity, offering, note in shortlist.items.values_list(
            "opportunity_id", "offering_id", "note"
        )
    ]


def shortlist_add(*, shortlist: ShortList | SessionList, kind: str, target) -> bool:
    """Add an opportunity or an activity (checked to be public by the caller); False if it was
    there already. Raises ValidationError when the list is full."""
    too_many = ValidationError(TOO_MANY, code="too_many", params={"limit": MAX_ITEMS})
    if isinstance(shortlist, SessionList):
        if (kind, target.pk) in {entry.key for entry in shortlist.entries}:
            return False
        if len(shortlist.entries) >= MAX_ITEMS:
            raise too_many
        shortlist.entries.append(Entry(kind, target.pk))
        shortlist.save()
        return True
    with transaction.atomic():
        # The row locked, so that two adds at once cannot pass the limit together.
        ShortList.objects.select_for_update().filter(pk=shortlist.pk).first()
        items = shortlist.items.all()
        if items.filter(**{kind: target}).exists():
            return False
        if items.count() >= MAX_ITEMS:
            raise too_many
        item = ShortListItem(shortlist=shortlist, **{kind: target})
        item.full_clean(exclude=["shortlist", kind])
        try:
            with transaction.atomic():
                item.save()
        except IntegrityError:  # added at the same moment in another tab
            return False
        shortlist.save(update_fields=["updated_at"])
    return True


def shortlist_remove(*, shortlist: ShortList | SessionList | None, kind: str, pk: int) -> bool:
    """Take an item off the list; False if it was not there."""
    if shortlist is None:
        return False
    if isinstance(shortlist, SessionList):
        before = len(shortlist.entries)
        shortlist.entries = [entry for entry in shortlist.entries if entry.key != (kind, pk)]
        shortlist.save()
        return len(shortlist.entries) < before
    with transaction.atomic():
        deleted, _by_model = shortlist.items.filter(**{f"{kind}_id": pk}).delete()
        if deleted:
            shortlist.save(update_fields=["updated_at"])
    return bool(deleted)


def shortlist_save_notes(
    *, shortlist: ShortList | SessionList, note: str, item_notes: dict[tuple[str, int], str]
) -> None:
    """Save the list's note and the notes of its items (keys of items no longer on the list are
    left out)."""
    if isinstance(shortlist, SessionList):
        shortlist.note = note
        for entry in shortlist.entries:
            entry.note = item_notes.get(entry.key, entry.note)
        shortlist.save()
        return
    with transaction.atomic():
        shortlist.note = note
        shortlist.full_clean(exclude=["owner"])
        shortlist.save(update_fields=["note", "updated_at"])
        for item in shortlist.items.all():
            new_note = item_notes.get((item.kind, item.target_id))
            if new_note is not None and new_note != item.note:
                item.note = new_note
                item.full_clean(exclude=["shortlist", "opportunity", "offering"])
                item.save(update_fields=["note"])


def _copy_into(shortlist: ShortList, entries: list[Entry], note: str) -> None:
    """Add entries to a database list (up to the limit, skipping those already there) and the
    note after its own."""
    have = {entry.key for entry in entries_of(shortlist)}
    room = MAX_ITEMS - len(have)
    new = [entry for entry in entries if entry.key not in have][: max(room, 0)]
    ShortListItem.objects.bulk_create(
        [
            ShortListItem(shortlist=shortlist, note=entry.note, **{f"{entry.kind}_id": entry.pk})
            for entry in new
        ],
        ignore_conflicts=True,
    )
    if note and note not in shortlist.note:
        shortlist.note = "\n\n".join(filter(None, [shortlist.note, note]))[:NOTE_MAX_LENGTH]
    shortlist.save()


def _existing(entries: list[Entry]) -> list[Entry]:
    """The entries whose opportunity or activity still exists (a session may hold ids of rows
    deleted since)."""
    ids = {
        "opportunity": set(
            Opportunity.objects.filter(
                pk__in=[entry.pk for entry in entries if entry.kind == "opportunity"]
            ).values_list("pk", flat=True)
        ),
        "offering": set(
            Offering.objects.filter(
                pk__in=[entry.pk for entry in entries if entry.kind == "offering"]
            ).values_list("pk", flat=True)
        ),
    }
    return [entry for entry in entries if entry.pk in ids[entry.kind]]


def shortlist_share(*, shortlist: ShortList | SessionList, session=None) -> ShortList:
    """Give the list a link (a new token, unless it has one). A session's list moves into the
    database without an owner, and the session keeps its id."""
    with transaction.atomic():
        if isinstance(shortlist, SessionList):
            entries = _existing(shortlist.entries)
            if not entries:
                raise ValidationError(NOTHING_TO_SHARE, code="empty")
            row = ShortList.objects.create(owner=None)
            _copy_into(row, entries, shortlist.note)
            session[SESSION_KEY] = {"pk": row.pk}
            shortlist = row
        elif not shortlist.items.exists():
            raise ValidationError(NOTHING_TO_SHARE, code="empty")
        if shortlist.share_token is None:
            shortlist.share_token = new_link_token()
            shortlist.shared_at = timezone.now()
            shortlist.save(update_fields=["share_token", "shared_at", "updated_at"])
    return shortlist


def shortlist_unshare(*, shortlist: ShortList) -> None:
    """End the link: it answers 404 from now on."""
    shortlist.share_token = None
    shortlist.shared_at = None
    shortlist.save(update_fields=["share_token", "shared_at", "updated_at"])


def shared_list(token: str) -> ShortList | None:
    """The list a link points at, if it is still shared (and, without an owner, not abandoned)."""
    found = ShortList.objects.filter(share_token=token).first()
    if found is None or (found.owner_id is None and found.updated_at < _abandoned_before()):
        return None
    return found


def merge_on_login(sender, request, user, **kwargs) -> None:
    """On log-in, move what the visitor collected while logged out into the person's own list.

    A list the visitor had shared (a row without an owner) simply becomes theirs when they have
    none; otherwise its items join theirs, its link is taken over if theirs has none, and the
    row is deleted (its link ends: it would show a list nobody could change any more)."""
    session = getattr(request, "session", None)
    data = session.get(SESSION_KEY) if session is not None else None
    if not data:
        return
    visitor_list = SessionList(session)
    del session[SESSION_KEY]
    with transaction.atomic():
        own = ShortList.objects.filter(owner=user).first()
        if "pk" in data:
            row = ShortList.objects.filter(pk=data["pk"], owner=None).first()
            if row is None:
                return
            if own is None:
                row.owner = user
                row.save(update_fields=["owner", "updated_at"])
                return
            _copy_into(own, entries_of(row), row.note)
            token = row.share_token
            row.delete()
            if own.share_token is None and token is not None:
                own.share_token, own.shared_at = token, timezone.now()
                own.save(update_fields=["share_token", "shared_at"])
            return
        entries = _existing(visitor_list.entries)
        if not entries and not visitor_list.note:
            return
        own = own or ShortList.objects.create(owner=user)
        _copy_into(own, entries, visitor_list.note)


def shortlists_delete_abandoned() -> int:
    """Delete lists without an owner that nobody can change any more; how many went."""
    _total, by_model = ShortList.objects.filter(
        owner=None, updated_at__lt=_abandoned_before()
    ).delete()
    return by_model.get(ShortList._meta.label, 0)


def shortlist_export(user) -> dict | None:
    """The person's list for their download of their data."""
    shortlist = (
        ShortList.objects.filter(owner=user)
        .prefetch_related("items__opportunity", "items__offering")
        .first()
    )
    if shortlist is None:
        return None
    return {
        "note": shortlist.note,
        "shared": shortlist.share_token is not None,
        "shared_at": shortlist.shared_at.isoformat() if shortlist.shared_at else None,
        "updated_at": shortlist.updated_at.isoformat(),
        "items": [
            {
                "kind": item.kind,
                "id": item.target_id,
                "title": str(item.opportunity or item.offering),
                "note": item.note,
                "added_at": item.added_at.isoformat(),
            }
            for item in shortlist.items.all()
        ],
    }
