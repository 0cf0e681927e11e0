"""The short list in the person's download of their data, and gone with their account."""

import json

import pytest

from core import personal_data
from shortlists.models import ShortList, ShortListItem
from tests.factories import UserFactory

from .conftest import add

pytestmark = pytest.mark.django_db


def test_the_list_is_in_the_download(client, opportunity, offering):
    person = UserFactory()
    client.force_login(person)
    add(client, opportunity)
    add(client, offering)
    client.post(
        "/en/shortlist/",
        {
            "note": "Asiakkaalle",
            f"note-opportunity-{opportunity.pk}": "Soita",
            f"note-offering-{offering.pk}": "",
        },
    )
    client.post("/en/shortlist/share/")

    data = personal_data.export_for(person)["shortlists"]

    json.dumps(data)  # ready for the download
    assert data["note"] == "Asiakkaalle" and data["shared"] is True
    assert [(item["kind"], item["id"], item["title"], item["note"]) for item in data["items"]] == [
        ("opportunity", opportunity.pk, "Iltakahvila", "Soita"),
        ("offering", offering.pk, "Nuorten vertaisryhmä", ""),
    ]
    # The link's token is not in the download: it would work for whoever sees the file.
    assert ShortList.objects.get().share_token not in json.dumps(data)


def test_without_a_list_the_section_is_empty():
    assert personal_data.export_for(UserFactory())["shortlists"] is None


def test_the_list_goes_with_the_account(client, opportunity):
    person = UserFactory()
    client.force_login(person)
    add(client, opportunity)

    personal_data.erase_for(person)
    person.delete()

    assert not ShortList.objects.exists() and not ShortListItem.objects.exists()
