"""The email queue as deployed: tasks stored in the database and run by `manage.py db_worker`."""

from django.core.management import call_command

REFUSING_EMAIL_BACKEND = "tests.core.queue.RefusingEmailBackend"
WORKING_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


class RefusingEmailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server is down")


def use_database_queue(settings):
    """Queue tasks in the database instead of running them at once (tests/conftest.py)."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def run_worker():
    """Run every task that is due, as the worker does, then stop."""
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
