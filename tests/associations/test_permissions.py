"""Who may do what with an association: associations/permissions.py.

For every persona and card status: the capabilities granted, and for each capability the
answer (the card; 404 without a role, so that its existence is not revealed; 403 for a role
without the capability). The expected capabilities are written out in tests/personas.py, not
read from the module under test. The URLs themselves are proven by
tests/portal/test_permission_matrix.py.
"""

import contextlib

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from accounts.models import RegionCoordinator
from associations.models import Association
from associations.permissions import (
    Capability,
    Role,
    association_capabilities,
    association_roles,
    can_view_association,
    get_association_for,
)
from core.models import Region
from tests.factories import AssociationFactory, MembershipFactory, UserFactory
from tests.personas import NO_ROLE, PERSONAS, expected_capabilities, make_persona

pytestmark = pytest.mark.django_db

SEE, EDIT, MODERATE = Capability.SEE, Capability.EDIT, Capability.MODERATE
SEE_HISTORY = Capability.SEE_HISTORY

STATUSES = ["published", "draft", "pending", "hidden"]


def expected_grants(persona, status):
    return expected_capabilities(persona, is_public=status == "published")


def card_in(status):
    traits = {
        "published": {},
        "draft": {"draft": True},
        "pending": {"status": Association.Status.PENDING, "published_at": None},
        "hidden": {"hidden": True},
    }
    return AssociationFactory(**traits[status])


def request_of(rf, user):
    request = rf.get("/")
    request.user = user or AnonymousUser()
    return request


def answer(request, slug, need):
    """What get_association_for answers: the capabilities granted, or 404 or 403."""
    try:
        get_association_for(request, slug, need=need)
    except Http404:
        return 404
    except PermissionDenied:
        return 403
    return request.association_capabilities


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_get_association_for(rf, persona, status):
    association = card_in(status)
    user = make_persona(persona, association)
    granted = expected_grants(persona, status)
    # No role: 404, so that the card's existence is not revealed. A role without it: 403.
    refused = 404 if persona in NO_ROLE else 403

    answers = {need: answer(request_of(rf, user), association.slug, need) for need in Capability}

    assert answers == {need: granted if need in granted else refused for need in Capability}


@pytest.mark.parametrize(
    ("persona", "roles"),
    [
        ("anonymous", set()),
        ("outsider", set()),
        ("other_staff", set()),
        ("other_coordinator", set()),
        ("editor", {Role.EDITOR}),
        ("owner", {Role.OWNER}),
        ("coordinator", {Role.COORDINATOR}),
        ("superuser", {Role.SUPERUSER}),
    ],
)
def test_the_roles_are_kept_on_the_request(rf, persona, roles):
    association = AssociationFactory()
    request = request_of(rf, make_persona(persona, association))

    get_association_for(request, association.slug, need=SEE)

    assert request.association_roles == roles


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_roles_are_read_with_the_row(rf, django_assert_num_queries, persona):
    """One query loads the card and the person's roles, whether the answer is 200, 403 or 404."""
    association = card_in("pending")
    request = request_of(rf, make_persona(persona, association))

    with django_assert_num_queries(1), contextlib.suppress(Http404, PermissionDenied):
        get_association_for(request, association.slug, need=MODERATE)


def test_roles_add_up(rf):
    """An editor who also coordinates the region has both roles' capabilities."""
    association = AssociationFactory(status=Association.Status.DRAFT)
    user = MembershipFactory(association=association).user
    RegionCoordinator.objects.create(user=user, region=association.home_municipality.region)
    request = request_of(rf, user)

    get_association_for(request, association.slug, need=MODERATE)

    assert request.association_roles == {Role.EDITOR, Role.COORDINATOR}
    assert request.association_capabilities == {SEE, EDIT, MODERATE, SEE_HISTORY}


def test_a_coordinator_of_any_region_where_the_card_is_active(rf):
    """The home municipality is in Kymenlaakso; the card is also active in Tampere."""
    association = AssociationFactory(status=Association.Status.PENDING, municipalities=["tampere"])
    user = UserFactory()
    RegionCoordinator.objects.create(user=user, region=Region.objects.get(slug="pirkanmaa"))

    get_association_for(request_of(rf, user), association.slug, need=MODERATE)

    assert association_roles(user, association) == {Role.COORDINATOR}


def test_django_staff_status_alone_gives_no_role(rf):
    association = AssociationFactory(status=Association.Status.DRAFT)
    user = UserFactory(is_staff=True)

    with pytest.raises(Http404):
        get_association_for(request_of(rf, user), association.slug, need=SEE)


def test_an_owner_of_one_card_has_no_role_in_another(rf):
    mine = AssociationFactory(status=Association.Status.DRAFT)
    theirs = AssociationFactory(status=Association.Status.DRAFT)
    user = MembershipFactory(association=mine, owner=True).user

    with pytest.raises(Http404):
        get_association_for(request_of(rf, user), theirs.slug, need=SEE)


def test_an_unknown_slug_is_not_found_even_for_a_superuser(rf):
    with pytest.raises(Http404):
        get_association_for(request_of(rf, UserFactory(is_superuser=True)), "nobody", need=SEE)


def test_the_view_queryset_limits_what_is_found(rf):
    """A view may narrow the rows it loads; a card outside them is not found, whoever asks."""
    association = AssociationFactory(status=Association.Status.DRAFT)
    request = request_of(rf, UserFactory(is_superuser=True))

    with pytest.raises(Http404):
        get_association_for(
            request, association.slug, need=SEE, queryset=Association.objects.published()
        )


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_the_helpers_for_templates_and_other_apps_agree(persona, status):
    association = card_in(status)
    user = make_persona(persona, association) or AnonymousUser()
    granted = expected_grants(persona, status)

    assert association_capabilities(user, association) == granted
    assert can_view_association(user, association) == (SEE in granted)
