import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from core.emails import send_email
from core.tasks import EMAIL_ATTEMPTS

pytestmark = pytest.mark.django_db(transaction=True)


class RefusingEmailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server is down")


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)


def queue_join_request_email():
    send_email(
        to="someone@example.com",
        language="sv",
        template="associations/email/join_request_sent",
        context={"association": {"name": "Kotka Svenska Ungdomsförening"}, "join_request": {}},
    )


def test_emails_wait_in_the_queue_until_the_worker_sends_them(database_queue):
    queue_join_request_email()

    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1

    run_worker()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["someone@example.com"]
    assert "Kotka Svenska Ungdomsförening" in mail.outbox[0].subject


def test_a_failed_email_is_queued_again_for_later(database_queue, settings):
    settings.EMAIL_BACKEND = "tests.portal.test_email_queue.RefusingEmailBackend"
    queue_join_request_email()

    run_worker()

    retry = DBTaskResult.objects.order_by("enqueued_at").last()
    assert DBTaskResult.objects.count() == 2
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after is not None


def test_the_last_attempt_gives_up_and_is_recorded_as_failed(settings):
    from core.tasks import deliver_email

    settings.EMAIL_BACKEND = "tests.portal.test_email_queue.RefusingEmailBackend"

    result = deliver_email.enqueue(
        to="x@example.com", subject="s", body="b", attempt=EMAIL_ATTEMPTS
    )

    assert result.status == "FAILED"
