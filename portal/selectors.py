from django.conf import settings

from associations.selectors import association_counts_by_municipality, association_counts_by_region
from core.models import Municipality, Region


def featured_areas() -> list[Region | Municipality]:
    """The areas of settings.FEATURED_AREAS, in the order given; unknown slugs are skipped."""
    region_slugs = [area for area in settings.FEATURED_AREAS if "/" not in area]
    municipality_slugs = [area.split("/", 1)[1] for area in settings.FEATURED_AREAS if "/" in area]
    regions = {region.slug: region for region in Region.objects.filter(slug__in=region_slugs)}
    municipalities = {
        municipality.slug: municipality
        for municipality in Municipality.objects.filter(slug__in=municipality_slugs).select_related(
            "region"
        )
    }
    areas = []
    for area in settings.FEATURED_AREAS:
        if "/" in area:
            area = municipalities.get(area.split("/", 1)[1])
        else:
            area = regions.get(area)
        if area is not None:
            areas.append(area)
    return areas


def featured_areas_with_counts() -> list[dict]:
    """The featured areas, each with the number of published association cards active there."""
    areas = featured_areas()
    regions = [area for area in areas if isinstance(area, Region)]
    municipalities = [area for area in areas if isinstance(area, Municipality)]
    counts = {
        Region: association_counts_by_region(regions=regions) if regions else {},
        Municipality: (
            association_counts_by_municipality(municipalities=municipalities)
            if municipalities
            else {}
        ),
    }
    return [{"area": area, "count": counts[type(area)].get(area.slug, 0)} for area in areas]
