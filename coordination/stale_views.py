"""Stale cards of the person's regions, and the button that reminds a card's staff now."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .permissions import coordinator_required
from .stale import stale_card_remind, stale_cards

PAGE_SIZE = 25


@coordinator_required
@require_GET
def stale_list(request):
    cards = stale_cards(regions=request.coordinated_regions)
    page = Paginator(cards, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "coordination/stale_list.html", {"page_obj": page})


@coordinator_required
@require_POST
def stale_remind(request, slug):
    association = get_object_or_404(stale_cards(regions=request.coordinated_regions), slug=slug)
    stale_card_remind(association=association, user=request.user)
    messages.success(
        request, _("A reminder was sent to the staff of %(name)s.") % {"name": association.name}
    )
    return redirect("coordinate:stale")
