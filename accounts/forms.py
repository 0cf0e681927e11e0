from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import MunicipalityChoiceField


def birth_year_field(**kwargs):
    this_year = timezone.localdate().year
    return forms.IntegerField(
        label=_("Birth year"),
        min_value=this_year - 110,
        max_value=this_year - 8,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "autocomplete": "bday-year"}),
        help_text=_("For example 2008. Some tasks have age limits."),
        **kwargs,
    )


class ProfileForm(forms.Form):
    """The person's own details, used when they sign up for something."""

    home_municipality = MunicipalityChoiceField(
        label=_("Home municipality"), empty_label=_("Choose your municipality"), required=False
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    interests = forms.CharField(
        label=_("What I am good at and what I would like to learn"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {"birth_year": birth_year_field(required=False), **self.fields}
