"""The facet keys stored on each opportunity: what the listing's counts are read from."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from associations.models import Category
from core.facets import count_by, flag_condition
from core.models import Municipality
from tests.factories import OpportunityFactory, UserFactory
from volunteering import services
from volunteering.filters import OpportunityFilter
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def keys_of(opportunity) -> set[str]:
    opportunity.refresh_from_db(fields=["facet_keys"])
    return set(opportunity.facet_keys.split())


def counts(data=None) -> dict:
    filterset = OpportunityFilter(data or {}, queryset=Opportunity.objects.current(), request=None)
    return filterset.facet_counts()


def edit(opportunity, **fields):
    """Save the opportunity through the service, as its editor does."""
    return services.opportunity_update(
        opportunity=opportunity,
        fields=fields,
        categories=list(opportunity.categories.all()),
        languages=list(opportunity.languages.all()),
    )


def test_an_opportunity_has_a_key_for_each_option_and_flag():
    opportunity = OpportunityFactory(
        categories=["youth"], evening=True, beginner_friendly=True, for_english_speakers=True
    )

    assert keys_of(opportunity) == {
        "region:kymenlaakso",
        "municipality:kouvola",
        "type:volunteer",
        "category:youth",
        "evening",
        "beginner",
        "english",
    }


def test_a_remote_opportunity_without_a_place_has_no_place_keys():
    opportunity = OpportunityFactory(place=None, is_remote=True)

    assert keys_of(opportunity) == {"type:volunteer", "remote"}


def test_moving_an_opportunity_through_the_service_changes_the_region_counts():
    opportunity = OpportunityFactory()
    OpportunityFactory(place="imatra")
    assert counts()["region"] == {"kymenlaakso": 1, "etela-karjala": 1}

    edit(opportunity, municipality=Municipality.objects.get(slug="lappeenranta"), is_popup=True)

    assert counts()["region"] == {"etela-karjala": 2}
    assert counts()["municipality"] == {"imatra": 1, "lappeenranta": 1}
    assert counts()["popup"] == 1
    # A chosen region: its own counts under the other filters, municipalities of it only.
    chosen = counts({"region": "etela-karjala", "popup": "on"})
    assert chosen["region"] == {"etela-karjala": 1}
    assert chosen["municipality"] == {"lappeenranta": 1}
    assert chosen["popup"] == 1


def test_a_duplicate_gets_its_own_keys():
    opportunity = OpportunityFactory(categories=["youth"], is_remote=True)

    copy = services.opportunity_duplicate(opportunity=opportunity, by=None)

    assert keys_of(copy) == keys_of(opportunity)


@pytest.fixture
def many():
    return [
        OpportunityFactory(categories=["youth"], evening=True, beginner_friendly=True),
        OpportunityFactory(place="imatra", type=Opportunity.Type.BUDDY, weekend=True),
        OpportunityFactory(place="kotka", categories=["youth", "hobbies"], is_popup=True),
        OpportunityFactory(place=None, is_remote=True, for_english_speakers=True),
        OpportunityFactory(draft=True, categories=["youth"]),
    ]


FILTER_SETS = [
    {},
    {"region": "kymenlaakso"},
    {"region": "kymenlaakso", "municipality": "kotka", "type": "volunteer"},
    {"category": "youth", "evening": "on", "popup": "on"},
    {"q": "vapaaehtoistehtava", "remote": "on"},
]


@pytest.mark.parametrize("data", FILTER_SETS)
def test_counts_from_keys_are_the_counts_through_the_relations(many, data):
    """The same counts as one grouped query per facet through the relations (the former way)."""
    filterset = OpportunityFilter(data, queryset=Opportunity.objects.current(), request=None)
    result = filterset.facet_counts()

    for name, path in OpportunityFilter.OPTION_FACETS.items():
        assert result[name] == count_by(filterset.facet_queryset(name), path), name
    for name, field in OpportunityFilter.FLAG_FACETS.items():
        expected = filterset.facet_queryset(name).filter(flag_condition(field)).count()
        assert result[name] == expected, name


@pytest.mark.parametrize("data", FILTER_SETS)
@pytest.mark.parametrize("extra", [0, 10])
def test_counting_takes_as_many_statements_whatever_the_data_size(
    many, django_assert_num_queries, data, extra
):
    OpportunityFactory.create_batch(extra, categories=["youth"], place="kotka")
    filterset = OpportunityFilter(data, queryset=Opportunity.objects.current(), request=None)
    filterset.form.is_valid()  # the chosen options are looked up before counting
    chosen = [
        name
        for name in (*filterset.OPTION_FACETS, *filterset.FLAG_FACETS)
        if filterset.chosen.get(name)
    ]
    scoped = 1 if filterset.chosen.get("region") else 0

    with django_assert_num_queries(1 + len(chosen) + scoped):
        filterset._count_facets()


def test_the_data_migration_fills_the_keys_of_existing_opportunities(many):
    expected = {opportunity.pk: keys_of(opportunity) for opportunity in many}
    Opportunity.objects.update(facet_keys="")
    migration = importlib.import_module("volunteering.migrations.0009_facet_keys")
    state = MigrationLoader(connection).project_state(("volunteering", "0009_facet_keys"))

    migration.fill_facet_keys(state.apps, SimpleNamespace(connection=connection))

    assert {opportunity.pk: keys_of(opportunity) for opportunity in many} == expected
    assert expected[many[3].pk] == {"type:volunteer", "remote", "english"}


def test_renaming_a_topic_in_the_admin_renames_it_in_the_opportunities_keys(client):
    category = Category.objects.get(slug="youth")
    opportunity = OpportunityFactory(categories=["youth"])
    untouched = OpportunityFactory()
    before = Opportunity.objects.get(pk=untouched.pk).facet_keys
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

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
    keys = Opportunity.objects.get(pk=opportunity.pk).facet_keys.split()
    assert "category:young-people" in keys and "category:youth" not in keys
    assert Opportunity.objects.get(pk=untouched.pk).facet_keys == before
