"""Sending alerts (`alerts.services.alerts_send_due`, `manage.py send_alerts`): only new matches,
each once, daily or weekly, never what was published before the alert, in the person's language,
with the one-click unsubscribe headers."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts.models import AlertDelivery
from alerts.services import EMAIL_LIMIT, alerts_send_due
from tests.factories import OpportunityFactory, UserFactory

from .conftest import make_alert

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def start():
    """Now, as the runs below see it: the alert was saved ten days before."""
    return timezone.now()


def published(start, days_before, **fields):
    return OpportunityFactory(published_at=start - days_before * DAY, **fields)


def test_one_email_with_the_new_matches_then_nothing_twice(person, start):
    alert = make_alert(person, query="region=kymenlaakso", created_at=start - 10 * DAY)
    first = published(start, 5, title="Kahvilavuoro")
    second = published(start, 4, title="Pelikaveri")
    published(start, 3, title="Lappeenrannan tehtävä", place="lappeenranta")  # elsewhere
    published(start, 2, title="Luonnos", draft=True)  # not public: no

    assert alerts_send_due(now=start) == 1

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [person.email]
    assert "Kahvilavuoro" in email.body and "Pelikaveri" in email.body
    assert "Lappeenrannan" not in email.body and "Luonnos" not in email.body
    assert email.subject == "Hakuvahtisi: 2 uutta mahdollisuutta"
    assert set(AlertDelivery.objects.values_list("opportunity", flat=True)) == {
        first.pk,
        second.pk,
    }
    alert.refresh_from_db()
    assert alert.last_sent_at == start

    # The next day: only what is new since, and nothing at all when nothing is.
    third = OpportunityFactory(title="Uusi tehtävä", published_at=start + HOUR)
    assert alerts_send_due(now=start + DAY) == 1
    assert len(mail.outbox) == 2
    assert "Uusi tehtävä" in mail.outbox[1].body
    assert "Kahvilavuoro" not in mail.outbox[1].body
    assert AlertDelivery.objects.filter(alert=alert, opportunity=third).exists()

    assert alerts_send_due(now=start + 2 * DAY) == 0
    assert len(mail.outbox) == 2


def test_nothing_published_before_the_alert_was_saved(person, start):
    published(start, 5, title="Vanha tehtävä")
    make_alert(person, query="", created_at=start - 2 * DAY)

    assert alerts_send_due(now=start) == 0
    assert mail.outbox == []


def test_nothing_new_sends_nothing_and_changes_nothing(person, start):
    alert = make_alert(person, created_at=start - 10 * DAY, last_sent_at=start - 3 * DAY)

    assert alerts_send_due(now=start) == 0

    alert.refresh_from_db()
    assert alert.last_sent_at == start - 3 * DAY
    assert not AlertDelivery.objects.exists()


def test_a_daily_alert_sends_at_most_once_a_day(person, start):
    make_alert(person, query="", created_at=start - 10 * DAY, last_sent_at=start)
    OpportunityFactory(published_at=start + HOUR)

    assert alerts_send_due(now=start + 20 * HOUR) == 0
    # A daily job that runs a little earlier than the day before still sends.
    assert alerts_send_due(now=start + 23 * HOUR) == 1


def test_a_weekly_alert_sends_at_most_once_a_week(person, start):
    make_alert(
        person, query="", frequency="weekly", created_at=start - 10 * DAY, last_sent_at=start
    )
    OpportunityFactory(published_at=start + HOUR)

    for day in range(1, 7):
        assert alerts_send_due(now=start + day * DAY) == 0
    assert alerts_send_due(now=start + 7 * DAY - HOUR) == 1


def test_a_new_alert_sends_with_the_next_run(person, start):
    make_alert(person, query="", frequency="weekly", created_at=start - HOUR)
    OpportunityFactory(published_at=start - HOUR / 2)

    assert alerts_send_due(now=start) == 1


def test_closed_and_past_opportunities_are_not_sent(person, start):
    make_alert(person, query="", created_at=start - 10 * DAY)
    published(start, 1, closed=True)
    published(start, 1, application_deadline=timezone.localdate() - DAY, title="Haku päättyi")

    assert alerts_send_due(now=start) == 0


def test_the_email_is_in_the_persons_language_with_its_links(start):
    swede = UserFactory(language="sv")
    alert = make_alert(swede, query="region=kymenlaakso", created_at=start - 10 * DAY)
    opportunity = published(start, 1, title="Kaffeservering")

    alerts_send_due(now=start)

    email = mail.outbox[0]
    assert email.subject == "1 ny möjlighet för din bevakning"
    assert f"/sv/opportunities/{opportunity.slug}/" in email.body
    assert "/sv/opportunities/?region=kymenlaakso&sort=newest" in email.body
    assert f"/sv/alerts/unsubscribe/{alert.token}/" in email.body
    assert "/sv/me/alerts/" in email.body


def test_the_email_has_one_click_unsubscribe_headers(person, start, settings):
    settings.SITE_URL = "https://yhdistysinfo.example"
    alert = make_alert(person, query="", created_at=start - 10 * DAY)
    published(start, 1)

    alerts_send_due(now=start)

    message = mail.outbox[0].message()
    assert message["List-Unsubscribe"] == (
        f"<https://yhdistysinfo.example/alerts/unsubscribe/{alert.token}/>"
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"https://yhdistysinfo.example/alerts/unsubscribe/{alert.token}/" in mail.outbox[0].body


def test_a_long_list_is_cut_with_a_link_to_the_rest(person, start):
    make_alert(person, query="", created_at=start - 10 * DAY)
    for _ in range(EMAIL_LIMIT + 3):
        published(start, 1)

    alerts_send_due(now=start)

    assert "Ja 3 muuta:" in mail.outbox[0].body
    assert mail.outbox[0].body.count("/opportunities/vapaaehtoisteht") == EMAIL_LIMIT
    # All of them count as sent: the email links to the rest.
    assert AlertDelivery.objects.count() == EMAIL_LIMIT + 3


def test_suitable_for_my_age_reads_the_persons_birth_year(start):
    from tests.factories import ProfileFactory, years_ago

    young = UserFactory()
    ProfileFactory(user=young, birth_year=years_ago(15))
    make_alert(young, query="for_me=on", created_at=start - 10 * DAY)
    published(start, 1, title="Nuorille", youth_only=True)
    published(start, 1, title="Aikuisille", min_age=18)

    alerts_send_due(now=start)

    assert "Nuorille" in mail.outbox[0].body
    assert "Aikuisille" not in mail.outbox[0].body


def test_each_alert_gets_its_own_email(person, start):
    make_alert(person, query="", created_at=start - 10 * DAY)
    make_alert(person, query="region=kymenlaakso", created_at=start - 10 * DAY)
    make_alert(UserFactory(is_active=False), query="", created_at=start - 10 * DAY)
    published(start, 1)

    assert alerts_send_due(now=start) == 2
    assert [email.to for email in mail.outbox] == [[person.email], [person.email]]


def test_the_daily_command(person, start):
    make_alert(person, query="", created_at=start - 10 * DAY)
    published(start, 1)
    out = StringIO()

    call_command("send_alerts", stdout=out)
    call_command("send_alerts", stdout=out)

    assert out.getvalue() == "Alert emails sent: 1.\nAlert emails sent: 0.\n"
    assert len(mail.outbox) == 1
