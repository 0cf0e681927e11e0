"""The bench's URLs (a trivial view to compare pages with) exist only with BENCH=1."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parents[2] / "portal" / "settings.py"


def test_the_trivial_view_is_not_in_the_product(client):
    assert client.get("/bench/trivial").status_code == 404


def test_the_trivial_view_answers_with_the_bench_urls(client, settings):
    settings.ROOT_URLCONF = "bench.urls"

    response = client.get("/bench/trivial")

    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_the_bench_urls_keep_the_portal_pages(client, settings):
    settings.ROOT_URLCONF = "bench.urls"

    assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    ("bench", "installed", "urls"), [("", False, "portal.urls"), ("1", True, "bench.urls")]
)
def test_only_bench_settings_install_the_bench(monkeypatch, bench, installed, urls):
    monkeypatch.setenv("BENCH", bench)

    # The settings module read afresh, as a new process would.
    settings = runpy.run_path(str(SETTINGS))

    assert ("bench" in settings["INSTALLED_APPS"]) is installed
    assert settings["ROOT_URLCONF"] == urls


def test_the_bench_server_settings_need_bench(monkeypatch):
    monkeypatch.setenv("BENCH", "")

    with pytest.raises(ImproperlyConfigured, match="BENCH=1"):
        runpy.run_module("bench.settings")


def test_the_bench_server_settings_choose_the_cache_and_time_requests(monkeypatch):
    monkeypatch.setenv("BENCH", "1")
    monkeypatch.setenv("BENCH_CACHE", "off")

    settings = runpy.run_module("bench.settings")

    assert settings["CACHES"]["default"]["BACKEND"].endswith("DummyCache")
    assert settings["MIDDLEWARE"][0] == "bench.timing.ServerTimingMiddleware"
