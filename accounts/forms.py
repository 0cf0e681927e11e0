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


def preferred_name_field(**kwargs):
    """The "What should we call you?" field, asked the first time an association needs a name."""
    return forms.CharField(
        label=_("What should we call you?"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Your first name or the name you use. The associations you contact see it."),
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
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example: I use a wheelchair, I need written instructions. Private: an "
            "association sees it only when you tick that you share it when you sign up."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "preferred_name": preferred_name_field(required=False),
            "birth_year": birth_year_field(required=False),
            **self.fields,
        }


class AccountDeleteForm(forms.Form):
    """The person confirms deleting their account with their password; an account without a
    password (made by an administrator, for one) ticks a box instead."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=_("Your password"),
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
                help_text=_("To make sure it is you who deletes the account."),
            )
        else:
            self.fields["confirm"] = forms.BooleanField(
                label=_("I understand that my account and my data are deleted for good."),
            )

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("The password is not right. Write the password you log in with."),
                code="wrong_password",
            )
        return password
