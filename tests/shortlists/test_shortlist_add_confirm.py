"""The page behind the "Add to short list" link of a visitor without a session: the item and the
usual button, which adds it and goes back to the page the link was on."""

import re

import pytest
from django.utils import translation

from associations.models import Association
from shortlists.services import SESSION_KEY
from tests.factories import AssociationFactory, OpportunityFactory, UserFactory

from .conftest import make_offering

pytestmark = pytest.mark.django_db


def confirm_url(kind, target, *, next_url=None):
    url = f"/en/shortlist/add/{kind}/{target.pk}/"
    return url if next_url is None else f"{url}?next={next_url}"


def press_the_button(client, response, **kwargs):
    """Post the page's form as the browser would: its action and its hidden fields."""
    html = response.content.decode()
    form = html[html.index('<form class="form shortlist-add"') :]
    form = form[: form.index("</form>")]
    action = re.search(r'action="([^"]+)"', form).group(1)
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))
    return client.post(action, fields, **kwargs)


def english_url(thing) -> str:
    with translation.override("en"):
        return thing.get_absolute_url()


def test_the_page_shows_the_item_and_adds_it(client, opportunity, django_assert_max_num_queries):
    page = english_url(opportunity)
    with django_assert_max_num_queries(6):
        response = client.get(confirm_url("opportunity", opportunity, next_url=page))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Iltakahvila" in html and "Kipinä ry" in html
    assert "Add to my short list" in html and 'name="csrfmiddlewaretoken"' in html
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{page}">Cancel</a>' in html

    added = press_the_button(client, response, follow=True)

    assert added.redirect_chain == [(page, 302)]
    assert client.session[SESSION_KEY]["items"] == [["opportunity", opportunity.pk, ""]]
    messages = [str(message) for message in added.context["messages"]]
    assert messages == ["“Iltakahvila” is on your short list."]
    assert "On your short list ✓" in added.content.decode()


def test_an_activity_goes_back_to_its_place_on_the_card(client, offering):
    card = english_url(offering.association)
    response = client.get(
        confirm_url("offering", offering, next_url=f"{card}%23activity-{offering.pk}")
    )

    assert "Nuorten vertaisryhmä" in response.content.decode()
    added = press_the_button(client, response)

    assert added.status_code == 302 and added.url == f"{card}#activity-{offering.pk}"
    assert client.session[SESSION_KEY]["items"] == [["offering", offering.pk, ""]]


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example.com/", "//evil.example.com/", "", "/" + "x" * 600],
    ids=["another site", "scheme-relative", "none", "too long"],
)
def test_a_bad_way_back_is_ignored(client, opportunity, next_url):
    response = client.get(confirm_url("opportunity", opportunity, next_url=next_url))

    assert response.status_code == 200
    assert 'name="next" value=""' in response.content.decode()
    assert f'href="{english_url(opportunity)}">Cancel</a>' in response.content.decode()
    assert press_the_button(client, response).url == "/en/shortlist/"
    assert client.session[SESSION_KEY]["items"] == [["opportunity", opportunity.pk, ""]]


def test_logged_in_the_item_goes_to_ones_own_list(client, opportunity):
    person = UserFactory()
    client.force_login(person)
    response = client.get(confirm_url("opportunity", opportunity))

    assert "kept in this browser" not in response.content.decode()
    press_the_button(client, response)
    assert list(person.shortlist.items.values_list("opportunity", flat=True)) == [opportunity.pk]


@pytest.mark.parametrize(
    "trait", ["draft", "pending", "closed", "archived"], ids=lambda trait: trait
)
def test_only_a_current_opportunity_has_the_page(client, trait):
    opportunity = OpportunityFactory(**{trait: True})

    assert client.get(confirm_url("opportunity", opportunity)).status_code == 404


def test_an_opportunity_of_a_hidden_card_has_no_page(client):
    opportunity = OpportunityFactory(association__status=Association.Status.HIDDEN)

    assert client.get(confirm_url("opportunity", opportunity)).status_code == 404


def test_an_activity_of_a_draft_card_has_no_page(client):
    offering = make_offering(AssociationFactory(draft=True))

    assert client.get(confirm_url("offering", offering)).status_code == 404
    assert SESSION_KEY not in client.session


@pytest.mark.parametrize(
    "url",
    ["/en/shortlist/add/association/1/", "/en/shortlist/add/opportunity/999999/"],
    ids=["unknown kind", "no such opportunity"],
)
def test_a_broken_link_is_not_found(client, url):
    assert client.get(url).status_code == 404


def test_the_page_takes_only_gets(client, opportunity):
    assert client.post(confirm_url("opportunity", opportunity)).status_code == 405
