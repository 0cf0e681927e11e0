from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    """Every form, ours and allauth's, renders through one accessible field partial."""

    form_template_name = "includes/_form.html"
    field_template_name = "includes/_field.html"
