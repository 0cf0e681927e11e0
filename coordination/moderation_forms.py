"""The moderation queue's filters and a coordinator's decision with its message."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .moderation import ASSOCIATION, OPPORTUNITY


class QueueFilterForm(forms.Form):
    """The region (one of the person's) and the kind of item. Always bound (GET)."""

    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        error_messages={"invalid_choice": _("Choose one of your own regions.")},
    )
    kind = forms.ChoiceField(
        label=_("What waits"),
        required=False,
        choices=[
            ("", _("Everything")),
            (ASSOCIATION, _("Associations waiting for verification")),
            (OPPORTUNITY, _("Opportunities waiting for review")),
        ],
    )

    def __init__(self, data, *, regions, superuser=False):
        super().__init__(data)
        self.regions = {region.slug: region for region in regions}
        everything = _("All regions") if superuser else _("All your regions")
        self.fields["region"].choices = [("", everything)] + [
            (region.slug, region.name) for region in regions
        ]

    def chosen(self, *, superuser: bool):
        """(regions to show, kind): the chosen region, or all of the person's (None: every
        region, for a superuser who chose none)."""
        data = self.cleaned_data if self.is_valid() else {}
        slug, kind = data.get("region", ""), data.get("kind", "")
        if slug:
            return [self.regions[slug]], kind
        return (None if superuser else list(self.regions.values())), kind


class DecisionForm(forms.Form):
    """One decision; the message is required for asking for changes, rejecting and hiding (the
    service says so, and its error is shown beside the field)."""

    message = forms.CharField(
        label=pgettext_lazy("moderation", "Message to the staff"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    LABELS = {
        "request_changes": _("What should the staff change?"),
        "reject": _("Reason for rejecting"),
        "hide": _("Reason for hiding"),
    }

    def __init__(self, *args, decision: str, **kwargs):
        super().__init__(*args, prefix=decision, **kwargs)
        self.decision = decision
        if decision in self.LABELS:
            self.fields["message"].label = self.LABELS[decision]
            self.fields["message"].help_text = _("The staff see this and get it by email.")
        else:
            del self.fields["message"]
