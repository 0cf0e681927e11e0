from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors


@login_required
@require_GET
def my_page(request):
    """The person's own page: only ever their own data."""
    return render(
        request,
        "accounts/my_page.html",
        {"join_requests": selectors.join_requests_of(request.user)},
    )
