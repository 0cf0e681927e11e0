"""The history of a card in its workspace: who changed what and when (/manage/<slug>/history/)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.history import Source, history_page

from .models import Association, MeetingTime, Offering
from .permissions import Capability, get_association_for


def association_history_sources(association: Association) -> list[Source]:
    """The card's own entries, and those of its meeting times and its activities and support."""
    parent = frozenset({"association"})
    return [
        Source(Association.history.filter(id=association.pk)),
        Source(MeetingTime.history.filter(association_id=association.pk), hidden=parent),
        Source(Offering.history.filter(association_id=association.pk), hidden=parent),
    ]


@login_required
@require_GET
def association_history(request, slug):
    association = get_association_for(request, slug, need=Capability.SEE_HISTORY)
    page = history_page(association_history_sources(association), request.GET.get("page"))
    return render(
        request,
        "manage/history.html",
        {"association": association, "page_obj": page, "entries": page.object_list},
    )
