from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from .statistics import Period, months_between

MAX_MONTHS = 36
DEFAULT_MONTHS = 12
MONTH_FORMAT = "%Y-%m"


class MonthField(forms.DateField):
    """A month as year and month (2026-01): a month picker where the browser has one."""

    widget = forms.DateInput(format=MONTH_FORMAT, attrs={"type": "month"})
    input_formats = [MONTH_FORMAT]
    default_error_messages = {
        "invalid": _("Write the month as the year and the month, for example 2026-01."),
    }


class StatisticsForm(forms.Form):
    """The region (one of the person's, or all of them) and the months of the statistics.

    Always bound: what the address leaves out is taken from `defaults()`.
    """

    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        error_messages={"invalid_choice": _("Choose one of your own regions.")},
    )
    start = MonthField(label=_("From month"), help_text=_("For example 2026-01."))
    end = MonthField(label=_("To month"), help_text=_("For example 2026-12."))

    def __init__(self, data, *, regions, superuser=False):
        period = Period.last_months(DEFAULT_MONTHS)
        defaults = {
            "region": "",
            "start": period.first.strftime(MONTH_FORMAT),
            "end": period.last.strftime(MONTH_FORMAT),
        }
        super().__init__({**defaults, **{key: data[key] for key in defaults if key in data}})
        self.regions = {region.slug: region for region in regions}
        everything = _("All regions") if superuser else _("All my regions")
        self.fields["region"].choices = [
            ("", everything),
            *((region.slug, region.name) for region in regions),
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error("end", _("The last month cannot be before the first month."))
            elif months_between(start, end) >= MAX_MONTHS:
                self.add_error(
                    "end",
                    _("Choose at most %(count)s months at a time.") % {"count": MAX_MONTHS},
                )
        return cleaned

    @property
    def period(self) -> Period:
        return Period.of(self.cleaned_data["start"], self.cleaned_data["end"])

    @property
    def chosen_regions(self) -> list:
        """The regions to count: the chosen one, or all of the person's."""
        slug = self.cleaned_data["region"]
        return [self.regions[slug]] if slug else list(self.regions.values())

    def query_string(self) -> str:
        return urlencode({name: self.data[name] for name in ("region", "start", "end")})
