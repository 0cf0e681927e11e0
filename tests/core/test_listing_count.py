"""The number of results comes from the facet counting pass, not from a COUNT of its own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AssociationFactory, OpportunityFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 3),
        ("?region=kymenlaakso", 2),
        ("?region=kymenlaakso&municipality=kotka", 1),
        ("?step_free=on", 1),
        # An unknown region is an error on the form; the list shows every card.
        ("?region=atlantis", 3),
    ],
)
def test_the_listing_counts_what_it_lists(client, query, expected):
    AssociationFactory(municipality="kotka", step_free_access=True)
    AssociationFactory(municipality="kouvola")
    AssociationFactory(municipality="helsinki")

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/associations/{query}")

    page = response.context["page_obj"]
    assert page.paginator.count == expected == len(page.object_list)
    counted = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT")]
    if "atlantis" not in query:
        assert counted == []


def test_the_opportunity_listing_counts_what_it_lists(client):
    OpportunityFactory.create_batch(3, type="volunteer")
    OpportunityFactory(type="event_help")

    response = client.get("/en/opportunities/?type=volunteer")

    page = response.context["page_obj"]
    assert page.paginator.count == 3 == len(page.object_list)
