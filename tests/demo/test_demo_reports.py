"""The demo's reports from the public (demo/data/reports.toml): valid data, loaded once, in the
regions of the demo coordinator, one of them resolved."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from coordination.models import Report
from demo.loader import load, read_data

pytestmark = pytest.mark.usefixtures("demo")

REPORT_KEYS = {"association", "opportunity", "reason", "text", "email", "language", "days_ago"}


def test_every_report_names_what_exists(db):
    data = read_data()
    cards = {record["slug"] for record in data["associations"]["associations"]}
    opportunities = {record["slug"] for record in data["opportunities"]["opportunities"]}
    coordinators = {
        account["email"]
        for account in data["accounts"]["accounts"]
        if account.get("coordinator_regions")
    }
    for record in data["reports"]["reports"]:
        assert set(record) <= REPORT_KEYS | {"resolved"}, record["text"]
        assert ("association" in record) != ("opportunity" in record), record["text"]
        assert record.get("association", next(iter(cards))) in cards
        assert record.get("opportunity", next(iter(opportunities))) in opportunities
        assert record["reason"] in Report.Reason.values
        assert record.get("language", "fi") in {"fi", "sv", "en"}
        if resolved := record.get("resolved"):
            assert set(resolved) == {"by", "note", "days_ago"}
            assert resolved["by"] in coordinators
            assert resolved["days_ago"] <= record["days_ago"]


def test_the_reports_are_loaded_once_and_dated(db):
    records = read_data()["reports"]["reports"]
    reports = Report.objects.select_related("association__home_municipality__region")
    assert reports.count() == len(records) == 4
    assert {r.association.home_municipality.region.slug for r in reports} == {
        "etela-karjala",
        "kymenlaakso",
    }
    resolved = reports.get(status=Report.Status.RESOLVED)
    assert resolved.resolved_by.email == "koordinaattori@example.fi"
    assert resolved.resolved_at.date() == timezone.localdate() - datetime.timedelta(days=10)
    assert resolved.created_at.date() == timezone.localdate() - datetime.timedelta(days=12)
    assert reports.filter(opportunity__isnull=False).count() == 1
    assert reports.get(language="sv").association.slug == "kotka-svenska-ungdomsforening"

    load()

    assert Report.objects.count() == 4


def test_the_demo_coordinator_sees_the_open_reports(db):
    client = Client()
    assert client.login(
        email="koordinaattori.keskisuomi@example.com", password="demo-salasana-2026"
    )
    assert "Lappeenrannan Kipinä" not in client.get(reverse("coordinate:reports")).text
    assert client.login(email="koordinaattori@example.fi", password="demo-salasana-2026")
    page = client.get(reverse("coordinate:reports")).text
    assert "Lappeenrannan Kipinä" in page
    assert "Kotka Svenska Ungdomsförening" in page
    assert "Sammonlahden Asukasyhdistys" not in page  # resolved
