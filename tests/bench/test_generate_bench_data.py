import pytest
from django.core.management import call_command
from django.db import connection

from associations.models import Association, MeetingTime
from core.models import Region

pytestmark = pytest.mark.django_db


def test_generates_cards_spread_over_regions():
    call_command("generate_bench_data", associations=60, seed=1)

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


def test_clear_replaces_only_generated_cards():
    call_command("generate_bench_data", associations=10, seed=1)
    call_command("generate_bench_data", associations=5, seed=2)
    # A second run continues the numbering, so the slugs stay unique.
    assert Association.objects.filter(slug__startswith="bench-").count() == 15

    call_command("generate_bench_data", associations=7, seed=3, clear=True)

    assert Association.objects.filter(slug__startswith="bench-").count() == 7
