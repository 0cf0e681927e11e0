"""A person's record of what they have done, and the certificates (todistus) made from it.

The record is the person's completed sign-ups: what, where, when, the hours and the reference
the association wrote when it marked the sign-up completed, and the skills the opportunity lets
one practise. The date of completion is when the association marked it completed
(`SignUp.decided_at`; `updated_at` for a sign-up completed without the workspace, e.g. in the
admin). A sign-up whose person deleted their account (`user` empty) has no certificate, and
neither has its share links.

Reads (selectors) and writes (services) are both here, as they are few; the views in
record_views.py stay thin.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CertificateLink, Opportunity, SignUp

# A person may have this many links to one certificate at once; revoking one frees its place.
MAX_ACTIVE_LINKS = 10

NAME_NEEDED = _("Add your name on your profile first: a certificate names the person.")
TOO_MANY_LINKS = _(
    "This certificate already has %(count)s links. Revoke one you no longer need first."
)


@dataclass(frozen=True)
class Entry:
    """One completed sign-up as the record and a certificate show it."""

    signup: SignUp
    completed_on: datetime.date

    @property
    def opportunity(self) -> Opportunity:
        return self.signup.opportunity

    @property
    def skills(self) -> list[str]:
        return self.opportunity.skill_labels

    @property
    def association(self):
        return self.signup.opportunity.association

    @property
    def period(self) -> tuple[datetime.date, datetime.date]:
        """When the person took part: the opportunity's own days when it has them (a one-off
        task, or one with a last day) and it had begun when it was completed; otherwise, as for
        one that goes on, from the sign-up to its completion."""
        opportunity = self.opportunity
        has_days = opportunity.schedule == Opportunity.Schedule.ONE_OFF or opportunity.end_date
        if has_days and opportunity.start_date and opportunity.start_date <= self.completed_on:
            return opportunity.start_date, opportunity.end_date or opportunity.start_date
        started = min(timezone.localdate(self.signup.created_at), self.completed_on)
        return started, self.completed_on


def entry_of(signup: SignUp) -> Entry:
    """A completed sign-up as the record and a certificate show it."""
    completed_at = signup.decided_at or signup.updated_at
    return Entry(
        signup=signup,
        completed_on=timezone.localdate(completed_at),
    )


def completed(queryset):
    """Completed sign-ups with everything a record or a certificate shows, in one query."""
    return (
        queryset.filter(status=SignUp.Status.COMPLETED, user__isnull=False)
        .select_related("user", "opportunity__association", "opportunity__municipality")
        .order_by(F("decided_at").desc(nulls_last=True), "-updated_at", "-pk")
    )


def record_of(user) -> list[Entry]:
    """The person's completed sign-ups, the latest completed first."""
    return [entry_of(signup) for signup in completed(SignUp.objects.filter(user=user))]


def total_hours(entries: list[Entry]) -> Decimal:
    """The hours of all the entries; a sign-up completed without hours counts none."""
    return sum((entry.signup.hours_done or Decimal(0) for entry in entries), Decimal(0))


def active_links(signup: SignUp):
    return signup.certificate_links.filter(revoked_at__isnull=True).order_by("-created_at", "-pk")


def shared_entry(token: str) -> Entry | None:
    """The certificate an active share link shows: None when the link is unknown or revoked,
    or the sign-up is no longer completed or no longer has its person."""
    signup = completed(
        SignUp.objects.filter(certificate_links__token=token, certificate_links__revoked_at=None)
    ).first()
    return None if signup is None else entry_of(signup)


# --- Services ---------------------------------------------------------------------------------


@transaction.atomic
def certificate_link_create(*, signup: SignUp) -> CertificateLink:
    """A new link that shows this one certificate to whoever has it, without logging in."""
    if signup.status != SignUp.Status.COMPLETED or signup.user_id is None:
        raise ValidationError(_("Only a completed task has a certificate."), code="not_completed")
    if not signup.user.display_name:
        raise ValidationError(NAME_NEEDED, code="name_needed")
    # The sign-up's row is locked, so that two requests at once cannot pass the limit.
    SignUp.objects.select_for_update().filter(pk=signup.pk).first()
    count = active_links(signup).count()
    if count >= MAX_ACTIVE_LINKS:
        raise ValidationError(TOO_MANY_LINKS, code="too_many_links", params={"count": count})
    link = CertificateLink(signup=signup)
    link.full_clean()
    link.save()
    return link


def certificate_link_revoke(*, link: CertificateLink) -> CertificateLink:
    """The link stops working at once; revoking it again changes nothing."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


# --- Personal data (core.personal_data) -------------------------------------------------------


def certificate_links_export(user) -> list[dict]:
    """The person's share links, revoked ones too, for their data download."""
    links = CertificateLink.objects.filter(signup__user=user).select_related("signup__opportunity")
    return [
        {
            "opportunity": link.signup.opportunity.title,
            "signup_id": link.signup_id,
            "token": link.token,
            "created_at": link.created_at.isoformat(),
            "revoked_at": link.revoked_at.isoformat() if link.revoked_at else None,
        }
        for link in links.order_by("created_at", "pk")
    ]


def certificate_links_erase(user) -> None:
    """The person's share links go with their account: the sign-ups themselves stay, without
    the person, for the counts, and a link to one must not outlive the account."""
    CertificateLink.objects.filter(signup__user=user).delete()
