"""The filter form of a list page is ready to render once its counts are shown: drawing it
queries nothing, and its options are the counted ones in the model's order."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from associations.selectors import browse_associations
from tests.factories import AssociationFactory

pytestmark = pytest.mark.django_db


def render_filter_form(query):
    AssociationFactory(municipality="kouvola", categories=["youth"], languages=["fi"])
    AssociationFactory(municipality="lappeenranta", categories=["youth"], languages=["sv"])
    with translation.override("en"):
        filterset, _page = browse_associations(QueryDict(query))
        with CaptureQueriesContext(connection) as queries:
            html = filterset.form.render()
    return html, queries


def test_rendering_the_filter_form_queries_nothing():
    html, queries = render_filter_form("region=kymenlaakso")

    assert len(queries) == 0
    assert '<option value="kymenlaakso" selected>Kymenlaakso (1)</option>' in html
    assert '<option value="etela-karjala">Etelä-Karjala (1)</option>' in html
    # Only the chosen region's municipalities with cards are offered, with the empty option first.
    assert '<option value="" selected>All municipalities</option>\n  <option value="kouvola">' in (
        html
    )
    assert 'value="lappeenranta"' not in html


def test_an_invalid_choice_is_still_shown_as_an_error():
    html, queries = render_filter_form("language=zz")

    assert len(queries) == 0
    assert 'href="#id_language"' in html
    assert 'aria-invalid="true"' in html
