from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from associations.models import Association
from core.models import Municipality, Region
from volunteering.models import Opportunity


class TranslatedSitemap(Sitemap):
    """Every page in Finnish, Swedish and English, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(TranslatedSitemap):
    def items(self):
        return ["portal:home", "volunteering:list", "associations:list", "portal:region-list"]

    def location(self, item):
        return reverse(item)


class RegionSitemap(TranslatedSitemap):
    def items(self):
        return Region.objects.order_by("code")


class MunicipalitySitemap(TranslatedSitemap):
    def items(self):
        return Municipality.objects.select_related("region").order_by("code")


class AssociationSitemap(TranslatedSitemap):
    limit = 5000

    def items(self):
        return Association.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, association):
        return association.updated_at


class OpportunitySitemap(TranslatedSitemap):
    limit = 5000

    def items(self):
        return Opportunity.objects.current().order_by("pk").only("slug", "updated_at")

    def lastmod(self, opportunity):
        return opportunity.updated_at


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "regions": RegionSitemap,
    "municipalities": MunicipalitySitemap,
    "associations": AssociationSitemap,
    "opportunities": OpportunitySitemap,
}
