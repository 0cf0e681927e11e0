import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from core.emails import send_email
from core.tasks import EMAIL_ATTEMPTS
from tests.core.queue import REFUSING_EMAIL_BACKEND, run_worker, use_database_queue

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    use_database_queue(settings)


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
    settings.EMAIL_BACKEND = REFUSING_EMAIL_BACKEND
    queue_join_request_email()

    run_worker()

    retry = DBTaskResult.objects.order_by("enqueued_at").last()
    assert DBTaskResult.objects.count() == 2
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after is not None


def test_the_last_attempt_gives_up_and_is_recorded_as_failed(settings):
    from core.tasks import deliver_email

    settings.EMAIL_BACKEND = REFUSING_EMAIL_BACKEND

    result = deliver_email.enqueue(
        to="x@example.com", subject="s", body="b", attempt=EMAIL_ATTEMPTS
    )

    assert result.status == "FAILED"
