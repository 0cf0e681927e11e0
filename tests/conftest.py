"""Settings every test shares, and the pinned clock.

TEST_CLOCK pins the clock for the whole run, e.g. `TEST_CLOCK=2026-12-31T23:30:00+02:00 pytest`: the run
starts at that instant (for the tests and for the live server the browser tests talk to) and the clock
ticks on from there, so timeouts still work. CI runs the whole suite at 23:30 on New Year's Eve and the
tests marked `clock` (those that read the date or the time) on the days the clocks change; a test that
compares dates uses Finnish dates (`timezone.localdate()`), never UTC ones.
"""

import datetime
import os

import pytest
from django.core import mail
from django.utils import translation

_clock_traveller = None


def _pinned_clock() -> datetime.datetime | None:
    value = os.environ.get("TEST_CLOCK", "").strip()
    if not value:
        return None
    try:
        instant = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise pytest.UsageError(
            f"TEST_CLOCK={value!r} is not an ISO 8601 date and time, "
            "e.g. TEST_CLOCK=2026-12-31T23:30:00+02:00"
        ) from None
    if instant.tzinfo is None:
        raise pytest.UsageError(
            f"TEST_CLOCK={value!r} has no UTC offset: write e.g. 2026-12-31T23:30:00+02:00"
        )
    return instant


def pytest_configure(config):
    global _clock_traveller
    instant = _pinned_clock()
    if instant is not None:
        import time_machine

        _clock_traveller = time_machine.travel(instant, tick=True)
        _clock_traveller.start()


def pytest_unconfigure(config):
    global _clock_traveller
    if _clock_traveller is not None:
        _clock_traveller.stop()
        _clock_traveller = None


def pytest_report_header(config):
    instant = _pinned_clock()
    if instant is not None:
        return f"clock pinned by TEST_CLOCK: starts at {instant.isoformat()}"
    return None


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    """Test speed-ups and isolation: a fast hasher, in-memory email, no allauth rate limits."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ACCOUNT_RATE_LIMITS = False
    settings.SECURE_SSL_REDIRECT = False
    # Pages are not cached, so a test sees at once what it changed (tests/core/test_caching.py
    # covers the cache itself).
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    settings.FACET_COUNT_CACHE_SECONDS = 0
    settings.SUGGESTION_CACHE_SECONDS = 0
    # Queued work (emails) runs at once; tests of the queue itself switch back to the database.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    mail.outbox = []
    yield
    translation.activate("fi")
