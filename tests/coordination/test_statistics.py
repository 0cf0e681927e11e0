"""coordination/statistics.py: every figure of known data, and the suppression rules."""

from decimal import Decimal

import pytest

from coordination.statistics import (
    SUPPRESSED,
    Figure,
    protect,
    protect_group,
    region_statistics,
)
from core.models import Region
from tests.factories import SignUpFactory

from .conftest import PERIOD

pytestmark = pytest.mark.django_db


def kymenlaakso():
    return [Region.objects.get(slug="kymenlaakso")]


def shown(stats, key):
    return str(stats.figure(key))


def test_protect_shows_five_and_hides_one_to_four():
    assert str(protect(5)) == "5"
    assert [str(protect(n)) for n in (1, 2, 3, 4)] == [SUPPRESSED] * 4
    assert str(protect(0)) == "0"
    assert str(protect(Decimal("40.5"), people=4)) == SUPPRESSED
    assert not protect(Decimal("2.5"), people=5).suppressed


def test_one_suppressed_cell_of_a_group_takes_the_next_smallest_with_it():
    cells = protect_group([protect(n) for n in (12, 3, 7, 9)])
    assert [str(cell) for cell in cells] == ["12", SUPPRESSED, SUPPRESSED, "9"]


def test_a_zero_is_the_smallest_cell_and_equals_go_in_order():
    cells = protect_group([protect(n) for n in (6, 0, 2, 0)])
    assert [cell.suppressed for cell in cells] == [False, True, True, False]


def test_two_suppressed_cells_or_none_need_no_more():
    assert protect_group([protect(n) for n in (1, 2, 30)]) == [
        Figure(1, True),
        Figure(2, True),
        Figure(30, False),
    ]
    assert not any(cell.suppressed for cell in protect_group([protect(n) for n in (5, 0, 9)]))


def test_the_associations_and_opportunities_of_the_region(known_data):
    stats = region_statistics(regions=kymenlaakso(), period=PERIOD)

    assert {row.key: row.figure.value for row in stats.associations} == {
        "associations-new": 1,
        "associations-verified": 1,
        "associations-active": 1,
    }
    opportunities = {row.key: row.figure.value for row in stats.opportunities}
    assert opportunities["opportunities-volunteer"] == 2
    assert opportunities["opportunities-job"] == 0
    assert opportunities["opportunities-others"] == 2
    assert opportunities["opportunities-tryout"] == 1
    assert opportunities["opportunities-evening"] == 1


def test_the_people_of_the_region(known_data):
    stats = region_statistics(regions=kymenlaakso(), period=PERIOD)

    assert {row.key: row.figure.value for row in stats.people} == {
        "signups": 16,
        "accepted": 14,
        "completed": 9,
        "hours": Decimal("13.5"),
        "participants": 14,
    }
    assert shown(stats, "hours") == "13,5"  # in Finnish
    ages = {row.key: (row.figure.value, str(row.figure)) for row in stats.age_bands}
    assert ages == {
        "age-under-18": (2, SUPPRESSED),
        "age-18-29": (6, "6"),
        "age-30-64": (5, "5"),
        "age-65-": (0, "0"),
        "age-not-told": (1, SUPPRESSED),
    }


def test_the_months_and_their_secondary_suppression(known_data):
    stats = region_statistics(regions=kymenlaakso(), period=PERIOD)

    table = [[str(f) for f in (m.signups, m.accepted, m.completed, m.hours)] for m in stats.months]
    # March has 3 sign-ups, all completed by 3 people: suppressed. The smallest other month
    # (January, 0) goes with it, or the total minus the shown months would reveal March.
    assert [m.month.month for m in stats.months] == [1, 2, 3, 4, 5, 6]
    assert table == [
        [SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED],
        ["5", "5", "0", "0"],
        [SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED],
        ["8", "6", "6", "6"],
        ["0", "0", "0", "0"],
        ["0", "0", "0", "0"],
    ]
    assert [m.signups.value for m in stats.months] == [0, 5, 3, 8, 0, 0]


def test_the_whole_country_and_several_regions(known_data):
    everywhere = region_statistics(regions=None, period=PERIOD)
    assert everywhere.figure("signups").value == 16 + 7
    assert everywhere.figure("associations-new").value == 2

    both = Region.objects.filter(slug__in=["kymenlaakso", "keski-suomi"])
    assert region_statistics(regions=both, period=PERIOD).figure("signups").value == 23
    only_there = Region.objects.filter(slug="keski-suomi")
    assert region_statistics(regions=only_there, period=PERIOD).figure("signups").value == 7


def test_an_association_active_in_two_regions_counts_once(known_data):
    known_data.municipalities.add(*Region.objects.get(slug="keski-suomi").municipalities.all()[:1])
    both = Region.objects.filter(slug__in=["kymenlaakso", "keski-suomi"])
    stats = region_statistics(regions=both, period=PERIOD)
    assert stats.figure("associations-new").value == 2
    assert stats.figure("signups").value == 23


def test_three_queries_however_much_data(known_data, django_assert_num_queries):
    regions = kymenlaakso()
    with django_assert_num_queries(3):
        region_statistics(regions=regions, period=PERIOD)
    SignUpFactory.create_batch(10, opportunity=known_data.opportunities.first())
    with django_assert_num_queries(3):
        region_statistics(regions=regions, period=PERIOD)
