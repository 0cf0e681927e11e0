import pytest
from django.core import mail
from django.utils import translation


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    """Test speed-ups and isolation: a fast hasher, in-memory email, no allauth rate limits."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ACCOUNT_RATE_LIMITS = False
    settings.SECURE_SSL_REDIRECT = False
    # Pages are not cached, so a test sees at once what it changed (tests/portal/test_caching.py
    # covers the cache itself).
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    settings.FACET_COUNT_CACHE_SECONDS = 0
    # Queued work (emails) runs at once; tests of the queue itself switch back to the database.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    mail.outbox = []
    yield
    translation.activate("fi")
