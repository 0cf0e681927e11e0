"""The cache is shared by every web server process: checked with separate processes, as deployed."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "x9!" + "a-long-random-production-secret-key-for-tests-" * 2

SHOW_CACHE = """
import json
from django.conf import settings
print(json.dumps(settings.CACHES["default"]))
"""

# One web server process ("worker") that gets wrong passwords for the same address: allauth's
# adapter counts each attempt in the cache and refuses when there were too many.
FAILED_LOG_INS = """
import json, sys
import django
django.setup()
from allauth.account.adapter import get_adapter
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import RequestFactory

if sys.argv[1] == "first":
    call_command("createcachetable")
refused = []
for _ in range(int(sys.argv[2])):
    request = RequestFactory(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.1").post("/accounts/login/")
    try:
        get_adapter(request).pre_authenticate(request, email="someone@example.com", password="x")
    except ValidationError:
        refused.append(True)
    else:
        refused.append(False)
print(json.dumps(refused))
"""


def python(*args, **env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in {"REDIS_URL", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={
            **clean_env,
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_SECRET_KEY": SECRET_KEY,
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def cache_setting(**env):
    result = python("-c", SHOW_CACHE, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_cache_is_a_database_table_by_default():
    cache = cache_setting()

    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_the_cache_is_redis_when_redis_url_is_set():
    cache = cache_setting(REDIS_URL="redis://cache.internal:6379/1")

    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/1"


def test_a_redis_url_that_is_not_one_is_refused_without_repeating_it():
    result = python("-c", SHOW_CACHE, REDIS_URL="cache.internal:6379")

    assert result.returncode != 0
    assert "REDIS_URL must be a URL starting with redis://" in result.stderr
    assert "cache.internal" not in result.stderr


def test_redis_without_the_redis_package_is_refused_with_what_to_install():
    without_redis = "import sys; sys.modules['redis'] = None\n" + SHOW_CACHE
    result = python("-c", without_redis, REDIS_URL="redis://cache.internal:6379/1")

    assert result.returncode != 0
    assert 'pip install ".[redis]"' in result.stderr


def test_failed_log_ins_are_counted_across_web_server_processes(tmp_path):
    database = f"sqlite:///{tmp_path / 'portal.sqlite3'}"

    first_worker = python("-c", FAILED_LOG_INS, "first", "3", DATABASE_URL=database)
    second_worker = python("-c", FAILED_LOG_INS, "second", "3", DATABASE_URL=database)

    assert first_worker.returncode == 0, first_worker.stderr
    assert second_worker.returncode == 0, second_worker.stderr
    assert json.loads(first_worker.stdout) == [False, False, False]
    # Five wrong passwords for one address, whichever process got them, and the sixth is refused.
    assert json.loads(second_worker.stdout) == [False, False, True]
