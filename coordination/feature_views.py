"""Featured cards and opportunities: the coordinator's list per region, the search that adds
one, and the remove and move buttons. Only items located in the person's regions are found;
everything else is a 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .feature_forms import FeatureSearchForm
from .featuring import (
    associations_in,
    feature_candidates,
    feature_create,
    feature_delete,
    feature_move,
    features_of,
    opportunities_in,
)
from .models import Feature
from .permissions import coordinator_required


def _region_or_404(request, slug):
    for region in request.coordinated_regions:
        if region.slug == slug:
            return region
    raise Http404


def _feature_or_404(request, pk):
    return get_object_or_404(
        Feature.objects.select_related("region", "association", "opportunity__association"),
        pk=pk,
        region__in=request.coordinated_regions,
    )


@coordinator_required
@require_GET
def featured_list(request):
    regions = request.coordinated_regions
    form = FeatureSearchForm(request.GET if "q" in request.GET else None, regions=regions)
    candidates = chosen_region = None
    if form.is_bound and form.is_valid():
        chosen_region = form.chosen_region()
        candidates = feature_candidates(region=chosen_region, query=form.cleaned_data["q"])
    features = features_of(regions)
    by_region = [
        {"region": region, "features": [f for f in features if f.region_id == region.pk]}
        for region in regions
    ]
    if request.user.is_superuser:
        # Every region is the superuser's: list only those with something featured.
        by_region = [group for group in by_region if group["features"]]
    return render(
        request,
        "coordination/featured_list.html",
        {
            "form": form,
            "candidates": candidates,
            "chosen_region": chosen_region,
            "by_region": by_region,
        },
    )


@coordinator_required
@require_POST
def feature_add(request):
    region = _region_or_404(request, request.POST.get("region", ""))
    kind, pk = request.POST.get("kind"), request.POST.get("pk", "")
    if not pk.isdigit() or kind not in ("association", "opportunity"):
        raise Http404
    # Found among everything located in the region, public or not: the service says why a
    # non-public one cannot be featured; anything elsewhere is a 404.
    if kind == "association":
        item = get_object_or_404(associations_in(region), pk=pk)
        fields = {"association": item}
    else:
        item = get_object_or_404(opportunities_in(region), pk=pk)
        fields = {"opportunity": item}
    try:
        feature_create(user=request.user, region=region, **fields)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("“%(item)s” is now featured on the page of %(region)s.")
            % {"item": item, "region": region.name},
        )
    return redirect("coordinate:featured")


@coordinator_required
@require_POST
def feature_remove(request, pk):
    feature = _feature_or_404(request, pk)
    feature_delete(user=request.user, feature=feature)
    messages.success(
        request,
        _("“%(item)s” is no longer featured on the page of %(region)s.")
        % {"item": feature.item, "region": feature.region.name},
    )
    return redirect("coordinate:featured")


@coordinator_required
@require_POST
def feature_reorder(request, pk):
    feature = _feature_or_404(request, pk)
    direction = request.POST.get("direction")
    if direction not in ("up", "down"):
        raise Http404
    feature_move(feature=feature, up=direction == "up")
    messages.success(request, _("The order was changed."))
    return redirect(f"{reverse('coordinate:featured')}#feature-{feature.pk}")
