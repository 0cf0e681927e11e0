import datetime
import zoneinfo
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

# The demo is loaded on this day (a Wednesday), so that every date can be checked exactly and a
# date written into the data instead of counted from today would show.
LOAD_DAY = datetime.date(2031, 3, 5)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the test module on LOAD_DAY; returns what load_demo printed.

    Loading takes a while (the Finnish search index is built for every card and task), so the
    tests of a module share one load. It is made in a transaction that each test runs inside
    (pytest-django's `db` fixture nests a savepoint) and that is rolled back after the module.
    The clock stays on LOAD_DAY, ticking, for the whole module.
    """
    noon = datetime.datetime.combine(
        LOAD_DAY, datetime.time(12), tzinfo=zoneinfo.ZoneInfo("Europe/Helsinki")
    )
    out = StringIO()
    with (
        django_db_blocker.unblock(),
        time_machine.travel(noon, tick=True),
        override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        ),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)
