"""The coordinator's tools: the start page and the statistics for funders (page and CSV)."""

from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET

from core.spreadsheets import spreadsheet_csv

from .charts import bar_chart
from .forms import StatisticsForm
from .permissions import coordinator_required
from .statistics import region_statistics


@coordinator_required
@require_GET
def home(request):
    return render(request, "coordination/home.html", {"regions": request.coordinated_regions})


def _statistics(request):
    """The bound form and, when it is valid, the statistics it asks for."""
    form = StatisticsForm(
        request.GET, regions=request.coordinated_regions, superuser=request.user.is_superuser
    )
    if not form.is_valid():
        return form, None
    everywhere = request.user.is_superuser and not form.cleaned_data["region"]
    regions = None if everywhere else form.chosen_regions
    return form, region_statistics(regions=regions, period=form.period)


def _area_name(form) -> str:
    slug = form.cleaned_data["region"]
    return form.regions[slug].name if slug else str(dict(form.fields["region"].choices)[""])


def _month_label(month) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


@coordinator_required
@require_GET
def statistics(request):
    form, stats = _statistics(request)
    context = {"form": form, "stats": stats}
    if stats is not None:
        context.update(
            area=_area_name(form),
            query_string=form.query_string(),
            month_chart=bar_chart(
                id="chart-months",
                title=_("Sign-ups and completed sign-ups by month"),
                description=_("The same figures are in the table “By month”."),
                series=[pgettext("statistics", "Sign-ups"), pgettext("statistics", "Completed")],
                categories=[
                    (date_format(month.month, "n/y"), [month.signups, month.completed])
                    for month in stats.months
                ],
            ),
            age_chart=bar_chart(
                id="chart-ages",
                title=_("Participants by age"),
                description=_("The same figures are in the table beside the chart."),
                series=[pgettext("statistics", "Participants")],
                categories=[(str(row.label), [row.figure]) for row in stats.age_bands],
            ),
        )
    return render(request, "coordination/statistics.html", context, status=200 if stats else 400)


@coordinator_required
@require_GET
def statistics_csv(request):
    """The figures as shown on the page, "< 5" included; UTF-8 with a byte order mark and
    semicolons, like the sign-up export, for Finnish and Swedish spreadsheets."""
    form, stats = _statistics(request)
    if stats is None:
        return render(request, "coordination/statistics.html", {"form": form}, status=400)
    period = stats.period
    response, writer = spreadsheet_csv(f"statistics-{period.first:%Y-%m}-{period.last:%Y-%m}.csv")
    writer.writerow([_("Region"), _area_name(form)])
    writer.writerow([_("Period"), f"{_month_label(period.first)} – {_month_label(period.last)}"])
    for rows in (stats.associations, stats.opportunities, stats.people, stats.age_bands):
        writer.writerow([])
        for row in rows:
            writer.writerow([str(row.label), str(row.figure)])
    writer.writerow([])
    writer.writerow(
        [
            _("Month"),
            pgettext("statistics", "Sign-ups"),
            pgettext("statistics", "Accepted"),
            pgettext("statistics", "Completed"),
            _("Hours done"),
        ]
    )
    for month in stats.months:
        writer.writerow(
            [
                _month_label(month.month),
                *(str(f) for f in (month.signups, month.accepted, month.completed, month.hours)),
            ]
        )
    return response
