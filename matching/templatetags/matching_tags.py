"""The person's suggestions on pages of the project (the home page, /me/)."""

from django import template

from matching import suggestions

register = template.Library()


@register.simple_tag
def suggestion_block(user, limit=suggestions.BLOCK_LIMIT) -> dict:
    """The person's best few suggestions and whether they have told what they look for; nothing
    for a visitor who is not logged in. A constant number of queries (see `suggestions_for`).
    Used in a personal part of a shared page (core/caching.py): never cached for others."""
    if not user.is_authenticated:
        return {"suggestions": [], "wishes": None}
    wishes = suggestions.Wishes.of(user)
    return {
        "suggestions": suggestions.suggest(wishes, user=user, limit=limit),
        "wishes": wishes,
    }
