"""Reports: the public "report this" form (no account needed), and the coordinator's list and
detail page where a report is resolved."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .models import Report
from .permissions import coordinator_required
from .report_forms import ReportFilterForm, ReportForm, ReportResolveForm
from .reports import (
    report_count_attempt,
    report_create,
    report_resolve,
    report_target_association,
    report_target_opportunity,
)

PAGE_SIZE = 25


def _client_ip(request) -> str:
    # The portal runs behind one proxy that sets REMOTE_ADDR; a forwarded-for header from the
    # client could be forged, so it is not read here.
    return request.META.get("REMOTE_ADDR", "")


def _association_or_404(slug):
    association = report_target_association(slug)
    if association is None:
        raise Http404
    return association


def _opportunity_or_404(slug):
    opportunity = report_target_opportunity(slug)
    if opportunity is None:
        raise Http404
    return opportunity


def _report_form(request, *, association, opportunity, sent_url):
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        if form.caught_in_honeypot:
            # A bot: thank it like a person, store nothing, count it against the address.
            report_count_attempt(client_ip=_client_ip(request))
            return redirect(sent_url)
        if form.is_valid():
            try:
                report_create(
                    association=association,
                    opportunity=opportunity,
                    reason=form.cleaned_data["reason"],
                    text=form.cleaned_data["text"],
                    reporter_email=form.cleaned_data["reporter_email"],
                    client_ip=_client_ip(request),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(sent_url)
    return render(
        request,
        "coordination/report_form.html",
        {"form": form, "subject": opportunity or association, "association": association},
    )


@require_http_methods(["GET", "POST"])
def report_association(request, slug):
    association = _association_or_404(slug)
    return _report_form(
        request,
        association=association,
        opportunity=None,
        sent_url=redirect("reports:association-sent", slug=slug).url,
    )


@require_http_methods(["GET", "POST"])
def report_opportunity(request, slug):
    opportunity = _opportunity_or_404(slug)
    return _report_form(
        request,
        association=opportunity.association,
        opportunity=opportunity,
        sent_url=redirect("reports:opportunity-sent", slug=slug).url,
    )


@require_GET
def report_association_sent(request, slug):
    subject = _association_or_404(slug)
    return render(request, "coordination/report_sent.html", {"subject": subject})


@require_GET
def report_opportunity_sent(request, slug):
    subject = _opportunity_or_404(slug)
    return render(request, "coordination/report_sent.html", {"subject": subject})


# --- The coordinator's side -------------------------------------------------------------------


def _reports_for(request):
    """The reports the person may act on: those in their regions, all for a superuser."""
    reports = Report.objects.select_related(
        "association", "opportunity", "opportunity__association", "resolved_by"
    )
    if request.user.is_superuser:
        return reports
    return reports.in_regions(request.coordinated_regions)


@coordinator_required
@require_GET
def report_list(request):
    form = ReportFilterForm(
        request.GET, regions=request.coordinated_regions, superuser=request.user.is_superuser
    )
    status, region = form.chosen()
    reports = _reports_for(request).filter(status=status)
    if region is not None:
        reports = reports.in_regions([region])
    order = "-created_at" if status == Report.Status.OPEN else "-resolved_at"
    page = Paginator(reports.order_by(order, "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "coordination/report_list.html",
        {
            "form": form,
            "status": status,
            "page_obj": page,
            "query_without_page": form.query_string(),
        },
    )


@coordinator_required
@require_http_methods(["GET", "POST"])
def report_detail(request, pk):
    try:
        report = _reports_for(request).get(pk=pk)
    except Report.DoesNotExist:
        raise Http404 from None
    form = None
    if report.status == Report.Status.OPEN:
        form = ReportResolveForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                report_resolve(
                    report=report,
                    note=form.cleaned_data["resolution_note"],
                    resolved_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The report was marked as resolved."))
                return redirect("coordinate:reports")
    elif request.method == "POST":
        messages.info(request, _("This report has already been resolved."))
        return redirect("coordinate:report-detail", pk=report.pk)
    return render(request, "coordination/report_detail.html", {"report": report, "form": form})
