from django import template

from ..forms import AlertForm

register = template.Library()


@register.simple_tag(takes_context=True)
def save_alert_form(context) -> AlertForm:
    """The "Save as an alert" form of the opportunity listing, with the listing's filters as they
    are in its address (the service keeps only those the listing knows)."""
    return AlertForm(initial={"query": context["request"].GET.urlencode()})
