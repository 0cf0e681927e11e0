"""The bench's data generator. The `bench` app is installed only with BENCH=1, so the tests call
the command's class (the production settings do not know the command at all)."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from associations.models import Association, MeetingTime
from bench.generator import bench_associations
from bench.management.commands.generate_bench_data import Command
from core.models import Region
from tests.factories import AssociationFactory

pytestmark = pytest.mark.django_db


def generate(**options):
    # Cards only: tests/bench/test_generate_opportunities.py covers the opportunities.
    call_command(Command(), **{"opportunities": 0, **options})


def test_generates_cards_spread_over_regions():
    generate(associations=60, seed=1)

    cards = Association.objects.filter(slug__startswith="bench-")
    assert cards.count() == 60
    assert Region.objects.filter(municipalities__associations__in=cards).distinct().count() >= 5
    assert not cards.filter(categories=None).exists()
    assert not cards.filter(municipalities=None).exists()
    assert not cards.filter(target_groups=None).exists()
    assert not cards.filter(languages=None).exists()
    assert not cards.filter(search_text="").exists()
    for card in cards.prefetch_related("municipalities"):
        assert card.home_municipality in card.municipalities.all()
        assert len(card.municipalities.all()) <= 3
        assert {m.region_id for m in card.municipalities.all()} == {
            card.home_municipality.region_id
        }
    assert len(set(cards.values_list("slug", flat=True))) == 60
    published = cards.filter(status=Association.Status.PUBLISHED)
    assert published.count() >= 40
    assert not published.filter(published_at=None).exists()
    assert MeetingTime.objects.filter(association__in=cards).exists()
    assert cards.filter(has_evening_activity=True).exists()
    if connection.vendor == "postgresql":
        assert not cards.filter(search_vector=None).exists()


def test_a_generated_card_has_the_derived_fields_the_service_would_save():
    generate(associations=40, seed=4)
    generated = list(
        Association.objects.filter(slug__startswith="bench-")
        .select_related("home_municipality")
        .prefetch_related(
            "categories", "municipalities", "meeting_times", "target_groups", "languages"
        )
        .order_by("pk")
    )
    # The sample covers what the rules depend on.
    assert any(len(card.municipalities.all()) > 1 for card in generated)
    assert any(len(card.categories.all()) > 1 for card in generated)
    assert {card.has_evening_activity for card in generated} == {True, False}

    for card in generated:
        home = card.home_municipality
        saved = AssociationFactory(
            name=card.name,
            slug=f"saved-{card.pk}",
            short_description=card.short_description,
            description=card.description,
            municipality=home.slug,
            municipalities=[m.slug for m in card.municipalities.all() if m != home],
            categories=[c.slug for c in card.categories.all()],
            target_groups=[t.slug for t in card.target_groups.all()],
            languages=[language.slug for language in card.languages.all()],
            step_free_access=card.step_free_access,
            meeting_times=[(m.weekday, m.start_time, m.end_time) for m in card.meeting_times.all()],
        )

        fields = ["search_text", "has_evening_activity", "facet_keys"]
        if connection.vendor == "postgresql":
            fields.append("search_vector")
        rows = Association.objects.filter(pk__in=[card.pk, saved.pk]).values("pk", *fields)
        values = {row.pop("pk"): row for row in rows}
        assert values[card.pk] == values[saved.pk], card.name


def test_clear_replaces_only_generated_cards():
    # Its slug starts like a generated card's, but it is a real one.
    real = AssociationFactory(name="Bench-kerho ry")
    generate(associations=10, seed=1)
    generate(associations=5, seed=2)
    # A second run continues the numbering, so the slugs stay unique.
    assert bench_associations().count() == 15

    generate(associations=7, seed=3, clear=True)

    assert bench_associations().count() == 7
    assert Association.objects.filter(pk=real.pk).exists()


def test_the_command_is_not_part_of_the_product():
    with pytest.raises(CommandError, match="Unknown command"):
        call_command("generate_bench_data", associations=1)
