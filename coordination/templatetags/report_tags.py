from django import template

from ..models import Report

register = template.Library()


@register.simple_tag(takes_context=True)
def open_report_count(context) -> int:
    """How many open reports wait in the coordinator's regions (all of them for a superuser)."""
    request = context["request"]
    reports = Report.objects.open()
    if not request.user.is_superuser:
        reports = reports.in_regions(request.coordinated_regions)
    return reports.count()
