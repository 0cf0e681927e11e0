from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.forms import preferred_name_field
from core.forms import MunicipalityChoiceField, NameOrderIterator
from core.models import Municipality

from .images import reencode_logo
from .models import Association, JoinRequest, MeetingTime, Membership, Offering


class JoinRequestForm(forms.ModelForm):
    class Meta:
        model = JoinRequest
        fields = ["message"]
        labels = {"message": _("Your message to the association")}
        help_texts = {
            "message": _(
                "Tell briefly who you are and what interests you. The association sees your "
                "message, your name and your email address, and answers you by email."
            )
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and not user.preferred_name:
            # Asked once: the name the association gets, suggested from the account's name.
            self.fields = {
                "preferred_name": preferred_name_field(initial=user.get_full_name()),
                **self.fields,
            }


# --- The workspace: the card editor and a new card ------------------------------------------


class MunicipalityCheckboxField(forms.ModelMultipleChoiceField):
    iterator = NameOrderIterator

    def label_from_instance(self, municipality):
        return municipality.name


class CardForm(forms.ModelForm):
    """Every field of the card its staff may change: not its status, verification or address
    (a coordinator verifies and publishes; the web address stays what links point to)."""

    home_municipality = MunicipalityChoiceField(label=_("Home municipality"))
    municipalities = MunicipalityCheckboxField(
        queryset=Municipality.objects.none(),
        label=_("Other municipalities where it is active"),
        help_text=_("The home municipality is always included."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)

    class Meta:
        model = Association
        fields = [
            "name",
            "short_description",
            "description",
            "logo",
            "categories",
            "target_groups",
            "languages",
            "home_municipality",
            "municipalities",
            "meeting_place",
            "street_address",
            "postal_code",
            "post_office",
            "step_free_access",
            "accessibility_notes",
            "membership_fee",
            "how_to_join",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_language",
            "website",
            "social_links",
            "business_id",
            "register_number",
            "founded_year",
        ]
        widgets = {
            "logo": forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
            "categories": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 8}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
            "how_to_join": forms.Textarea(attrs={"rows": 3}),
            "social_links": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"logo": _("A PNG, JPEG, WebP or GIF image of at most 2 MB.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The municipalities of the home region, and any others the card already has.
        association = self.instance
        for name in ("categories", "target_groups", "languages", "municipalities"):
            self.fields[name].to_field_name = "slug"  # stable values, the same in every database
        self.fields["municipalities"].queryset = Municipality.objects.filter(
            Q(region__municipalities=association.home_municipality_id) | Q(associations=association)
        ).distinct()
        self.fields["step_free_access"] = forms.NullBooleanField(
            label=self.fields["step_free_access"].label,
            help_text=self.fields["step_free_access"].help_text,
            required=False,
            widget=forms.RadioSelect(
                choices=[("", _("Not told")), ("True", _("Yes")), ("False", _("No"))]
            ),
        )
        if not association.logo:
            del self.fields["remove_logo"]

    SECTIONS = [
        (_("The association"), ["name", "short_description", "description"]),
        (_("What it does and for whom"), ["categories", "target_groups", "languages"]),
        (
            _("Where"),
            [
                "home_municipality",
                "municipalities",
                "meeting_place",
                "street_address",
                "postal_code",
                "post_office",
                "step_free_access",
                "accessibility_notes",
            ],
        ),
        (_("Joining"), ["membership_fee", "how_to_join"]),
        (
            _("Contact"),
            [
                "contact_name",
                "contact_email",
                "contact_phone",
                "contact_language",
                "website",
                "social_links",
            ],
        ),
        (_("Register details"), ["business_id", "register_number", "founded_year"]),
    ]

    def sections(self):
        """(title, bound fields) for each part of the card, in the order of the page."""
        return [(title, [self[name] for name in names]) for title, names in self.SECTIONS]

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):  # a new upload: checked and re-encoded
            return reencode_logo(logo)
        return logo

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("remove_logo") and not self.files.get(self.add_prefix("logo")):
            cleaned_data["logo"] = False
        return cleaned_data

    def card_fields(self) -> dict:
        """The card's own fields, for the service (terms and places are passed apart)."""
        related = {"categories", "target_groups", "languages", "municipalities", "remove_logo"}
        return {name: value for name, value in self.cleaned_data.items() if name not in related}


class MeetingTimeForm(forms.ModelForm):
    class Meta:
        model = MeetingTime
        fields = ["weekday", "start_time", "end_time", "description"]
        widgets = {
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_time"), cleaned_data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The meeting must end after it starts."))
        return cleaned_data


class BaseMeetingTimeFormSet(forms.BaseFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["DELETE"].label = _("Remove this time")

    def meeting_times(self) -> list[dict]:
        """The rows kept: filled in and not marked for removal."""
        return [
            {name: value for name, value in form.cleaned_data.items() if name != "DELETE"}
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


MeetingTimeFormSet = forms.formset_factory(
    MeetingTimeForm, formset=BaseMeetingTimeFormSet, extra=2, can_delete=True, max_num=20
)


def meeting_time_initial(association: Association) -> list[dict]:
    return [
        {
            "weekday": meeting.weekday,
            "start_time": meeting.start_time,
            "end_time": meeting.end_time,
            "description": meeting.description,
        }
        for meeting in association.meeting_times.all()
    ]


class AssociationCreateForm(forms.ModelForm):
    """The few details a new card needs; the rest is filled in the card editor."""

    home_municipality = MunicipalityChoiceField(
        label=_("Home municipality"), empty_label=_("Choose the municipality")
    )
    different_association = forms.BooleanField(
        label=_("None of these: mine is a different association. Create it."),
        required=False,
        widget=forms.HiddenInput,
    )

    class Meta:
        model = Association
        fields = [
            "name",
            "business_id",
            "home_municipality",
            "short_description",
            "contact_email",
            "contact_language",
        ]
        help_texts = {
            "business_id": _("If the association has one, for example 1234567-1."),
        }

    def show_confirmation(self):
        """Offer the "create it anyway" choice, once similar cards have been shown."""
        self.fields["different_association"].widget = forms.CheckboxInput()


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("The person gets a link by email. The link works for 14 days."),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Membership.Role.choices,
        initial=Membership.Role.EDITOR,
        help_text=_(
            "Editors keep the card, tasks, sign-ups and join requests up to date. Owners can "
            "also invite and remove staff."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the email"), choices=settings.LANGUAGES)


class StaffRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class JoinRequestAnswerForm(forms.Form):
    ACCEPT, DECLINE = "accept", "decline"

    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[(ACCEPT, _("Accept")), (DECLINE, _("Decline"))],
        widget=forms.RadioSelect,
    )
    response = forms.CharField(
        label=_("Message to the person"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the person by email. For example, when and where to come."),
    )


# --- Activities and support -----------------------------------------------------------------


class OfferingForm(forms.ModelForm):
    """One activity or kind of support on the card; the service checks and saves it."""

    class Meta:
        model = Offering
        fields = [
            "kind",
            "name",
            "for_whom",
            "when",
            "is_free",
            "cost",
            "how_to_take_part",
            "description",
            "position",
        ]
        labels = {"position": _("Order on the card")}
        widgets = {
            "kind": forms.RadioSelect,
            "for_whom": forms.Textarea(attrs={"rows": 2}),
            "how_to_take_part": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 5}),
            "position": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio buttons need no empty "---------" option: one of the kinds must be chosen.
        self.fields["kind"].choices = Offering.Kind.choices
