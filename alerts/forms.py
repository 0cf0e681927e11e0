from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import Select

from .models import Alert


def frequency_field(**kwargs):
    kwargs.setdefault("label", _("How often?"))
    return forms.ChoiceField(
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.DAILY,
        **kwargs,
    )


class AlertForm(forms.Form):
    """The "Save as an alert" form of the opportunity listing: its filters are the listing's address."""

    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    frequency = frequency_field(
        widget=forms.RadioSelect,
        help_text=_("We email you the new opportunities that match these filters."),
    )

    def __init__(self, *args, **kwargs):
        # On the listing beside its filter form: ids of their own.
        kwargs.setdefault("auto_id", "alert-%s")
        super().__init__(*args, **kwargs)


class FrequencyForm(forms.Form):
    """Changing how often an alert emails, one form per alert on the alerts page."""

    frequency = frequency_field(label=_("How often"), widget=Select)

    def __init__(self, *args, alert: Alert, **kwargs):
        super().__init__(
            *args, prefix=f"alert-{alert.pk}", initial={"frequency": alert.frequency}, **kwargs
        )
