"""The demo's decisions (signups.toml `decisions`, accounts.toml join request answers, the
completed past sign-ups) are made through the services, so the decision log has entries with
who decided and why; loading again adds none."""

import pytest
from django.urls import reverse

from core.audit import AuditAction, AuditEntry
from demo import loader
from tests.demo.conftest import LOAD_DAY

pytestmark = pytest.mark.django_db


def test_the_declined_signup_is_in_the_log_with_the_staff_message(demo):
    entry = AuditEntry.objects.get(action=AuditAction.SIGNUP_DECLINED)
    assert entry.actor.email == "yhdistys@example.fi"
    assert entry.reason.startswith("Kiitos kiinnostuksesta!")
    assert entry.details["opportunity"] == entry.target_repr == entry.target.opportunity.title
    assert [region.slug for region in entry.regions.all()] == ["etela-karjala"]


def test_the_accepted_join_request_is_in_the_log(demo):
    entry = AuditEntry.objects.get(action=AuditAction.JOIN_REQUEST_ACCEPTED)
    assert entry.actor.email == "puheenjohtaja@example.fi"
    assert entry.target.user.email == "demo.osallistuja5@example.fi"
    assert entry.reason.startswith("Tervetuloa mukaan!")


def test_the_completed_past_signups_are_in_the_log(demo):
    completed = AuditEntry.objects.filter(action=AuditAction.SIGNUP_COMPLETED)
    assert completed.count() >= 10


def test_the_demo_coordinator_reads_the_log(client, demo):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email="koordinaattori.keskisuomi@example.com"))
    html = client.get(reverse("coordinate:audit-log")).content.decode()
    assert "Kiitos kiinnostuksesta!" not in html  # Etelä-Karjala is not theirs
    client.force_login(get_user_model().objects.get(email="koordinaattori@example.fi"))
    html = client.get(reverse("coordinate:audit-log")).content.decode()
    assert "Kiitos kiinnostuksesta!" in html and "Tervetuloa mukaan!" in html


def test_loading_again_adds_no_entries(demo):
    count = AuditEntry.objects.count()
    loader.load(today=LOAD_DAY)
    assert AuditEntry.objects.count() == count
