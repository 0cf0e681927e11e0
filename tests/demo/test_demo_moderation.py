"""The demo's moderation queue: a card waiting for verification and an opportunity waiting for
review in the demo coordinator's regions, with what helps to check them."""

import pytest
from django.contrib.auth import get_user_model

from associations.models import Association
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def test_the_demo_coordinator_finds_both_in_the_queue(client, demo):
    client.force_login(get_user_model().objects.get(email="koordinaattori@example.fi"))

    response = client.get("/en/coordinate/queue/")

    items = [(entry.kind, entry.item.slug) for entry in response.context["items"]]
    assert items == [
        ("association", "taavetin-nuorisokahvila-ry"),
        ("opportunity", "tassu-kissalan-siivousvuorot"),
    ]
    page = response.content.decode()
    assert "Has waited 4\xa0days" in page and "Has waited 2\xa0days" in page


def test_the_waiting_card_shows_who_made_it_and_the_similar_card(client, demo):
    card = Association.objects.get(slug="taavetin-nuorisokahvila-ry")
    assert card.status == Association.Status.PENDING and not card.is_verified
    client.force_login(get_user_model().objects.get(email="koordinaattori@example.fi"))

    response = client.get(f"/en/coordinate/associations/{card.slug}/")

    assert [other.slug for other in response.context["similar"]] == ["taavetin-nuorisokahvila"]
    page = response.content.decode()
    assert "nuorisokahvila@example.fi" in page
    assert "https://tietopalvelu.ytj.fi/yritys/3391274-3" in page


def test_the_waiting_opportunity_is_not_public(client, demo):
    opportunity = Opportunity.objects.get(slug="tassu-kissalan-siivousvuorot")

    assert opportunity.status == Opportunity.Status.PENDING
    assert not opportunity.association.is_verified
    assert client.get(f"/en/opportunities/{opportunity.slug}/").status_code == 404
