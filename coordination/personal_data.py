"""Reports a person sent with their email address, and a coordinator's own work, in the person's
download (core/personal_data.py).

A report needs no account; it is the person's only through the email address they gave for an
answer. Deleting the account empties that address on their reports: the report itself stays for
the coordinators, about the card or the opportunity. A coordinator's decisions stay with what
they decided (resolved reports, featured items, reminders), without the link to the account.
"""

from core.personal_data import any_address, moment, register

from .models import Feature, Report, StaleCardReminder


def reports_export(user) -> list[dict]:
    reports = Report.objects.filter(any_address(user, "reporter_email__iexact")).select_related(
        "association", "opportunity"
    )
    return [
        {
            "about": str(report.subject),
            "reason": str(report.get_reason_display()),
            "what_is_wrong": report.text,
            "email": report.reporter_email,
            "sent_at": moment(report.created_at),
            "status": report.status,
        }
        for report in reports.order_by("created_at", "pk")
    ]


def reports_erase(user) -> None:
    Report.objects.filter(any_address(user, "reporter_email__iexact")).update(reporter_email="")


def coordination_work_export(user) -> dict:
    return {
        "reports_resolved": [
            {
                "about": str(report.subject),
                "resolved_at": moment(report.resolved_at),
                "what_was_done": report.resolution_note,
            }
            for report in Report.objects.filter(resolved_by=user)
            .select_related("association", "opportunity")
            .order_by("resolved_at", "pk")
        ],
        "featured": [
            {
                "item": str(feature.item),
                "region": str(feature.region),
                "at": moment(feature.created_at),
            }
            for feature in Feature.objects.filter(created_by=user)
            .select_related("region", "association", "opportunity")
            .order_by("created_at", "pk")
        ],
        "reminders_sent": [
            {"association": reminder.association.name, "sent_at": moment(reminder.sent_at)}
            for reminder in StaleCardReminder.objects.filter(sent_by=user)
            .select_related("association")
            .order_by("sent_at", "pk")
        ],
    }


def register_sections() -> None:
    register("reports", export=reports_export, erase=reports_erase)
    register("coordination_work", export=coordination_work_export)
