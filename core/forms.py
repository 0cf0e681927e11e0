from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.renderers import TemplatesSetting

from .geography import sorted_by_name
from .models import Municipality


class PortalFormRenderer(TemplatesSetting):
    """Every form, ours and allauth's, renders through one accessible field partial."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"


class NameOrderIterator(ModelChoiceIterator):
    """Options in alphabetical order of their name in the page's language (å, ä, ö after z)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for place in sorted_by_name(self.queryset):
            yield self.choice(place)


class MunicipalityChoiceField(forms.ModelChoiceField):
    iterator = NameOrderIterator

    def __init__(self, **kwargs):
        super().__init__(queryset=Municipality.objects.all(), to_field_name="slug", **kwargs)

    def label_from_instance(self, municipality):
        return municipality.name
