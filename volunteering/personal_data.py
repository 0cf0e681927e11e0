"""A person's sign-ups in their download, and what becomes of them when they delete their account
(core/personal_data.py).

Deleting the account withdraws the sign-ups still open, through the usual service: a freed place
goes to the first on the waiting list, and the association is told by its usual email. Every
sign-up is then kept without anything personal, for the association's and the funders' counts:
the opportunity, the status, the dates, the hours and the birth year (the statistics' age bands)
stay; the person, their messages, phone, interests, accessibility needs, home municipality, the
association's answer and reference go. A random value, the same on all their sign-ups, lets the
statistics count them still as one participant.
"""

import uuid

from django.conf import settings
from django.utils import timezone

from core.personal_data import moment, register

from .models import CertificateLink, Opportunity, OpportunityMessage, SignUp
from .services import signup_withdraw


def signups_export(user) -> list[dict]:
    signups = SignUp.objects.filter(user=user).select_related(
        "opportunity__association", "home_municipality"
    )
    return [
        {
            "opportunity": signup.opportunity.title,
            "association": signup.opportunity.association.name,
            "address": settings.SITE_URL + signup.opportunity.get_absolute_url(),
            "status": signup.status,
            "status_text": str(signup.get_status_display()),
            "signed_up_at": moment(signup.created_at),
            "consent_given_at": moment(signup.consent_at),
            "language": signup.language,
            "message": signup.message,
            "birth_year": signup.birth_year,
            "home_municipality": signup.home_municipality.name
            if signup.home_municipality
            else None,
            "phone": signup.phone,
            "interests": signup.interests,
            "accessibility_needs": signup.accessibility_needs,
            "message_from_the_association": signup.staff_message,
            "answered_at": moment(signup.decided_at),
            "hours_done": str(signup.hours_done) if signup.hours_done is not None else None,
            "reference": signup.reference,
            "updated_at": moment(signup.updated_at),
        }
        for signup in signups.order_by("created_at", "pk")
    ]


def signups_erase(user) -> None:
    # Open sign-ups of what is still to come are withdrawn: the association is told and the
    # waiting list moves up. Those of what is over stay as they were, for the counts.
    still_to_come = Opportunity.objects.not_over(timezone.localdate())
    open_signups = SignUp.objects.filter(
        user=user, status__in=SignUp.ACTIVE, opportunity__in=still_to_come
    )
    for signup in open_signups.order_by("pk"):
        signup_withdraw(signup=signup)
    # Certificate links of the sign-ups would show the person's record to whoever has them.
    CertificateLink.objects.filter(signup__user=user).delete()
    SignUp.objects.filter(user=user).update(
        user=None,
        former_person=uuid.uuid4(),
        message="",
        home_municipality=None,
        phone="",
        interests="",
        accessibility_needs="",
        staff_message="",
        reference="",
    )


def messages_sent_export(user) -> list[dict]:
    """Messages the person wrote, as association staff, to the people of an opportunity."""
    messages = OpportunityMessage.objects.filter(sender=user).select_related("opportunity")
    return [
        {
            "opportunity": message.opportunity.title,
            "to": str(message.get_audience_display()),
            "message": message.body,
            "sent_at": moment(message.created_at),
        }
        for message in messages
    ]


def register_sections() -> None:
    register("signups", export=signups_export, erase=signups_erase)
    # The messages stay with the opportunity's people; the sender is emptied with the account.
    register("messages_to_participants", export=messages_sent_export)
