"""Fixtures for the browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

Chromium is looked up in $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser and then on the PATH.
Without it the browser tests are skipped, unless REQUIRE_BROWSER=1 (as in CI), which makes them fail.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; without this, the ORM calls the tests make
# themselves (creating users, loading data) raise SynchronousOnlyOperation.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# Without the networking flags Chromium tries to reach the internet, which is closed on CI machines.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# A failing locator or navigation fails within seconds instead of Playwright's default 30 s.
TIMEOUT_MS = 10_000


def find_chromium() -> str | None:
    candidates = [
        os.environ.get("CHROMIUM_PATH"),
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        shutil.which("chromium"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _no_browser(reason: str):
    message = (
        f"{reason} The browser tests need Chromium: install it with `sudo apt-get install chromium` "
        "(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary."
    )
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("Playwright is not installed (pip install -e '.[test]').")
    executable = find_chromium()
    if executable is None:
        _no_browser("No Chromium found.")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def _plain_http_server_settings():
    """The live server speaks plain HTTP, like the app behind a TLS-terminating proxy.

    SecurityMiddleware reads SECURE_SSL_REDIRECT once, when the live server builds its middleware, before
    tests/conftest.py turns the redirect off for each test; so turn it off for the whole live server here.
    """
    from django.test import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http_server_settings, live_server):
    """pytest-django's live server, started without the redirect to HTTPS."""
    return live_server


@pytest.fixture
def geography(transactional_db):
    """Finland's regions and municipalities, which migration 0002 loads.

    Each live-server test runs in a transactional database that is emptied after the test, so the data the
    migration loaded is gone for the next one: put it back, from a copy taken the first time (much faster
    than loading the CSV again).
    """
    from portal.geography import load_geography
    from portal.models import Municipality, Region

    if Region.objects.exists():
        if not _geography_copy:
            _geography_copy["regions"] = list(Region.objects.all())
            _geography_copy["municipalities"] = list(Municipality.objects.all())
    elif _geography_copy:
        Region.objects.bulk_create(_geography_copy["regions"])
        Municipality.objects.bulk_create(_geography_copy["municipalities"])
    else:
        load_geography(Region, Municipality)


_geography_copy: dict[str, list] = {}


@pytest.fixture
def new_page(browser, live_server, geography):
    """Open pages of the live server: `new_page()` in a fresh browser context; keyword arguments go to
    `browser.new_context` (for example `viewport`). The app's real Content-Security-Policy stays on."""
    contexts = []

    def open_page(**context_args):
        context = browser.new_context(base_url=live_server.url, **context_args)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.csp_errors = []
        page.on(
            "console",
            lambda message: (
                page.csp_errors.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A page in a fresh browser context with the default (desktop) viewport."""
    return new_page()


@pytest.fixture
def verified_user(transactional_db):
    """A user who has verified their email address and so can log in."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    email = "kaisa.korhonen@example.fi"
    password = "Saimaan-norppa-2025"
    user = get_user_model().objects.create_user(email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    user.raw_password = password
    return user
