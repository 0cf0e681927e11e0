"""Production configuration, checked the way an operator runs it: in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x9!" + "a-long-random-production-secret-key-for-tests-" * 2,
    "DJANGO_ALLOWED_HOSTS": "yhdistysinfo.example.fi",
}


def manage(*args, **env):
    return python("manage.py", *args, **env)


def python(*args, **env):
    clean_env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_is_clean_with_the_production_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr


def test_debug_off_without_a_secret_key_fails_the_deploy_check_with_a_clear_message():
    result = manage("check", "--deploy", DJANGO_DEBUG="0")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_a_server_does_not_start_without_a_secret_key():
    result = python("-c", "import portal.wsgi", DJANGO_DEBUG="0")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_commands_that_need_no_key_run_without_one():
    result = manage("makemigrations", "--check", "--dry-run", DJANGO_DEBUG="0")

    assert result.returncode == 0, result.stdout + result.stderr


def test_a_malformed_boolean_is_refused():
    result = manage("check", DJANGO_DEBUG="maybe")

    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr
