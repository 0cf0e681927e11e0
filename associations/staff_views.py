"""The association's workspace pages for staff and join requests, and the public pages for
accepting an invitation and withdrawing one's own join request."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.emails import current_language

from . import services
from .forms import InvitationForm, JoinRequestAnswerForm, StaffRoleForm
from .models import JoinRequest, Membership
from .permissions import Capability, get_association_for


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


# --- Staff -------------------------------------------------------------------------------------


def _staff_page(request, association, *, invite_form, status=200):
    memberships = association.memberships.select_related("user").order_by(
        "-role", "user__first_name", "user__last_name", "pk"
    )
    # Owners first: "owner" sorts after "editor", hence the descending role.
    invitations = (
        association.invitations.pending().select_related("invited_by").order_by("-created_at")
    )
    return render(
        request,
        "manage/staff.html",
        {
            "association": association,
            "memberships": memberships,
            "invitations": invitations,
            "invite_form": invite_form,
            "role_choices": Membership.Role.choices,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def staff(request, slug):
    """Who works for the association, the invitations that wait, and inviting a new person."""
    association = get_association_for(request, slug, need=Capability.MANAGE_STAFF)
    invite_form = InvitationForm(request.POST or None, initial={"language": current_language()})
    if request.method == "POST" and invite_form.is_valid():
        try:
            services.invitation_create(
                association=association,
                email=invite_form.cleaned_data["email"],
                role=invite_form.cleaned_data["role"],
                language=invite_form.cleaned_data["language"],
                invited_by=request.user,
            )
        except ValidationError as error:
            invite_form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The invitation was sent to %(email)s.")
                % {"email": invite_form.cleaned_data["email"]},
            )
            return redirect("manage:staff", association.slug)
    return _staff_page(request, association, invite_form=invite_form)


@login_required
@require_POST
def staff_change(request, slug, pk):
    """Change a staff member's role, or remove them (the button named "remove")."""
    association = get_association_for(request, slug, need=Capability.MANAGE_STAFF)
    membership = get_object_or_404(association.memberships.select_related("user"), pk=pk)
    name = membership.user.display_name
    try:
        if "remove" in request.POST:
            services.membership_remove(membership=membership, by=request.user)
            message = _("%(name)s was removed from the staff.") % {"name": name}
        else:
            form = StaffRoleForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose a role."))
            services.membership_change_role(
                membership=membership, role=form.cleaned_data["role"], by=request.user
            )
            message = _("The role of %(name)s is now: %(role)s.") % {
                "name": name,
                "role": membership.get_role_display(),
            }
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("manage:staff", association.slug)
    messages.success(request, message)
    gave_up_staff_rights = "remove" in request.POST or membership.role != Membership.Role.OWNER
    if membership.user_id == request.user.pk and gave_up_staff_rights:
        # The person removed themselves or gave up being an owner: this page is no longer theirs.
        return redirect("manage:home")
    return redirect("manage:staff", association.slug)


@login_required
@require_http_methods(["GET", "POST"])
def staff_leave(request, slug):
    """A staff member leaves the association's staff: GET asks to confirm (or tells the last
    owner why they cannot leave yet), POST leaves; the last owner cannot."""
    association = get_association_for(request, slug, need=Capability.EDIT)
    membership = association.memberships.filter(user=request.user).first()
    if membership is None:
        raise Http404  # a superuser or coordinator is not staff: nothing to leave
    if request.method == "GET":
        return render(
            request,
            "manage/staff_leave.html",
            {
                "association": association,
                "membership": membership,
                "is_last_owner": services.membership_is_last_owner(membership),
            },
        )
    try:
        services.membership_remove(membership=membership, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("manage:home")
    messages.success(request, _("You left the staff of %(name)s.") % {"name": association.name})
    return redirect("manage:home")


@login_required
@require_POST
def invitation_revoke(request, slug, pk):
    association = get_association_for(request, slug, need=Capability.MANAGE_STAFF)
    invitation = get_object_or_404(association.invitations, pk=pk)
    try:
        services.invitation_revoke(invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("The invitation to %(email)s was revoked.") % {"email": invitation.email},
        )
    return redirect("manage:staff", association.slug)


# --- Join requests -----------------------------------------------------------------------------


def _join_requests_page(request, association, *, forms=None, status=200):
    forms = forms or {}
    requests_ = list(
        association.join_requests.select_related("user", "handled_by").order_by(
            "-status", "-created_at"
        )
    )
    # Pending first ("pending" sorts after the other states), then the newest.
    for join_request in requests_:
        if join_request.status == JoinRequest.Status.PENDING:
            join_request.form = forms.get(join_request.pk) or JoinRequestAnswerForm(
                prefix=f"answer-{join_request.pk}"
            )
    return render(
        request,
        "manage/join_requests.html",
        {
            "association": association,
            "pending": [r for r in requests_ if r.status == JoinRequest.Status.PENDING],
            "answered": [r for r in requests_ if r.status != JoinRequest.Status.PENDING],
        },
        status=status,
    )


@login_required
@require_http_methods(["GET"])
def join_requests(request, slug):
    association = get_association_for(request, slug, need=Capability.EDIT)
    return _join_requests_page(request, association)


@login_required
@require_POST
def join_request_answer(request, slug, pk):
    """Accept or decline one request with an answer; on errors the list comes back with the
    answer typed kept beside that request."""
    association = get_association_for(request, slug, need=Capability.EDIT)
    join_request = get_object_or_404(association.join_requests.select_related("user"), pk=pk)
    form = JoinRequestAnswerForm(request.POST, prefix=f"answer-{join_request.pk}")
    if form.is_valid():
        try:
            services.join_request_answer(
                join_request=join_request,
                accept=form.cleaned_data["decision"] == JoinRequestAnswerForm.ACCEPT,
                response=form.cleaned_data["response"],
                handled_by=request.user,
            )
        except ValidationError as error:
            messages.error(request, _error_text(error))
            return redirect("manage:join-requests", association.slug)
        messages.success(
            request,
            _("Your answer was sent to %(name)s.") % {"name": join_request.user.display_name},
        )
        return redirect("manage:join-requests", association.slug)
    if join_request.status != JoinRequest.Status.PENDING:
        messages.error(request, _("This request has already been answered or withdrawn."))
        return redirect("manage:join-requests", association.slug)
    return _join_requests_page(request, association, forms={join_request.pk: form})


# --- Public: invitations and the person's own join requests -----------------------------------


@require_http_methods(["GET", "POST"])
def invitation_detail(request, token):
    """The invitation link: shows the invitation, and a logged-in person accepts it by POST.
    Anonymous people are asked to log in or sign up and come back."""
    invitation = services.invitation_by_token(token)
    if invitation is None or not invitation.is_pending:
        return render(
            request,
            "associations/invitation_invalid.html",
            {"invitation": invitation, "now": timezone.now()},
            status=404 if invitation is None else 410,
        )
    error = None
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        try:
            services.invitation_accept(invitation=invitation, user=request.user)
        except ValidationError as exc:
            error = _error_text(exc)
        else:
            messages.success(
                request,
                _("Welcome to the staff of %(name)s!") % {"name": invitation.association.name},
            )
            return redirect("manage:home")
    elif request.user.is_authenticated and not services.user_has_email(
        request.user, invitation.email
    ):
        error = _(
            "This invitation was sent to another email address. Log in with the address "
            "the invitation came to."
        )
    return render(
        request,
        "associations/invitation.html",
        {"invitation": invitation, "association": invitation.association, "error": error},
        status=403 if error and request.method == "POST" else 200,
    )


@login_required
@require_POST
def join_request_withdraw(request, pk):
    """The person takes back their own request; anyone else's is not found."""
    join_request = get_object_or_404(request.user.join_requests, pk=pk)
    try:
        services.join_request_withdraw(join_request=join_request, user=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("You withdrew your request."))
    return redirect("portal:my-page")
