import pytest

from alerts.services import alert_create
from tests.factories import UserFactory


@pytest.fixture
def person(db):
    return UserFactory(email="nuori@example.fi", language="fi")


def make_alert(user, query="region=kymenlaakso", frequency="daily", **fields):
    """An alert saved through the service, with `fields` (created_at, last_sent_at) set after."""
    alert = alert_create(user=user, query=query, frequency=frequency)
    if fields:
        for name, value in fields.items():
            setattr(alert, name, value)
        alert.save()
    return alert
