"""The workspace's start page: the person's own associations and what waits for an answer."""

import pytest

from tests.factories import (
    AssociationFactory,
    JoinRequestFactory,
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
)
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db


def test_lists_only_the_persons_associations_with_what_waits(client, django_assert_max_num_queries):
    staff = UserFactory()
    own = AssociationFactory(name="Kotkan Kuoro")
    MembershipFactory(association=own, user=staff, role="owner")
    JoinRequestFactory.create_batch(2, association=own)
    SignUpFactory(opportunity=OpportunityFactory(association=own), status=SignUp.Status.PENDING)
    AssociationFactory(name="Toisen Yhdistys")
    client.force_login(staff)

    with django_assert_max_num_queries(8):
        response = client.get("/en/manage/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Kotkan Kuoro" in page
    assert "Toisen Yhdistys" not in page
    assert "You are an owner" in page
    assert "2 join requests wait for an answer" in page
    assert "1 new sign-up" in page


def test_query_count_does_not_grow_with_associations(client, django_assert_max_num_queries):
    staff = UserFactory()
    for _ in range(6):
        association = AssociationFactory()
        MembershipFactory(association=association, user=staff, role="editor")
        JoinRequestFactory(association=association)
    client.force_login(staff)

    with django_assert_max_num_queries(8):
        response = client.get("/en/manage/")

    assert response.content.decode().count("You are an editor") == 6


def test_someone_with_no_association_is_told_how_to_get_one(client):
    client.force_login(UserFactory())

    response = client.get("/manage/")

    assert "Et ole vielä minkään yhdistyksen tekijä" in response.content.decode()
