"""Forms of reports: the public "report this" form, the coordinator's filter and resolve form."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Report

HONEYPOT = "homepage"


class ReportForm(forms.ModelForm):
    """What is wrong, and optionally an email address for an answer.

    `homepage` is a honeypot: people do not see it (and are told to leave it empty if a screen
    reader reads it); a bot that fills it is thanked, and nothing is stored.
    """

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Report
        fields = ["reason", "text", "reporter_email"]
        labels = {
            "reason": _("The problem"),
            "text": _("Tell us more"),
            "reporter_email": _("Your email address (optional)"),
        }
        help_texts = {
            "text": _(
                "What is wrong, and where on the page? Do not write personal details of others."
            ),
            "reporter_email": _(
                "Only if you want an answer. We use it only to answer you about this report, "
                "and the association does not see it."
            ),
        }
        widgets = {
            "reason": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 6}),
            "reporter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "reason": {"required": _("Choose what the problem is.")},
            "text": {"required": _("Tell us what is wrong.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A radio list without the empty "---------" choice.
        self.fields["reason"].choices = Report.Reason.choices

    @property
    def caught_in_honeypot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())

    @property
    def honeypot(self):
        return self[HONEYPOT]

    def report_fields(self):
        """The fields people fill in, without the honeypot."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT]


class ReportResolveForm(forms.Form):
    resolution_note = forms.CharField(
        label=_("What was done"),
        help_text=_(
            "For example: the card was corrected, the association was contacted, or nothing "
            "needed to be done and why. The person who reported does not see this note."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write what was done.")},
    )


class ReportFilterForm(forms.Form):
    """Open or resolved reports, in one of the person's regions or all of them. Always bound."""

    status = forms.ChoiceField(
        label=pgettext_lazy("report", "Show"),
        choices=[
            (Report.Status.OPEN, _("Open reports")),
            (Report.Status.RESOLVED, _("Resolved reports")),
        ],
        required=False,
    )
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, data, *, regions, superuser=False):
        defaults = {"status": Report.Status.OPEN, "region": ""}
        super().__init__({**defaults, **{key: data[key] for key in defaults if key in data}})
        self.regions = {region.slug: region for region in regions}
        everything = _("All regions") if superuser else _("All my regions")
        self.fields["region"].choices = [
            ("", everything),
            *((region.slug, region.name) for region in regions),
        ]

    def chosen(self) -> tuple[str, object]:
        """The status and the one region asked for (None: all of the person's); the defaults
        where the address asks for something else."""
        if not self.is_valid():
            return Report.Status.OPEN, None
        slug = self.cleaned_data["region"]
        return self.cleaned_data["status"] or Report.Status.OPEN, self.regions.get(slug)

    def query_string(self) -> str:
        return urlencode({name: self.data[name] for name in ("status", "region")})
