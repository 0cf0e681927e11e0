from django import template

from ..moderation import moderation_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def waiting_counts(context) -> dict[str, int]:
    """How many cards and opportunities wait in the coordinator's regions (everywhere for a
    superuser): {"association": …, "opportunity": …}."""
    request = context["request"]
    regions = None if request.user.is_superuser else request.coordinated_regions
    return moderation_counts(regions=regions)
