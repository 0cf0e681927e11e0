"""The unsubscribe link of alert emails: no log-in; GET asks to confirm (link scanners do not
unsubscribe), POST unsubscribes, also the one-click POST of mail programs (RFC 8058) that has no
form token."""

import pytest
from django.test import Client
from django.urls import reverse

from alerts.models import Alert
from tests.factories import UserFactory

from .conftest import make_alert

pytestmark = pytest.mark.django_db


def url(alert_or_token):
    token = getattr(alert_or_token, "token", alert_or_token)
    return reverse("alerts:unsubscribe", args=[token])


def test_get_asks_to_confirm_and_changes_nothing(client, person):
    alert = make_alert(person, query="region=kymenlaakso")

    response = client.get(url(alert))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kymenlaakso" in html
    assert f'action="{url(alert)}"' in html
    assert Alert.objects.filter(pk=alert.pk).exists()


def test_the_button_unsubscribes_without_logging_in(person):
    alert = make_alert(person)
    client = Client(enforce_csrf_checks=True)

    response = client.post(url(alert))

    assert response.status_code == 200
    assert "Et saa enää sähköposteja tästä hakuvahdista." in response.content.decode()
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_the_one_click_post_of_a_mail_program(person):
    alert = make_alert(person)
    other = make_alert(person, query="region=uusimaa")
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        url(alert),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert list(Alert.objects.all()) == [other]


def test_it_works_when_logged_in_as_someone_else(client, person):
    alert = make_alert(person)
    client.force_login(UserFactory())
    assert client.post(url(alert)).status_code == 200
    assert not Alert.objects.exists()


def test_an_unknown_or_used_link_is_a_friendly_not_found(client, person):
    alert = make_alert(person)
    client.post(url(alert))

    for response in (client.get(url(alert)), client.post(url(alert)), client.get(url("x" * 43))):
        assert response.status_code == 404
        assert "Hakuvahtia ei ole" in response.content.decode()
