from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.caching import SharedPart, public_page, render_shared

from . import selectors, services, structured_data
from .forms import JoinRequestForm
from .permissions import Capability, get_association_for


@public_page
@require_GET
def association_list(request):
    def build():
        filterset, page = selectors.browse_associations(
            request.GET, page_number=request.GET.get("page")
        )
        query = request.GET.copy()
        query.pop("page", None)
        return SharedPart(
            {
                "filter": filterset,
                "page_obj": page,
                "associations": page.object_list,
                "query_without_page": query.urlencode(),
            }
        )

    return render_shared(request, "associations/association_list.html", build)


@public_page
@require_GET
def association_detail(request, slug):
    def build():
        association = get_association_for(
            request, slug, need=Capability.SEE, queryset=selectors.card_queryset()
        )
        return SharedPart(
            {
                "association": association,
                "structured_data": structured_data.organization(
                    association, absolute_url=request.build_absolute_uri
                ),
            },
            # Staff see their draft or hidden card: only a public one looks the same to all.
            shareable=association.is_public,
        )

    return render_shared(request, "associations/association_detail.html", build)


@login_required
@require_http_methods(["GET", "POST"])
def join_request_create(request, slug):
    association = get_association_for(request, slug, need=Capability.SEE)
    form = JoinRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_create(
                user=request.user,
                association=association,
                message=form.cleaned_data["message"],
                preferred_name=form.cleaned_data.get("preferred_name", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Your request was sent to %(name)s. They will answer you by email.")
                % {"name": association.name},
            )
            return redirect("portal:my-page")
    return render(
        request,
        "associations/join_request_form.html",
        {"association": association, "form": form},
    )
