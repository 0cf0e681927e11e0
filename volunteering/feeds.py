"""Atom and RSS feeds of any filtered listing: a youth worker can follow "evening tasks in
Kymenlaakso" in a feed reader."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from . import selectors


class OpportunityRssFeed(Feed):
    """One instance serves every request, in several threads at once: whatever belongs to one
    request travels in the object that get_object returns, never in attributes of the feed."""

    def get_object(self, request):
        _filterset, opportunities = selectors.feed_opportunities(request.GET, request=request)
        return {"query": request.GET.urlencode(), "opportunities": opportunities}

    def title(self, obj):
        return _("Opportunities in %(site)s") % {"site": settings.SITE_NAME}

    def link(self, obj):
        return reverse("volunteering:list") + (f"?{obj['query']}" if obj["query"] else "")

    def description(self, obj):
        return _("Volunteer tasks, work tryouts, jobs and groups that match your filters.")

    def items(self, obj):
        return obj["opportunities"]

    def item_title(self, opportunity):
        return f"{opportunity.title} – {opportunity.association.name}"

    def item_description(self, opportunity):
        return opportunity.short_description

    def item_pubdate(self, opportunity):
        return opportunity.published_at

    def item_updateddate(self, opportunity):
        return opportunity.updated_at


class OpportunityAtomFeed(OpportunityRssFeed):
    feed_type = Atom1Feed
    subtitle = OpportunityRssFeed.description
