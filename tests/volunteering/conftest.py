import pytest

from tests.factories import AssociationFactory, UserFactory


@pytest.fixture
def association(db):
    """A published card of an association in Kouvola (Kymenlaakso)."""
    return AssociationFactory(
        name="Kouvolan Nuorisoseura",
        short_description="Nuorten kerhoja ja tapahtumia Kouvolassa.",
        contact_email="info@nuorisoseura.example.com",
    )


@pytest.fixture
def person(db):
    """Someone with an account and a verified email address, but no profile yet."""
    return UserFactory(first_name="Aino", last_name="Virtanen", email="aino@example.com")
