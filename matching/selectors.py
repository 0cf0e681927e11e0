"""Reads of what a person is looking for."""

from volunteering.models import Opportunity, Skill

from .models import Preferences


def preferences_of(user) -> Preferences | None:
    """The person's own preferences with their topics and languages (three queries at most),
    or None before they first save them."""
    return Preferences.objects.filter(user=user).prefetch_related("topics", "languages").first()


def preferences_export(user) -> dict | None:
    """The person's preferences for their own data download (core.personal_data)."""
    preferences = preferences_of(user)
    if preferences is None:
        return None
    return {
        "travel_range": preferences.travel_range,
        "topics": [topic.slug for topic in preferences.topics.all()],
        "kinds": preferences.kinds,
        "free_times": preferences.free_times,
        "languages": [language.slug for language in preferences.languages.all()],
        "skills": preferences.skills,
        "own_skills": preferences.own_skills,
        "updated_at": preferences.updated_at.isoformat(),
    }


def preferences_summary_of(user) -> list[str]:
    """A few words for each answered question, for the person's own page (two queries at
    most): how far, when, what kind, which topics and skills."""
    preferences = Preferences.objects.filter(user=user).prefetch_related("topics").first()
    if preferences is None:
        return []

    def labels(values, choices):
        names = dict(choices)
        return [names[value] for value in values if value in names]

    groups = [
        [preferences.get_travel_range_display()] if preferences.travel_range else [],
        labels(preferences.free_times, Preferences.FreeTime.choices),
        labels(preferences.kinds, Opportunity.Type.choices),
        [topic.name for topic in preferences.topics.all()],
        labels(preferences.skills, Skill.choices),
        [preferences.own_skills] if preferences.own_skills else [],
    ]
    return [", ".join(str(label) for label in group) for group in groups if group]
