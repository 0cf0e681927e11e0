"""Fixtures for the browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

Chromium is looked up in $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser and then on the PATH.
Without it the browser tests are skipped, unless REQUIRE_BROWSER=1 (as in CI), which makes them fail.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from .phones import track_page_loads, unchecked_urls

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


# Tables that post_migrate fills again by itself after a flush.
_REFILLED_AFTER_FLUSH = {"contenttypes.contenttype", "auth.permission", "sites.site"}
_seed_rows: dict = {}


@pytest.fixture
def seed_data(transactional_db):
    """The rows the data migrations create: regions and municipalities, the associations' taxonomy...

    The live server only sees committed data, so these tests run in a transactional database, which is
    emptied after each test: what the migrations loaded is gone for the next test. Put it back from a copy
    of every table taken the first time, with one bulk insert a table (Django's serialized_rollback does
    the same row by row, about 0.5 s a test).
    """
    from django.apps import apps
    from django.db import transaction

    from core.models import Region

    if not _seed_rows:
        if not Region.objects.exists():
            _load_seed_data()  # An earlier transactional test outside tests/browser emptied the database.
        for model in apps.get_models(include_auto_created=True):
            if model._meta.label_lower in _REFILLED_AFTER_FLUSH or model._meta.proxy:
                continue
            rows = list(model._base_manager.all())
            if rows:
                _seed_rows[model] = rows
        return
    with transaction.atomic():
        for model, rows in _seed_rows.items():
            if not model._base_manager.exists():
                model._base_manager.bulk_create(rows)


def _load_seed_data():
    from associations.models import ActivityLanguage, Category, TargetGroup
    from associations.terms import seed_terms
    from core.geography import load_geography
    from core.models import Municipality, Region

    load_geography(Region, Municipality)
    seed_terms(Category, TargetGroup, ActivityLanguage)


DEFAULT_VIEWPORT = {"width": 1280, "height": 720}


@pytest.fixture(scope="session")
def _shared_page(browser, django_db_setup, live_server):
    """One browser page for all the tests: a warm renderer opens pages and runs axe several times faster
    than a new one. The app's Content-Security-Policy stays on.

    The browser comes first, so that the tests skip before the test database is created when there is no
    Chromium; the database comes before the live server, so that it outlives the server and this page.
    """
    from django.db import connections

    context = browser.new_context(base_url=live_server.url, viewport=DEFAULT_VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda message: _record_csp_error(page, message))
    track_page_loads(page)
    yield page
    context.close()
    # On PostgreSQL the test database cannot be dropped while anyone is connected to it. The live server
    # answers each kept-alive browser connection in a thread of its own, which keeps a database connection
    # until the browser hangs up: wait for them. And while Playwright's event loop runs, Django gives this
    # thread other connections than outside it (asgiref's Local follows the async context): close those
    # while they can be reached.
    for thread in threading.enumerate():
        if thread.name.endswith("(process_request_thread)"):
            thread.join(timeout=5)
    connections.close_all()


def _record_csp_error(page, message):
    if "Content Security Policy" in message.text:
        page.csp_errors.append(message.text)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, for fixtures that act on how the test went."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(request, _shared_page, seed_data):
    """The browser page, logged out, with the default (desktop) viewport and the data the pages need.

    `page.csp_errors` lists what the Content-Security-Policy blocked during the test. A test that passes
    must have checked every page it opened at phone widths (`phones.assert_fits_phones`, which
    `test_accessibility.check_page` calls), so that no page the tests see is left unchecked on a phone.
    """
    page = _shared_page
    page.context.clear_cookies()
    page.set_viewport_size(DEFAULT_VIEWPORT)
    page.csp_errors.clear()
    page.loaded_urls.clear()
    page.checked_urls.clear()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.passed:
        unchecked = unchecked_urls(page)
        assert not unchecked, (
            f"opened without checking them at phone widths (call assert_fits_phones): {unchecked}"
        )


@pytest.fixture
def blank_page(browser):
    """A page of its own, without the live server or the database: for checking the checks."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


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
