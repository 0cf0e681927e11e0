from django import forms
from django.utils.translation import gettext_lazy as _


class FeatureSearchForm(forms.Form):
    """Find a card or an opportunity of one of the person's regions by its name."""

    region = forms.ChoiceField(
        label=_("Region"), error_messages={"invalid_choice": _("Choose one of your own regions.")}
    )
    q = forms.CharField(
        label=_("Name of the association or opportunity"),
        max_length=200,
        help_text=_("A part of the name is enough."),
    )

    def __init__(self, data, *, regions):
        super().__init__(data)
        self.regions = {region.slug: region for region in regions}
        self.fields["region"].choices = [(region.slug, region.name) for region in regions]

    def chosen_region(self):
        """The region searched in (the form is valid)."""
        return self.regions[self.cleaned_data["region"]]
