"""The Django admin, for superusers: status changes go through the services."""

import pytest

from associations.models import Association
from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_publishing_a_draft_in_the_admin_stamps_its_publication(superuser_client):
    association = AssociationFactory(draft=True)

    response = superuser_client.post(
        "/en/admin/associations/association/",
        {"action": "publish", "_selected_action": [association.pk]},
    )

    association.refresh_from_db()
    assert response.status_code == 302
    assert association.status == Association.Status.PUBLISHED
    assert association.published_at is not None


def test_the_admin_change_page_opens(superuser_client):
    association = AssociationFactory()

    response = superuser_client.get(f"/en/admin/associations/association/{association.pk}/change/")

    assert response.status_code == 200


def test_staff_without_superuser_rights_cannot_use_the_admin_for_cards(client):
    client.force_login(UserFactory(is_staff=True))

    response = client.get("/en/admin/associations/association/")

    assert response.status_code == 403
