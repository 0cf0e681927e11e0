from django import forms
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.forms import birth_year_field, preferred_name_field
from associations.models import ActivityLanguage, Category
from core.forms import MunicipalityChoiceField
from core.schedule import Weekday

from .models import Opportunity, OpportunityMessage, SignUp, Skill
from .services import Decision


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
        if profile is not None and profile.accessibility_needs:
            # Private on the profile: shared with this association only when ticked.
            consent = self.fields.pop("consent")
            self.fields["share_accessibility_needs"] = forms.BooleanField(
                label=_("Share my accessibility needs with %(association)s")
                % {"association": association_name},
                required=False,
                help_text=format_html(
                    "{}<br>{}",
                    _("From your profile:"),
                    linebreaksbr(profile.accessibility_needs),
                ),
            )
            self.fields["consent"] = consent
        self.fields["consent"].label = _(
            "I agree that my name, email address, birth year, home municipality and what I "
            "write here are shared with %(association)s."
        ) % {"association": association_name}
        self.fields["consent"].error_messages["required"] = _(
            "Please agree to share these details, or the association cannot handle your sign-up."
        )

    def signup_data(self) -> dict:
        return {**self.known, **self.cleaned_data}


# --- Posting and editing opportunities in the association's workspace ------------------------


class OpportunityForm(forms.ModelForm):
    """Every field staff fill in; the weekly times come in `WeeklyTimeFormSet`."""

    municipality = MunicipalityChoiceField(
        label=_("Municipality"), required=False, empty_label=_("Choose the municipality")
    )
    categories = forms.ModelMultipleChoiceField(
        label=_("Categories"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"),
        queryset=ActivityLanguage.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    benefits = forms.MultipleChoiceField(
        label=_("What you get"),
        choices=Opportunity.Benefit.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    skills = forms.MultipleChoiceField(
        label=_("Skills you practise here"),
        help_text=_(
            "Shown on the opportunity's page, and on the record of the people who complete it."
        ),
        choices=Skill.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Opportunity
        fields = [
            "title",
            "type",
            "short_description",
            "plain_language_summary",
            "description",
            "categories",
            "languages",
            "municipality",
            "address",
            "is_remote",
            "schedule",
            "start_date",
            "end_date",
            "start_time",
            "end_time",
            "hours_per_week",
            "total_days",
            "places",
            "chooses_people",
            "application_deadline",
            "min_age",
            "max_age",
            "beginner_friendly",
            "is_supported",
            "for_english_speakers",
            "for_under_18s",
            "is_popup",
            "criminal_record_required",
            "requirements",
            "benefits",
            "skills",
            "accessibility_notes",
            "contact_name",
            "contact_email",
            "contact_language",
        ]
        widgets = {
            "schedule": forms.RadioSelect,
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "application_deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "short_description": forms.Textarea(attrs={"rows": 2}),
            "plain_language_summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "requirements": forms.Textarea(attrs={"rows": 3}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "end_date": _("For a period: the last day. Leave empty for one day or no end."),
            "start_date": _("For tasks on given days, and for the period of weekly times."),
        }

    def clean_skills(self):
        chosen = set(self.cleaned_data["skills"])
        return [skill for skill in Skill.values if skill in chosen]

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("schedule") == Opportunity.Schedule.ONE_OFF
            and not cleaned.get("start_date")
            and "start_date" not in self.errors
        ):
            self.add_error("start_date", _("Give the first day of a task on given days."))
        return cleaned

    def opportunity_data(self) -> dict:
        """(fields, categories, languages) for the services."""
        data = dict(self.cleaned_data)
        categories, languages = data.pop("categories"), data.pop("languages")
        return {"fields": data, "categories": categories, "languages": languages}


class WeeklyTimeForm(forms.Form):
    weekday = forms.TypedChoiceField(
        label=_("Weekday"), choices=[("", "—"), *Weekday.choices], coerce=int
    )
    start_time = forms.TimeField(
        label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label=_("Ends"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )


class BaseWeeklyTimeFormSet(forms.BaseFormSet):
    def weekly_times(self) -> list[dict]:
        return [
            {name: form.cleaned_data[name] for name in ("weekday", "start_time", "end_time")}
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


# Two empty rows more each time the page is shown: without JavaScript, saving adds more.
WeeklyTimeFormSet = forms.formset_factory(
    WeeklyTimeForm, formset=BaseWeeklyTimeFormSet, extra=2, can_delete=True, max_num=14
)


def weekly_time_initial(opportunity) -> list[dict]:
    return [
        {"weekday": t.weekday, "start_time": t.start_time, "end_time": t.end_time}
        for t in opportunity.times.all()
    ]


# --- The staff's answers to the people who signed up ----------------------------------------

DECISION_CHOICES = [
    (Decision.ACCEPT, _("Accept: give a place")),
    (Decision.WAITLIST, _("Move to the waiting list")),
    (Decision.DECLINE, _("Decline")),
    (Decision.COMPLETE, _("Mark as completed")),
]


class DecisionForm(forms.Form):
    """One form for one person and for many: the chosen sign-ups and what to do with them."""

    signups = forms.ModelMultipleChoiceField(
        label=_("People"),
        queryset=SignUp.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one person.")},
    )
    decision = forms.ChoiceField(
        label=_("What to do"),
        choices=DECISION_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what to do.")},
    )
    message = forms.CharField(
        label=_("Message to them (optional)"),
        help_text=_("Sent by email and shown on their own page."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    hours_done = forms.DecimalField(
        label=_("Hours done (when completed)"),
        required=False,
        min_value=0,
        max_digits=5,
        decimal_places=1,
        localize=True,
    )
    reference = forms.CharField(
        label=_("Short reference (optional, when completed)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, opportunity, signups=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["signups"]
        # Not the sign-ups of people who deleted their account: nothing to decide, nobody to tell.
        field.queryset = opportunity.signups.filter(user__isnull=False)
        field.label_from_instance = lambda signup: signup.person_label
        self.opportunity_signups = signups


class MessageForm(forms.ModelForm):
    class Meta:
        model = OpportunityMessage
        fields = ["audience", "body"]
        widgets = {"audience": forms.RadioSelect, "body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "body": _(
                "Each person gets it by email. Replies go to the association's contact address."
            )
        }
