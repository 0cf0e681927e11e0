"""The audit log page: the staff's and coordinators' decisions in the person's regions (every
decision for a superuser), newest first. To read only: nothing here changes an entry."""

from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from associations.models import Association, Invitation, JoinRequest, Membership
from core.audit import AuditEntry
from volunteering.models import Opportunity, SignUp
from volunteering.permissions import opportunity_is_public

from .audit_filters import AuditEntryFilter
from .permissions import coordinator_required

PAGE_SIZE = 50


def _entries_for(request):
    entries = AuditEntry.objects.all()
    if not request.user.is_superuser:
        entries = entries.in_regions(request.coordinated_regions)
    return entries


def _with_targets(entries):
    """The items the entries are about, each kind in one query, with what their public address
    needs (a constant number of queries for a page)."""
    return entries.prefetch_related(
        GenericPrefetch(
            "target",
            [
                Association.objects.all(),
                Opportunity.objects.select_related("association"),
                SignUp.objects.select_related("opportunity__association"),
                JoinRequest.objects.select_related("association"),
                Invitation.objects.select_related("association"),
                Membership.objects.select_related("association"),
            ],
        )
    )


def _public_url(target) -> str:
    """The public page of the item the decision is about, when there is one."""
    if isinstance(target, Association):
        return target.get_absolute_url() if target.is_public else ""
    if isinstance(target, Opportunity):
        return target.get_absolute_url() if opportunity_is_public(target) else ""
    if isinstance(target, SignUp):
        return _public_url(target.opportunity)
    association = getattr(target, "association", None)
    return _public_url(association) if association is not None else ""


@coordinator_required
@require_GET
def audit_log(request):
    filterset = AuditEntryFilter(
        request.GET or None,
        queryset=_entries_for(request),
        regions=request.coordinated_regions,
        superuser=request.user.is_superuser,
    )
    page = Paginator(_with_targets(filterset.qs), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for entry in page:
        association = entry.details.get("association", "")
        rows.append(
            {
                "entry": entry,
                "url": _public_url(entry.target) if entry.target is not None else "",
                # The association, when the item is something of it (a sign-up, a request).
                "association": "" if association == entry.target_repr else association,
            }
        )
    return render(
        request,
        "coordination/audit_log.html",
        {
            "filter": filterset,
            "form": filterset.form,
            "page_obj": page,
            "rows": rows,
            "query_without_page": filterset.query_string(),
        },
    )
