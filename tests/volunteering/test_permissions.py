"""Who may do what with an opportunity or a sign-up: volunteering/permissions.py.

Roles come from the opportunity's association; a published or closed opportunity of a public
card can be seen by everyone, anything else only by the association's people. The expected
capabilities are written out in tests/personas.py.
"""

import contextlib

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from associations.models import Association
from associations.permissions import Capability
from tests.factories import (
    AssociationFactory,
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
)
from tests.personas import NO_ROLE, PERSONAS, expected_capabilities, make_persona
from volunteering.models import Opportunity
from volunteering.permissions import get_opportunity_for, get_own_signup_for

pytestmark = pytest.mark.django_db

OPPORTUNITY_STATUSES = list(Opportunity.Status)
PUBLIC_STATUSES = {Opportunity.Status.PUBLISHED, Opportunity.Status.CLOSED}


def request_of(rf, user):
    request = rf.get("/")
    request.user = user or AnonymousUser()
    return request


def answer(request, slug, need):
    """What get_opportunity_for answers: the capabilities granted, or 404 or 403."""
    try:
        opportunity = get_opportunity_for(request, slug, need=need)
    except Http404:
        return 404
    except PermissionDenied:
        return 403
    assert opportunity.slug == slug
    return request.association_capabilities


def expected_answers(persona, *, is_public):
    granted = expected_capabilities(persona, is_public=is_public)
    refused = 404 if persona in NO_ROLE else 403
    return {need: granted if need in granted else refused for need in Capability}


@pytest.mark.parametrize("status", OPPORTUNITY_STATUSES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_get_opportunity_for(rf, persona, status):
    opportunity = OpportunityFactory(status=status)
    user = make_persona(persona, opportunity.association)

    answers = {need: answer(request_of(rf, user), opportunity.slug, need) for need in Capability}

    assert answers == expected_answers(persona, is_public=status in PUBLIC_STATUSES)


@pytest.mark.parametrize("card_status", ["draft", "pending", "hidden"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_a_published_opportunity_of_a_card_that_is_not_public(rf, persona, card_status):
    association = AssociationFactory(status=card_status)
    opportunity = OpportunityFactory(association=association)
    user = make_persona(persona, association)

    answers = {need: answer(request_of(rf, user), opportunity.slug, need) for need in Capability}

    assert answers == expected_answers(persona, is_public=False)


def test_a_role_in_another_association_gives_nothing_here(rf):
    opportunity = OpportunityFactory(draft=True)
    other = AssociationFactory(status=Association.Status.DRAFT)
    user = MembershipFactory(association=other, owner=True).user

    with pytest.raises(Http404):
        get_opportunity_for(request_of(rf, user), opportunity.slug, need=Capability.SEE)


def test_an_unknown_slug_is_not_found_even_for_a_superuser(rf):
    request = request_of(rf, UserFactory(is_superuser=True))

    with pytest.raises(Http404):
        get_opportunity_for(request, "nothing-here", need=Capability.SEE)


def test_the_view_queryset_limits_what_is_found(rf):
    opportunity = OpportunityFactory(draft=True)
    request = request_of(rf, UserFactory(is_superuser=True))

    with pytest.raises(Http404):
        get_opportunity_for(
            request,
            opportunity.slug,
            need=Capability.SEE,
            queryset=Opportunity.objects.filter(status=Opportunity.Status.PUBLISHED),
        )


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_opportunity_its_association_and_the_roles_in_one_query(
    rf, django_assert_num_queries, persona
):
    opportunity = OpportunityFactory(pending=True)
    request = request_of(rf, make_persona(persona, opportunity.association))

    with django_assert_num_queries(1), contextlib.suppress(Http404, PermissionDenied):
        get_opportunity_for(request, opportunity.slug, need=Capability.MODERATE)
    if persona not in NO_ROLE:
        with django_assert_num_queries(0):
            assert opportunity.association.name


# --- Own sign-ups -------------------------------------------------------------------------------


def test_own_signup_is_loaded_with_its_opportunity(rf, django_assert_num_queries):
    signup = SignUpFactory()
    request = request_of(rf, signup.user)

    with django_assert_num_queries(1):
        loaded = get_own_signup_for(request, signup.pk)
        assert loaded.opportunity.title == signup.opportunity.title

    assert loaded == signup


def test_own_withdrawn_signup_is_still_own(rf):
    """Whether it can be withdrawn again is for the service to say, not the permissions."""
    signup = SignUpFactory(withdrawn=True)

    assert get_own_signup_for(request_of(rf, signup.user), signup.pk) == signup


@pytest.mark.parametrize("persona", PERSONAS)
def test_someone_elses_signup_is_not_found(rf, persona):
    """Not even the association's owner or a superuser loads a sign-up as their own."""
    signup = SignUpFactory()
    request = request_of(rf, make_persona(persona, signup.opportunity.association))

    with pytest.raises(Http404):
        get_own_signup_for(request, signup.pk)


def test_an_unknown_signup_is_not_found(rf):
    with pytest.raises(Http404):
        get_own_signup_for(request_of(rf, UserFactory()), 404404)
