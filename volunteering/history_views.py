"""The history of an opportunity in the association's workspace: who changed what and when
(/manage/<slug>/opportunities/<opportunity_slug>/history/)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from associations.permissions import Capability
from core.history import Source, history_page

from .models import Opportunity, OpportunityTime, Skill
from .permissions import get_managed_opportunity


def _benefits(values: list[str]) -> str:
    labels = dict(Opportunity.Benefit.choices)
    return ", ".join(str(labels.get(value, value)) for value in values)


def _skills(values: list[str]) -> str:
    labels = dict(Skill.choices)
    return ", ".join(str(labels.get(value, value)) for value in values)


def opportunity_history_sources(opportunity: Opportunity) -> list[Source]:
    """The opportunity's own entries and those of its weekly times."""
    return [
        Source(
            Opportunity.history.filter(id=opportunity.pk),
            hidden=frozenset({"association"}),
            formatters={"benefits": _benefits, "skills": _skills},
        ),
        Source(
            OpportunityTime.history.filter(opportunity_id=opportunity.pk),
            hidden=frozenset({"opportunity"}),
        ),
    ]


@login_required
@require_GET
def opportunity_history(request, slug, opportunity_slug):
    opportunity = get_managed_opportunity(
        request, slug, opportunity_slug, need=Capability.SEE_HISTORY
    )
    page = history_page(opportunity_history_sources(opportunity), request.GET.get("page"))
    return render(
        request,
        "manage/history.html",
        {
            "association": opportunity.association,
            "opportunity": opportunity,
            "page_obj": page,
            "entries": page.object_list,
        },
    )
