"""Who coordinates which regions. Every coordinator page loads the person's regions through
`coordinator_required`; nothing else re-implements the rule.

A coordinator has the regions of their `accounts.RegionCoordinator` rows; a superuser acts in
every region. A logged-in person who coordinates nothing gets 404 (the tools are not revealed),
and an anonymous visitor is sent to log in.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from core.models import Region


def coordinated_regions(user):
    """The regions `user` coordinates, in code order: every region for a superuser."""
    if not user.is_authenticated:
        return Region.objects.none()
    if user.is_superuser:
        return Region.objects.all()
    return Region.objects.filter(coordinators__user=user)


def coordinates_anything(request) -> bool:
    """Whether the person coordinates some region; asked once per request (the header)."""
    if not hasattr(request, "_coordinates_anything"):
        user = request.user
        if hasattr(request, "coordinated_regions"):
            request._coordinates_anything = bool(request.coordinated_regions)
        else:
            request._coordinates_anything = user.is_authenticated and (
                user.is_superuser or coordinated_regions(user).exists()
            )
    return request._coordinates_anything


def coordinator_required(view):
    """Log in first; 404 without a region; the regions are kept in `request.coordinated_regions`."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        regions = list(coordinated_regions(request.user))
        if not regions:
            raise Http404
        request.coordinated_regions = regions
        return view(request, *args, **kwargs)

    return wrapped
