"""The facet keys stored on each card: what the listing's counts are read from."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from associations import services
from associations.filters import AssociationFilter
from associations.models import Association, Category, Offering, TargetGroup
from associations.selectors import published_associations
from core.facets import count_by, flag_condition
from core.models import Municipality
from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/en/associations/"
OFFERING = {
    "name": "Kerho",
    "for_whom": "Kaikille",
    "when": "Tiistaisin",
    "how_to_take_part": "Tule paikalle.",
}


def option(value, text, *, selected=False):
    return f'<option value="{value}"{" selected" if selected else ""}>{text}</option>'


def keys_of(association) -> set[str]:
    association.refresh_from_db(fields=["facet_keys"])
    return set(association.facet_keys.split())


def edit(association, **changes):
    """Save the card through the service, as its editor does, with some relations changed."""
    relations = {
        "categories": list(association.categories.all()),
        "target_groups": list(association.target_groups.all()),
        "languages": list(association.languages.all()),
        "municipalities": list(association.municipalities.all()),
        "meeting_times": [],
    }
    return services.association_update(
        association=association, fields={}, **{**relations, **changes}
    )


@pytest.fixture
def kouvola_card():
    return AssociationFactory(
        name="Kouvolan Nuorisoseura",
        categories=["youth"],
        target_groups=["youth"],
        languages=["fi"],
        evening=True,
        step_free_access=True,
    )


def test_a_card_has_a_key_for_each_option_and_flag(kouvola_card):
    Offering.objects.create(association=kouvola_card, kind="club", name="Kerho", is_free=True)
    services.association_refresh_derived_fields(association=kouvola_card)

    assert keys_of(kouvola_card) == {
        "region:kymenlaakso",
        "municipality:kouvola",
        "category:youth",
        "target_group:youth",
        "language:fi",
        "activity:club",
        "evening",
        "step_free",
        "free_activity",
    }


def test_adding_a_municipality_through_the_service_changes_the_region_counts(kouvola_card):
    AssociationFactory(municipality="lappeenranta")

    edit(kouvola_card, municipalities=[Municipality.objects.get(slug="imatra")])

    filterset = AssociationFilter({}, queryset=published_associations())
    counts = filterset.facet_counts()
    assert counts["region"] == {"kymenlaakso": 1, "etela-karjala": 2}
    assert counts["municipality"] == {"kouvola": 1, "imatra": 1, "lappeenranta": 1}
    assert "region:etela-karjala" in keys_of(kouvola_card)


def test_the_listing_shows_counts_after_an_edit(client, kouvola_card):
    edit(
        kouvola_card,
        categories=[Category.objects.get(slug="culture-arts")],
        target_groups=[TargetGroup.objects.get(slug="seniors")],
    )

    html = client.get(URL, {"region": "kymenlaakso"}).content.decode()

    assert option("culture-arts", "Culture and arts (1)") in html
    assert 'value="youth"' not in html


def test_activities_and_support_change_the_counts(kouvola_card):
    offering = services.offering_create(
        association=kouvola_card,
        fields={**OFFERING, "kind": "club", "is_free": False},
    )
    filterset = AssociationFilter({}, queryset=published_associations())
    assert filterset.facet_counts()["activity"] == {"club": 1}
    assert filterset.facet_counts()["free_activity"] == 0

    services.offering_update(offering=offering, fields={"is_free": True})
    assert (
        AssociationFilter({}, queryset=published_associations()).facet_counts()["free_activity"]
        == 1
    )

    services.offering_delete(offering=offering)
    counts = AssociationFilter({}, queryset=published_associations()).facet_counts()
    assert counts["activity"] == {}
    assert counts["free_activity"] == 0


def test_a_ticked_flag_is_counted_without_itself(kouvola_card):
    AssociationFactory(step_free_access=False)

    counts = AssociationFilter(
        {"step_free": "on", "evening": "on"}, queryset=published_associations()
    ).facet_counts()

    # Each ticked box counted under the other one only.
    assert counts["step_free"] == 1
    assert counts["evening"] == 1
    assert counts["region"] == {"kymenlaakso": 1}


@pytest.fixture
def many_cards():
    cards = [
        AssociationFactory(
            municipality="lappeenranta",
            municipalities=["kotka"],
            categories=["social-health"],
            target_groups=["everyone"],
            languages=["fi", "sv"],
            step_free_access=False,
        ),
        AssociationFactory(
            municipality="imatra", categories=["culture-arts"], languages=["en"], evening=True
        ),
        AssociationFactory(
            municipality="jyvaskyla", categories=["youth", "hobbies"], step_free_access=True
        ),
        AssociationFactory(categories=["youth"], target_groups=["youth"], evening=True),
        AssociationFactory(draft=True, categories=["youth"]),
    ]
    services.offering_create(
        association=cards[0], fields={**OFFERING, "kind": "peer_support", "is_free": True}
    )
    return cards


FILTER_SETS = [
    {},
    {"region": "kymenlaakso"},
    {"region": "etela-karjala", "category": "culture-arts"},
    {"municipality": "kotka", "language": "fi", "evening": "on"},
    {"activity": ["peer_support"], "step_free": ""},
    {"q": "yhdistys", "free_activity": "on"},
]


@pytest.mark.parametrize("data", FILTER_SETS)
def test_counts_from_keys_are_the_counts_through_the_relations(many_cards, data):
    """The same counts as one grouped query per facet through the relations (the former way)."""
    filterset = AssociationFilter(data, queryset=published_associations())
    counts = filterset.facet_counts()

    for name, path in AssociationFilter.OPTION_FACETS.items():
        queryset = filterset.facet_queryset(name)
        if name in AssociationFilter.SCOPED_FACETS and filterset.chosen.get("region"):
            queryset = queryset.filter(municipalities__region__slug=filterset.chosen["region"].slug)
        assert counts[name] == count_by(queryset, path), name
    for name, field in AssociationFilter.FLAG_FACETS.items():
        expected = filterset.facet_queryset(name).filter(flag_condition(field)).count()
        assert counts[name] == expected, name


@pytest.mark.parametrize("data", FILTER_SETS)
def test_counting_takes_one_statement_and_one_per_chosen_facet(
    many_cards, django_assert_num_queries, data
):
    filterset = AssociationFilter(data, queryset=published_associations())
    filterset.form.is_valid()  # the chosen options are looked up before counting
    chosen = [
        name
        for name in (*filterset.OPTION_FACETS, *filterset.FLAG_FACETS)
        if filterset.chosen.get(name)
    ]
    scoped = 1 if filterset.chosen.get("region") else 0
    AssociationFactory.create_batch(3, categories=["youth"])

    with django_assert_num_queries(1 + len(chosen) + scoped):
        filterset._count_facets()


def test_the_data_migration_fills_the_keys_of_existing_cards(many_cards):
    expected = {card.pk: keys_of(card) for card in many_cards}
    Association.objects.update(facet_keys="")
    migration = importlib.import_module("associations.migrations.0008_facet_keys")
    # The historical models of the migration, as `migrate` gives them.
    state = MigrationLoader(connection).project_state(("associations", "0008_facet_keys"))

    migration.fill_facet_keys(state.apps, SimpleNamespace(connection=connection))

    assert {card.pk: keys_of(card) for card in many_cards} == expected
    assert "activity:peer_support" in expected[many_cards[0].pk]
    assert "free_activity" in expected[many_cards[0].pk]


def test_the_bulk_refresh_writes_the_keys_the_service_writes(many_cards):
    expected = {card.pk: keys_of(card) for card in many_cards}
    Association.objects.update(facet_keys="")

    services.association_refresh_facet_keys(Association.objects.all())

    assert {card.pk: keys_of(card) for card in many_cards} == expected


def test_renaming_a_term_in_the_admin_renames_it_in_the_cards_keys(client, kouvola_card):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    category = Category.objects.get(slug="youth")

    response = client.post(
        f"/en/admin/associations/category/{category.pk}/change/",
        {
            "name_fi": category.name_fi,
            "name_sv": category.name_sv,
            "name_en": category.name_en,
            "slug": "young-people",
            "position": category.position,
        },
    )

    assert response.status_code == 302
    assert "category:young-people" in keys_of(kouvola_card)
    assert "category:youth" not in keys_of(kouvola_card)
