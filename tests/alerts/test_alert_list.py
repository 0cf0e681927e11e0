"""/me/alerts/: the person's own alerts, changing how often and deleting; anyone else's is not
found."""

import pytest
from django.urls import reverse

from alerts.models import Alert
from tests.factories import UserFactory

from .conftest import make_alert

pytestmark = pytest.mark.django_db

LIST = reverse("alerts:list")


def frequency_url(alert):
    return reverse("alerts:change-frequency", args=[alert.pk])


def delete_url(alert):
    return reverse("alerts:delete", args=[alert.pk])


def test_anonymous_visitors_log_in_first(client, person):
    alert = make_alert(person)
    for response in (
        client.get(LIST),
        client.post(delete_url(alert)),
        client.post(frequency_url(alert), {f"alert-{alert.pk}-frequency": "weekly"}),
    ):
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    assert Alert.objects.filter(pk=alert.pk, frequency="daily").exists()


def test_the_list_shows_only_ones_own_alerts(client, person):
    make_alert(person, query="region=kymenlaakso&evening=on")
    make_alert(UserFactory(), query="region=uusimaa")
    client.force_login(person)

    html = client.get("/en/me/alerts/").content.decode()

    assert "Kymenlaakso · In the evening (after 16:00)" not in html  # saved in Finnish
    assert "Kymenlaakso · Illalla (klo 16 jälkeen)" in html
    assert "Uusimaa" not in html
    assert 'href="/en/opportunities/?evening=on&amp;region=kymenlaakso"' in html
    assert "Daily" in html


def test_an_empty_list_says_how_to_save_one(client, person):
    client.force_login(person)
    assert "Sinulla ei ole vielä hakuvahteja." in client.get(LIST).content.decode()


def test_changing_how_often(client, person):
    alert = make_alert(person)
    client.force_login(person)

    response = client.post(frequency_url(alert), {f"alert-{alert.pk}-frequency": "weekly"})

    assert response.status_code == 302 and response.url == LIST
    alert.refresh_from_db()
    assert alert.frequency == "weekly"


def test_deleting_ones_own_alert(client, person):
    alert = make_alert(person)
    client.force_login(person)

    response = client.post(delete_url(alert), follow=True)

    assert response.redirect_chain == [(LIST, 302)]
    assert not Alert.objects.exists()
    assert "Hakuvahti poistettiin" in response.content.decode()


def test_someone_elses_alert_is_not_found(client, person):
    other = make_alert(UserFactory(), query="region=uusimaa")
    client.force_login(person)

    assert client.post(delete_url(other)).status_code == 404
    assert (
        client.post(frequency_url(other), {f"alert-{other.pk}-frequency": "weekly"}).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.frequency == "daily"


def test_get_is_not_allowed_for_changes(client, person):
    alert = make_alert(person)
    client.force_login(person)
    assert client.get(delete_url(alert)).status_code == 405
    assert client.get(frequency_url(alert)).status_code == 405


@pytest.mark.parametrize("count", [2, 6, 18])
def test_query_budget(client, person, django_assert_max_num_queries, count):
    for age in range(count):
        make_alert(person, query=f"age={age + 20}")
    client.force_login(person)

    # The session, the user, the alerts, and whether the person coordinates a region (the
    # header's link).
    with django_assert_max_num_queries(5):
        response = client.get(LIST)

    assert len(response.context["alerts"]) == count


def test_the_data_download_holds_the_alerts(person):
    from core.personal_data import export_for

    alert = make_alert(person, query="region=kymenlaakso", frequency="weekly")

    assert export_for(person)["alerts"] == [
        {
            "filters": "Kymenlaakso",
            "query": "region=kymenlaakso",
            "frequency": "weekly",
            "created": alert.created_at.isoformat(),
            "last_sent": None,
        }
    ]


def test_deleting_the_account_deletes_the_alerts(person):
    alert = make_alert(person)
    person.delete()
    assert not Alert.objects.filter(pk=alert.pk).exists()
