"""Opportunities shown on pages of the apps below this one (an association's card)."""

from django import template

from volunteering import selectors

register = template.Library()


@register.simple_tag
def current_opportunities_of(association, limit=50):
    """The association's current opportunities, soonest first: one query and its prefetches."""
    return selectors.current_opportunities(association=association, limit=limit)


@register.simple_tag
def opportunities_by_title(association):
    """All the association's opportunities, whatever their status, by title (one query): the
    card's history links to the history of each."""
    return list(association.opportunities.order_by("title").only("title", "slug"))
