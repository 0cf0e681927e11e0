"""Reports from the public: sending one (with its rate limit), telling the coordinators, and
resolving it. Every rule about reports lives here."""

import time

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from accounts.models import RegionCoordinator
from associations.audit import record_decision
from associations.models import Association
from core.audit import AuditAction
from core.emails import current_language, send_email
from volunteering.models import Opportunity
from volunteering.permissions import opportunity_is_public

from .models import Report

# At most this many reports from one address in each window (seconds, reports).
RATE_LIMITS = ((60 * 60, 5), (24 * 60 * 60, 20))


# --- The rate limit --------------------------------------------------------------------------


def _rate_keys(client_ip: str) -> list[tuple[str, int, int]]:
    """(cache key, window, limit) for each window. Only a keyed hash of the address is stored,
    never the address itself."""
    digest = salted_hmac("coordination.reports.rate", client_ip or "unknown").hexdigest()
    return [(f"report-rate:{window}:{digest}", window, limit) for window, limit in RATE_LIMITS]


def _windows(client_ip: str) -> list[tuple[str, int, int, tuple[int, float] | None]]:
    """(key, window, limit, (count, window ends at) or None) for each window."""
    keys = _rate_keys(client_ip)
    stored = cache.get_many([key for key, _window, _limit in keys])
    now = time.time()
    return [
        (key, window, limit, entry if entry and entry[1] > now else None)
        for key, window, limit in keys
        for entry in [stored.get(key)]
    ]


def report_rate_limited(*, client_ip: str) -> bool:
    """Whether the address has already sent as many reports as it may for now."""
    return any(entry and entry[0] >= limit for _key, _window, limit, entry in _windows(client_ip))


def report_count_attempt(*, client_ip: str) -> None:
    """Count one report (or one caught by the honeypot) against the address. Each window starts
    at the first report in it. The count and the window's end are stored together, because
    not every cache backend keeps the expiry when a value is incremented; two reports at the
    same instant from one address may count once, which a rate limit can live with."""
    now = time.time()
    for key, window, _limit, entry in _windows(client_ip):
        count, ends_at = entry or (0, now + window)
        cache.set(key, (count + 1, ends_at), timeout=max(1, round(ends_at - now)))


# --- Sending a report -------------------------------------------------------------------------


def report_target_association(slug: str) -> Association | None:
    """The public card at `slug` that may be reported, else None."""
    return (
        Association.objects.published()
        .select_related("home_municipality")
        .filter(slug=slug)
        .first()
    )


def report_target_opportunity(slug: str) -> Opportunity | None:
    """The public opportunity at `slug` that may be reported, else None."""
    opportunity = (
        Opportunity.objects.select_related("association", "association__home_municipality")
        .filter(slug=slug)
        .first()
    )
    if opportunity is None or not opportunity_is_public(opportunity):
        return None
    return opportunity


def report_coordinators(association: Association) -> list:
    """The coordinators of the regions the association is in (its home municipality's and
    those of the municipalities where it is active), each once."""
    roles = (
        RegionCoordinator.objects.filter(
            Q(region_id__in=association.municipalities.values("region_id"))
            | Q(region_id=association.home_municipality.region_id)
        )
        .select_related("user")
        .order_by("user_id")
    )
    people = {}
    for role in roles:
        if role.user.is_active and role.user.email:
            people.setdefault(role.user_id, role.user)
    return list(people.values())


@transaction.atomic
def report_create(
    *,
    association: Association,
    opportunity: Opportunity | None = None,
    reason: str,
    text: str,
    reporter_email: str = "",
    client_ip: str,
) -> Report:
    """Store a report and email the coordinators of the association's regions, each in their
    own language. The association is not told, and nobody is told who reported."""
    if opportunity is not None and opportunity.association_id != association.pk:
        raise ValueError("The opportunity belongs to another association.")
    public = opportunity_is_public(opportunity) if opportunity else association.is_public
    if not public:
        raise ValidationError(_("This page cannot be reported."))
    if report_rate_limited(client_ip=client_ip):
        raise ValidationError(
            _(
                "You have sent many reports in a short time. Please try again later, "
                "or write to us by email."
            ),
            code="rate_limited",
        )
    report = Report(
        association=association,
        opportunity=opportunity,
        reason=reason,
        text=text.strip(),
        reporter_email=reporter_email.strip(),
        language=current_language(),
    )
    report.full_clean()
    report.save()
    report_count_attempt(client_ip=client_ip)
    for coordinator in report_coordinators(association):
        send_email(
            to=coordinator.email,
            language=coordinator.language,
            template="coordination/email/report_received",
            context={"report": report, "subject": report.subject, "recipient": coordinator},
        )
    return report


# --- Resolving a report -----------------------------------------------------------------------


@transaction.atomic
def report_resolve(*, report: Report, note: str, resolved_by) -> Report:
    """Close an open report with a note of what was done."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.status != Report.Status.OPEN:
        raise ValidationError(_("This report has already been resolved."))
    note = note.strip()
    if not note:
        raise ValidationError({"resolution_note": _("Write what was done.")})
    report.status = Report.Status.RESOLVED
    report.resolution_note = note
    report.resolved_by = resolved_by
    report.resolved_at = timezone.now()
    report.full_clean()
    report.save()
    record_decision(
        actor=resolved_by,
        action=AuditAction.REPORT_RESOLVED,
        association=report.association,
        target=report.opportunity or report.association,
        reason=note,
    )
    return report
