import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import RegionCoordinator
from coordination.statistics import Period
from core.models import Region
from tests.factories import (
    AssociationFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
)
from volunteering.models import Opportunity, SignUp

# The months of the known data: January to June 2025, whatever day the tests run on.
PERIOD = Period.of(datetime.date(2025, 1, 1), datetime.date(2025, 6, 1))


def moment(month: int, day: int = 15) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2025, month, day, 12))


def coordinator_of(*slugs: str):
    user = UserFactory()
    for region in Region.objects.filter(slug__in=slugs):
        RegionCoordinator.objects.create(user=user, region=region)
    return user


def person(birth_year: int | None):
    """A participant whose profile tells `birth_year` (None: no profile)."""
    if birth_year is None:
        return UserFactory()
    return ProfileFactory(birth_year=birth_year).user


@pytest.fixture
def known_data(db):
    """Kymenlaakso (Kouvola) in January–June 2025, and a card in Keski-Suomi that must not count.

    Sign-ups: 5 accepted in February; 3 completed in March (2.5 hours each); 6 completed in April
    (1 hour each), 1 waitlisted and 1 withdrawn in April. Participants by the year 2025: 2 aged 16,
    6 aged 18–29 (one turns 18), 5 aged 45, 1 without a profile.
    """
    active = AssociationFactory(
        name="Kouvolan Kerho", created_at=moment(2, 10), verified_at=moment(3, 1)
    )
    AssociationFactory(name="Hiljainen seura")  # made now: not new in 2025, not active
    volunteer = OpportunityFactory(association=active, published_at=moment(2))
    OpportunityFactory(association=active, evening=True, published_at=moment(3))
    OpportunityFactory(association=active, type=Opportunity.Type.TRYOUT, published_at=moment(4))
    OpportunityFactory(association=active, published_at=moment(12).replace(year=2024))

    ages = iter([2009, 2009, 2007, 2000, 2000, 2000, 2000, 2000] + [1980] * 5 + [None])
    for _ in range(5):
        SignUpFactory(opportunity=volunteer, user=person(next(ages)), created_at=moment(2))
    for _ in range(3):
        SignUpFactory(
            opportunity=volunteer,
            user=person(next(ages)),
            created_at=moment(3),
            status=SignUp.Status.COMPLETED,
            hours_done=Decimal("2.5"),
        )
    for _ in range(6):
        SignUpFactory(
            opportunity=volunteer,
            user=person(next(ages)),
            created_at=moment(4),
            status=SignUp.Status.COMPLETED,
            hours_done=Decimal("1"),
        )
    SignUpFactory(opportunity=volunteer, waitlisted=True, created_at=moment(4))
    SignUpFactory(opportunity=volunteer, withdrawn=True, created_at=moment(4))

    elsewhere = AssociationFactory(
        municipality="jyvaskyla", created_at=moment(2), verified_at=moment(2)
    )
    SignUpFactory.create_batch(
        7,
        opportunity=OpportunityFactory(
            association=elsewhere, place="jyvaskyla", published_at=moment(2)
        ),
        created_at=moment(5),
    )
    return active
