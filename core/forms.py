from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.renderers import TemplatesSetting
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from .geography import sorted_by_name
from .models import Municipality


class PortalFormRenderer(TemplatesSetting):
    """Every form, ours and allauth's, renders through one accessible field partial."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"


class NameOrderIterator(ModelChoiceIterator):
    """Options in alphabetical order of their name in the page's language (å, ä, ö after z)."""

    def places(self):
        return sorted_by_name(self.queryset)

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for place in self.places():
            yield self.choice(place)


class MunicipalityIterator(NameOrderIterator):
    def places(self):
        return self.field.places()


class MunicipalityChoiceField(forms.ModelChoiceField):
    iterator = MunicipalityIterator

    def __init__(self, **kwargs):
        super().__init__(queryset=Municipality.objects.all(), to_field_name="slug", **kwargs)

    def label_from_instance(self, municipality):
        return municipality.name

    def places(self) -> list:
        """The municipalities in name order, read once for the form's field."""
        if not hasattr(self, "_places"):
            self._places = sorted_by_name(self.queryset)
        return self._places

    def prepare_value(self, value):
        # A model form's initial value is the municipality's key, but the options are slugs.
        if isinstance(value, int):
            value = next((place.slug for place in self.places() if place.pk == value), None)
        return super().prepare_value(value)


# Widgets that write their HTML by joining strings instead of rendering templates: Django's
# Select renders every <option> through two templates (about 40 µs each), so a list page with
# 300 municipalities spent 12 ms on its selects. The markup is what Django's templates give,
# attribute for attribute. The class names are Django's on purpose: BoundField.widget_type, and
# so the field's CSS class and its branch in includes/_field.html, comes from the class name.


def attributes_html(attrs) -> str:
    """Attributes as django/forms/widgets/attrs.html writes them: `True` alone, `False` left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def input_html(widget: dict) -> str:
    """An <input> from a widget's context, as django/forms/widgets/input.html writes it."""
    value = widget["value"]
    value_html = "" if value is None else f' value="{conditional_escape(value)}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value_html}{attributes_html(widget["attrs"])}>'
    )


class StringRendered:
    """Renders the widget's context with `html` (an <input> unless overridden), not through
    `template_name`: a widget that needs other markup overrides `html`."""

    def render(self, name, value, attrs=None, renderer=None):
        return mark_safe(self.html(self.get_context(name, value, attrs)["widget"]))  # noqa: S308

    def html(self, widget: dict) -> str:
        return input_html(widget)


class TextInput(StringRendered, forms.TextInput):
    pass


class NumberInput(StringRendered, forms.NumberInput):
    pass


class DateInput(StringRendered, forms.DateInput):
    pass


class CheckboxInput(StringRendered, forms.CheckboxInput):
    pass


class Select(StringRendered, forms.Select):
    def html(self, widget: dict) -> str:
        parts = [
            f'<select name="{conditional_escape(widget["name"])}"'
            f"{attributes_html(widget['attrs'])}>"
        ]
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(f'\n  <optgroup label="{conditional_escape(group)}">')
            parts.extend(
                f'\n  <option value="{conditional_escape(option["value"])}"'
                f"{attributes_html(option['attrs'])}>{conditional_escape(option['label'])}</option>"
                for option in options
            )
            if group:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return "".join(parts)


class CheckboxSelectMultiple(StringRendered, forms.CheckboxSelectMultiple):
    def html(self, widget: dict) -> str:
        attrs = widget["attrs"]
        parts = [
            "<div",
            f' id="{conditional_escape(attrs["id"])}"' if attrs.get("id") else "",
            f' class="{conditional_escape(attrs["class"])}"' if attrs.get("class") else "",
            ">",
        ]
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(f"\n  <div><label>{conditional_escape(group)}</label>")
            for option in options:
                option_id = option["attrs"].get("id")
                label_for = f' for="{conditional_escape(option_id)}"' if option_id else ""
                parts.append(
                    f"<div>\n    <label{label_for}>{input_html(option)} "
                    f"{conditional_escape(option['label'])}</label></div>"
                )
            if group:
                parts.append("\n  </div>")
        parts.append("\n</div>")
        return "".join(parts)
