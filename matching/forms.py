from django import forms
from django.utils.translation import gettext_lazy as _

from associations.models import ActivityLanguage, Category
from core.forms import CheckboxSelectMultiple, MunicipalityChoiceField, Select
from volunteering.models import Opportunity, Skill

from .models import Preferences


def _checkboxes(label, help_text, **kwargs):
    return forms.MultipleChoiceField(
        label=label,
        help_text=help_text,
        required=False,
        widget=CheckboxSelectMultiple,
        **kwargs,
    )


def _term_checkboxes(label, help_text, queryset):
    return forms.ModelMultipleChoiceField(
        label=label,
        help_text=help_text,
        queryset=queryset,
        to_field_name="slug",
        required=False,
        widget=CheckboxSelectMultiple,
    )


class PreferencesForm(forms.Form):
    """What the person is looking for; every field may be left empty."""

    home_municipality = MunicipalityChoiceField(
        label=_("Home municipality"),
        empty_label=_("Choose your municipality"),
        required=False,
        widget=Select,
        help_text=_("Where you live. Suggestions near you come first."),
    )
    travel_range = forms.ChoiceField(
        label=_("How far can you go?"),
        choices=Preferences.TravelRange.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "“My region” means the region your home municipality is in, for example Kymenlaakso."
        ),
    )
    topics = _term_checkboxes(
        _("What are you interested in?"),
        _("Choose as many as you like."),
        Category.objects.all(),
    )
    kinds = _checkboxes(
        _("What kind of things would you like to do?"),
        _("Choose as many as you like."),
        choices=Opportunity.Type.choices,
    )
    free_times = _checkboxes(
        _("When are you free?"),
        _("Choose all the times that suit you."),
        choices=Preferences.FreeTime.choices,
    )
    languages = _term_checkboxes(
        _("Which languages do you speak?"),
        _("We suggest things to do in these languages."),
        ActivityLanguage.objects.all(),
    )
    skills = _checkboxes(
        _("Skills you have or would like to learn"),
        _("Choose what you are good at or want to practise."),
        choices=Skill.choices,
    )
    own_skills = forms.CharField(
        label=_("In your own words"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Anything else you are good at or would like to learn. At most 300 characters."
        ),
    )
