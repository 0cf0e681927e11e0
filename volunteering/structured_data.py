"""schema.org descriptions of opportunities: a job posting for work, an event for dated ones."""

import datetime

from .models import Opportunity

EMPLOYMENT_TYPES = {
    Opportunity.Type.JOB: "TEMPORARY",
    Opportunity.Type.PLACEMENT: "INTERN",
    Opportunity.Type.TRYOUT: "INTERN",
}


def _place(opportunity):
    """Where it happens; None for a remote one without a municipality."""
    if opportunity.municipality is None:
        return None
    return {
        "@type": "Place",
        "name": opportunity.address or opportunity.municipality.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": opportunity.address,
            "addressLocality": opportunity.municipality.name,
            "addressCountry": "FI",
        },
    }


def opportunity_data(opportunity: Opportunity, *, absolute_url) -> dict:
    organization = {
        "@type": "Organization",
        "name": opportunity.association.name,
        "url": absolute_url(opportunity.association.get_absolute_url()),
    }
    url = absolute_url(opportunity.get_absolute_url())
    dated = opportunity.schedule == Opportunity.Schedule.ONE_OFF and opportunity.start_date
    is_work = opportunity.type in EMPLOYMENT_TYPES
    if dated and not is_work or opportunity.type == Opportunity.Type.GROUP:
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": opportunity.title,
            "description": opportunity.short_description,
            "url": url,
            "organizer": organization,
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
            if opportunity.is_remote
            else "https://schema.org/OfflineEventAttendanceMode",
        }
        if opportunity.start_date:
            data["startDate"] = _datetime(opportunity.start_date, opportunity.start_time)
            data["endDate"] = _datetime(
                opportunity.end_date or opportunity.start_date, opportunity.end_time
            )
        place = _place(opportunity)
        if place:
            data["location"] = place
        return data
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": opportunity.title,
        "description": opportunity.short_description,
        "url": url,
        "datePosted": (opportunity.published_at or opportunity.created_at).date().isoformat(),
        "employmentType": EMPLOYMENT_TYPES.get(opportunity.type, "VOLUNTEER"),
        "hiringOrganization": organization,
    }
    if opportunity.application_deadline:
        data["validThrough"] = opportunity.application_deadline.isoformat()
    if opportunity.is_remote:
        data["jobLocationType"] = "TELECOMMUTE"
    place = _place(opportunity)
    if place:
        data["jobLocation"] = place
    return data


def _datetime(day: datetime.date, time: datetime.time | None) -> str:
    return datetime.datetime.combine(day, time).isoformat() if time else day.isoformat()
