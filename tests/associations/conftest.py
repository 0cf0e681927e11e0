import pytest

from tests.factories import AssociationFactory
from tests.personas import make_persona


@pytest.fixture
def association(db):
    """A published card of an association in Kouvola (Kymenlaakso)."""
    return AssociationFactory(
        name="Kouvolan Nuorisoseura",
        short_description="Nuorten kerhoja ja tapahtumia Kouvolassa.",
    )


@pytest.fixture
def outsider(association):
    return make_persona("outsider", association)


@pytest.fixture
def other_staff(association):
    return make_persona("other_staff", association)


@pytest.fixture
def editor(association):
    return make_persona("editor", association)


@pytest.fixture
def owner(association):
    return make_persona("owner", association)


@pytest.fixture
def coordinator(association):
    return make_persona("coordinator", association)


@pytest.fixture
def other_coordinator(association):
    return make_persona("other_coordinator", association)


@pytest.fixture
def superuser(association):
    return make_persona("superuser", association)
