"""Featured cards and opportunities: the coordinator's list, search, add, move and remove
(each decision in the audit log), only in their own regions, and the region and home pages
that show them at a constant number of queries."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from associations.models import Association
from coordination.models import Feature
from core.audit import AuditAction, AuditEntry
from core.models import Region
from tests.factories import AssociationFactory, MembershipFactory, OpportunityFactory, UserFactory

from .conftest import coordinator_of

pytestmark = pytest.mark.django_db

LIST = reverse("coordinate:featured")
ADD = reverse("coordinate:feature-add")
KYMENLAAKSO_PAGE = reverse("portal:region-detail", args=["kymenlaakso"])
HOME = reverse("portal:home")


@pytest.fixture
def coordinator(db):
    return coordinator_of("kymenlaakso")


@pytest.fixture
def card(db):
    return AssociationFactory(name="Kouvolan Kiito", municipality="kouvola")


@pytest.fixture
def elsewhere(db):
    return AssociationFactory(name="Jyväskylän Kiito", municipality="jyvaskyla")


def region(slug):
    return Region.objects.get(slug=slug)


def feature(item, slug="kymenlaakso", **fields):
    kind = "association" if isinstance(item, Association) else "opportunity"
    return Feature.objects.create(region=region(slug), **{kind: item}, **fields)


def add(client, item, slug="kymenlaakso"):
    kind = "association" if isinstance(item, Association) else "opportunity"
    return client.post(ADD, {"region": slug, "kind": kind, "pk": item.pk})


def actions():
    return list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))


# --- Who may ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_log_in_first(client, method):
    response = getattr(client, method)(LIST if method == "get" else ADD)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_people_without_a_region_get_404_everywhere(client, card):
    staff = MembershipFactory(association=card, owner=True).user
    client.force_login(staff)
    kept = feature(card)
    assert client.get(LIST).status_code == 404
    assert add(client, card).status_code == 404
    assert client.post(reverse("coordinate:feature-remove", args=[kept.pk])).status_code == 404
    move = reverse("coordinate:feature-move", args=[kept.pk])
    assert client.post(move, {"direction": "up"}).status_code == 404
    assert Feature.objects.count() == 1


def test_items_of_other_regions_are_404_on_every_url(client, coordinator, elsewhere):
    client.force_login(coordinator)
    opportunity = OpportunityFactory(association=elsewhere, place="jyvaskyla")
    assert add(client, elsewhere).status_code == 404
    assert add(client, opportunity).status_code == 404
    # Their own region with someone else's card is no better.
    assert add(client, elsewhere, slug="kymenlaakso").status_code == 404
    assert add(client, elsewhere, slug="keski-suomi").status_code == 404
    theirs = feature(elsewhere, slug="keski-suomi")
    assert client.post(reverse("coordinate:feature-remove", args=[theirs.pk])).status_code == 404
    move = reverse("coordinate:feature-move", args=[theirs.pk])
    assert client.post(move, {"direction": "down"}).status_code == 404
    page = client.get(LIST, {"region": "kymenlaakso", "q": "Kiito"})
    assert "Jyväskylän Kiito" not in page.content.decode()
    assert client.get(LIST, {"region": "keski-suomi", "q": "Kiito"}).context["candidates"] is None
    assert Feature.objects.count() == 1 and not AuditEntry.objects.exists()


def test_bad_input_is_404(client, coordinator, card):
    client.force_login(coordinator)
    assert (
        client.post(ADD, {"region": "kymenlaakso", "kind": "thing", "pk": card.pk}).status_code
        == 404
    )
    assert (
        client.post(ADD, {"region": "kymenlaakso", "kind": "association", "pk": "x"}).status_code
        == 404
    )
    kept = feature(card)
    move = reverse("coordinate:feature-move", args=[kept.pk])
    assert client.post(move, {"direction": "sideways"}).status_code == 404


# --- Searching and featuring -----------------------------------------------------------------


def test_the_search_finds_public_cards_and_opportunities_of_the_region(client, coordinator, card):
    AssociationFactory(name="Kiito luonnos", draft=True)
    opportunity = OpportunityFactory(association=card, title="Kiito talkoot")
    OpportunityFactory(association=card, title="Kiito vanha", closed=True)
    client.force_login(coordinator)

    response = client.get(LIST, {"region": "kymenlaakso", "q": "kiito"})

    assert response.status_code == 200
    assert response.context["candidates"]["associations"] == [card]
    assert response.context["candidates"]["opportunities"] == [opportunity]
    assert (
        "Feature on the region page"
        in client.get("/en" + LIST, {"region": "kymenlaakso", "q": "kiito"}).content.decode()
    )


def test_a_search_with_errors_keeps_what_was_typed(client, coordinator):
    client.force_login(coordinator)
    response = client.get(LIST, {"region": "uusimaa", "q": "kerho"})
    assert response.context["candidates"] is None
    assert response.context["form"].errors["region"]
    assert 'value="kerho"' in response.content.decode()


def test_featuring_a_card_and_an_opportunity(client, coordinator, card):
    opportunity = OpportunityFactory(association=card)
    client.force_login(coordinator)

    assert add(client, card).url == LIST
    assert add(client, opportunity).url == LIST

    features = list(Feature.objects.order_by("position"))
    assert [(f.item, f.position, f.created_by) for f in features] == [
        (card, 0, coordinator),
        (opportunity, 1, coordinator),
    ]
    assert actions() == [AuditAction.FEATURED, AuditAction.FEATURED]
    entry = AuditEntry.objects.order_by("pk").last()
    assert entry.actor == coordinator and entry.target_id == opportunity.pk
    assert list(entry.regions.values_list("slug", flat=True)) == ["kymenlaakso"]
    page = client.get(LIST).content.decode()
    assert card.name in page and opportunity.title in page


def test_featuring_twice_is_refused(client, coordinator, card):
    client.force_login(coordinator)
    add(client, card)
    response = client.post(
        "/en" + ADD, {"region": "kymenlaakso", "kind": "association", "pk": card.pk}, follow=True
    )
    assert Feature.objects.count() == 1
    assert "It is already featured in this region." in response.content.decode()
    assert actions() == [AuditAction.FEATURED]


@pytest.mark.parametrize("status", ["draft", "hidden"])
def test_a_card_that_is_not_public_cannot_be_featured(client, coordinator, status):
    hidden = AssociationFactory(**{status: True})
    client.force_login(coordinator)

    response = client.post(
        "/en" + ADD, {"region": "kymenlaakso", "kind": "association", "pk": hidden.pk}, follow=True
    )

    assert (
        "Only published cards and open opportunities can be featured." in response.content.decode()
    )
    assert not Feature.objects.exists() and not AuditEntry.objects.exists()


def test_an_opportunity_that_is_not_open_cannot_be_featured(client, coordinator, card):
    closed = OpportunityFactory(association=card, closed=True)
    client.force_login(coordinator)
    add(client, closed)
    assert not Feature.objects.exists()


def test_a_superuser_features_anywhere(client, elsewhere):
    client.force_login(UserFactory(is_superuser=True))
    assert add(client, elsewhere, slug="keski-suomi").status_code == 302
    assert Feature.objects.get().region.slug == "keski-suomi"


# --- Moving and removing ---------------------------------------------------------------------


def test_moving_up_and_down(client, coordinator):
    first, second, third = (feature(AssociationFactory(), position=n) for n in range(3))
    client.force_login(coordinator)

    client.post(reverse("coordinate:feature-move", args=[third.pk]), {"direction": "up"})
    assert list(Feature.objects.order_by("position")) == [first, third, second]
    client.post(reverse("coordinate:feature-move", args=[first.pk]), {"direction": "down"})
    assert list(Feature.objects.order_by("position")) == [third, first, second]
    # The last one cannot go further down.
    client.post(reverse("coordinate:feature-move", args=[second.pk]), {"direction": "down"})
    assert list(Feature.objects.order_by("position")) == [third, first, second]


def test_removing(client, coordinator, card):
    kept = feature(card)
    client.force_login(coordinator)

    response = client.post(reverse("coordinate:feature-remove", args=[kept.pk]))

    assert response.url == LIST
    assert not Feature.objects.exists()
    assert actions() == [AuditAction.UNFEATURED]
    assert AuditEntry.objects.get().target_id == card.pk


def test_the_list_says_when_a_feature_is_not_shown(client, coordinator, card):
    feature(card)
    Association.objects.filter(pk=card.pk).update(status=Association.Status.HIDDEN)
    client.force_login(coordinator)
    page = client.get("/en" + LIST).content.decode()
    assert "Not shown: it is not public at the moment." in page


# --- The public pages ------------------------------------------------------------------------


def featured_names(response):
    return [str(f.item) for f in response.context["featured"]]


def test_the_region_page_shows_its_features_in_order_and_only_public_ones(client, card):
    opportunity = OpportunityFactory(association=card, title="Talkoot")
    other = AssociationFactory(name="Kotkan Kerho", municipality="kotka")
    feature(other, position=2)
    feature(opportunity, position=1)
    feature(card, position=0)
    feature(AssociationFactory(name="Jyväskylän Kerho", municipality="jyvaskyla"), "keski-suomi")

    response = client.get(KYMENLAAKSO_PAGE)

    assert featured_names(response) == ["Kouvolan Kiito", "Talkoot", "Kotkan Kerho"]
    page = response.content.decode()
    assert page.index("featured-items-title") < page.index("municipalities-title")
    assert 'id="featured-association-' in page

    Association.objects.filter(pk=other.pk).update(status=Association.Status.HIDDEN)
    opportunity.status = "closed"
    opportunity.save()
    assert featured_names(client.get(KYMENLAAKSO_PAGE)) == ["Kouvolan Kiito"]


def test_the_region_page_shows_six_at_most(client):
    for n in range(8):
        feature(AssociationFactory(), position=n)
    assert len(client.get(KYMENLAAKSO_PAGE).context["featured"]) == 6


def test_the_home_page_shows_the_newest_features_of_all_regions_once(client, card, elsewhere):
    opportunity = OpportunityFactory(association=card, title="Talkoot")
    feature(card)
    feature(elsewhere, "keski-suomi")
    feature(opportunity)
    feature(card, "etela-karjala")  # the same card in two regions: shown once
    draft = AssociationFactory(name="Luonnos", draft=True)
    Feature.objects.create(region=region("kymenlaakso"), association=draft)

    response = client.get(HOME)

    assert featured_names(response) == ["Kouvolan Kiito", "Talkoot", "Jyväskylän Kiito"]
    assert "featured-items-title" in response.content.decode()


def test_no_section_without_features(client):
    assert "featured-items-title" not in client.get(HOME).content.decode()


def cards_and_opportunities(count):
    made = []
    for _ in range(count):
        card = AssociationFactory(categories=["youth"])
        made += [card, OpportunityFactory(association=card, categories=["youth"])]
    return made


def features_everywhere(count):
    for position, item in enumerate(cards_and_opportunities(count)):
        feature(item, position=position)


@pytest.mark.parametrize("url", [HOME, KYMENLAAKSO_PAGE])
def test_the_public_pages_take_the_same_number_of_queries(
    client, url, django_assert_max_num_queries
):
    features_everywhere(1)
    with django_assert_max_num_queries(50) as few:
        client.get(url)
    features_everywhere(5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(response.context["featured"]) == 6


@pytest.mark.parametrize("url", [HOME, KYMENLAAKSO_PAGE])
def test_features_add_five_queries_at_most(client, url, django_assert_max_num_queries):
    """One for the features, and the cards and opportunities with what their summaries show
    (categories and languages of the cards, categories of the opportunities)."""
    items = cards_and_opportunities(3)
    with django_assert_max_num_queries(100) as without:
        client.get(url)
    for position, item in enumerate(items):
        feature(item, position=position)
    with django_assert_max_num_queries(len(without.captured_queries) + 5):
        client.get(url)


def test_a_change_of_features_empties_the_page_cache(
    client, settings, card, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    cache.clear()
    try:
        assert "featured-items-title" not in client.get(KYMENLAAKSO_PAGE).content.decode()
        coordinator = Client()
        coordinator.force_login(coordinator_of("kymenlaakso"))
        with django_capture_on_commit_callbacks(execute=True):
            add(coordinator, card)
        assert "featured-items-title" in client.get(KYMENLAAKSO_PAGE).content.decode()
    finally:
        cache.clear()
