from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.models import RegionCoordinator
from associations.models import Association, MeetingTime, Membership
from demo.associations import DEMO_ASSOCIATIONS

FEATURED_REGIONS = ("etela-karjala", "kymenlaakso", "keski-suomi")


def _counts():
    return {
        "associations": Association.objects.count(),
        "published": Association.objects.published().count(),
        "meeting_times": MeetingTime.objects.count(),
        "memberships": Membership.objects.count(),
        "coordinators": RegionCoordinator.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_creates_association_cards_and_is_idempotent():
    call_command("load_demo", stdout=StringIO())
    first = _counts()
    published_at = dict(Association.objects.values_list("slug", "published_at"))

    call_command("load_demo", stdout=StringIO())

    assert _counts() == first
    assert dict(Association.objects.values_list("slug", "published_at")) == published_at
    assert first["associations"] >= 40
    assert first["associations"] == len(DEMO_ASSOCIATIONS)

    for region in FEATURED_REGIONS:
        published = (
            Association.objects.published().filter(municipalities__region__slug=region).distinct()
        )
        assert published.count() > 10, region

    assert Association.objects.filter(
        home_municipality__slug="kotka", languages__slug="sv", contact_language="sv"
    ).exists()

    # The visibility rules have something to show: drafts and a hidden card.
    assert Association.objects.filter(status=Association.Status.DRAFT).count() >= 2
    assert Association.objects.filter(status=Association.Status.HIDDEN).exists()
    # Published cards went through the service, which dates them.
    assert not Association.objects.published().filter(published_at__isnull=True).exists()
    assert Association.objects.filter(has_evening_activity=True).exists()
    assert Association.objects.filter(has_evening_activity=False).exists()


@pytest.mark.django_db
def test_demo_staff_and_coordinator_roles():
    call_command("load_demo", stdout=StringIO())
    User = get_user_model()

    staff = User.objects.get(email="yhdistys@example.fi")
    owned = Association.objects.filter(
        memberships__user=staff, memberships__role=Membership.Role.OWNER
    )
    assert owned.count() == 3
    assert owned.filter(status=Association.Status.DRAFT).exists()
    assert set(owned.values_list("home_municipality__region__slug", flat=True)) <= {
        "etela-karjala",
        "kymenlaakso",
    }

    coordinator = User.objects.get(email="koordinaattori@example.fi")
    assert set(
        RegionCoordinator.objects.filter(user=coordinator).values_list("region__slug", flat=True)
    ) == set(FEATURED_REGIONS)


@pytest.mark.django_db
def test_demo_cards_are_valid():
    call_command("load_demo", stdout=StringIO())
    for association in Association.objects.all():
        association.full_clean()  # includes the business ID check digit
