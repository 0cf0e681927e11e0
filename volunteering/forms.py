from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import birth_year_field, preferred_name_field
from core.forms import MunicipalityChoiceField


class SignUpForm(forms.Form):
    """Asks only what the association needs and the person has not told before."""

    birth_year = forms.IntegerField()  # replaced in __init__, so the limits follow the year
    home_municipality = MunicipalityChoiceField(
        label=_("Home municipality"), empty_label=_("Choose your municipality")
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    message = forms.CharField(
        label=_("Message to the association (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    interests = forms.CharField(
        label=_("What I am good at and what I would like to learn (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(required=True)

    def __init__(self, *args, user=None, profile=None, association_name="", **kwargs):
        super().__init__(*args, **kwargs)
        self.known = {}
        self.fields["birth_year"] = birth_year_field()
        if user is not None and not user.preferred_name:
            # Asked once: the name the association gets, suggested from the account's name.
            self.fields = {
                "preferred_name": preferred_name_field(initial=user.get_full_name()),
                **self.fields,
            }
        if profile is not None:
            if profile.birth_year:
                self.known["birth_year"] = profile.birth_year
            if profile.home_municipality_id:
                self.known["home_municipality"] = profile.home_municipality
            self.fields["phone"].initial = profile.phone
            self.fields["interests"].initial = profile.interests
        for name in self.known:
            del self.fields[name]
        self.fields["consent"].label = _(
            "I agree that my name, email address, birth year, home municipality and what I "
            "write here are shared with %(association)s."
        ) % {"association": association_name}
        self.fields["consent"].error_messages["required"] = _(
            "Please agree to share these details, or the association cannot handle your sign-up."
        )

    def signup_data(self) -> dict:
        return {**self.known, **self.cleaned_data}
