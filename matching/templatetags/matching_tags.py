"""The person's suggestions on pages of the project (the home page, /me/)."""

from django import template
from django.utils.safestring import mark_safe

from matching import blocks

register = template.Library()


@register.simple_tag(takes_context=True)
def suggestion_block(context):
    """The block of the logged-in person's best few suggestions; nothing for anyone else. Used in
    a personal part of a shared page (core/caching.py): never shared with others."""
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return ""
    return mark_safe(blocks.render_block(context, user))  # rendered by our own template
