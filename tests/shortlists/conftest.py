import pytest

from associations.services import offering_create
from tests.factories import AssociationFactory, OpportunityFactory


def make_offering(association=None, name="Nuorten vertaisryhmä"):
    """An activity on a card (a published one in Kouvola unless given)."""
    return offering_create(
        association=association or AssociationFactory(),
        fields={
            "kind": "peer_support",
            "name": name,
            "for_whom": "16–25-vuotiaille",
            "when": "Tiistaisin 17–19",
            "how_to_take_part": "Tule paikalle.",
        },
    )


def add(client, target, *, next_url=""):
    kind = "offering" if hasattr(target, "how_to_take_part") else "opportunity"
    return client.post("/en/shortlist/add/", {"kind": kind, "pk": target.pk, "next": next_url})


def remove(client, target, *, next_url=""):
    kind = "offering" if hasattr(target, "how_to_take_part") else "opportunity"
    return client.post("/en/shortlist/remove/", {"kind": kind, "pk": target.pk, "next": next_url})


@pytest.fixture
def opportunity():
    return OpportunityFactory(title="Iltakahvila", evening=True, association__name="Kipinä ry")


@pytest.fixture
def offering():
    return make_offering()
