"""What the ground floor keeps on a person, in their download (core/personal_data.py): the
decisions they took in the audit log, their changes in the history of cards and opportunities,
and the emails the portal queued to them or about them.

When the account is deleted:
- The audit log cannot be changed (core/audit.py). Its entries keep the name the person had when
  they took a decision (and, for answers to join requests and staff changes, the name of the
  person the decision concerned): the log shows who decided what, which the associations and
  the coordinators need to be able to show (legitimate interest). The link to the account
  empties with the account. The privacy notice says so.
- The history of a card or an opportunity is a record of the card, not of the person: its rows
  keep only the number of the account that made a change, which names nobody once the account
  is gone, so that the history can say "a person who no longer has an account" (core/history.py)
  instead of wrongly naming the portal.
- The copies of emails sent to the person or about them are deleted from the email queue, and
  so are emails still waiting to be sent to them. Emails waiting to be sent to others (the
  association told that the person withdrew from a task) are sent.
"""

from django.apps import apps
from django.db.models import TextField
from django.db.models.functions import Cast
from django_tasks import TaskResultStatus

from .audit import AuditEntry
from .personal_data import any_address, moment, register

EMAIL_TASK = "core.tasks.deliver_email"


def decisions_export(user) -> list[dict]:
    entries = AuditEntry.objects.filter(actor=user).order_by("created_at", "pk")
    return [
        {
            "when": moment(entry.created_at),
            "what": str(entry.get_action_display()),
            "item": entry.target_repr,
            "why": entry.reason,
            "name_in_the_log": entry.actor_name,
        }
        for entry in entries
    ]


def _history_models():
    for model in apps.get_models():
        attribute = getattr(model._meta, "simple_history_manager_attribute", None)
        if attribute:
            yield model, getattr(model, attribute).model


def history_export(user) -> list[dict]:
    changes = []
    for model, history_model in _history_models():
        rows = history_model.objects.filter(history_user_id=user.pk).order_by("history_date")
        for row in rows.values("id", "history_date", "history_type"):
            changes.append(
                {
                    "item": str(model._meta.verbose_name),
                    "item_id": row["id"],
                    "when": moment(row["history_date"]),
                    "change": {"+": "created", "~": "changed", "-": "deleted"}.get(
                        row["history_type"], row["history_type"]
                    ),
                }
            )
    return sorted(changes, key=lambda change: change["when"])


def _email_queue():
    """The database email queue, when the portal uses it (not in tests: they send at once)."""
    if not apps.is_installed("django_tasks_db"):
        return None
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=EMAIL_TASK)


def emails_export(user) -> list[dict]:
    queue = _email_queue()
    if queue is None:
        return []
    return [
        {
            "to": row.args_kwargs["kwargs"].get("to"),
            "subject": row.args_kwargs["kwargs"].get("subject"),
            "queued_at": moment(row.enqueued_at),
            "status": row.status,
        }
        for row in queue.filter(any_address(user, "args_kwargs__kwargs__to__iexact")).order_by(
            "enqueued_at"
        )
    ]


def emails_erase(user) -> None:
    queue = _email_queue()
    if queue is None:
        return
    finished = queue.filter(status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED])
    finished.annotate(as_text=Cast("args_kwargs", TextField())).filter(
        any_address(user, "as_text__icontains")
    ).delete()
    queue.filter(any_address(user, "args_kwargs__kwargs__to__iexact")).delete()


def register_sections() -> None:
    register("decisions", export=decisions_export)
    register("history_of_changes", export=history_export)
    register("emails", export=emails_export, erase=emails_erase)
