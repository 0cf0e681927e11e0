"""The demo opportunities of `load_demo`. Loading the demo takes a while (the Finnish search
index is built for each card), so it is loaded as few times as possible."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count, F, Q
from django.test import Client
from django.utils import timezone

from demo.opportunities import DEMO_OPPORTUNITIES
from volunteering.models import Opportunity, OpportunityTime, SignUp

FEATURED_REGIONS = ("etela-karjala", "kymenlaakso", "keski-suomi")


def _counts():
    return {
        "opportunities": Opportunity.objects.count(),
        "current": Opportunity.objects.current().count(),
        "times": OpportunityTime.objects.count(),
        "signups": SignUp.objects.count(),
        "users": get_user_model().objects.count(),
    }


def _with_places_taken():
    return Opportunity.objects.annotate(
        taken=Count("signups", filter=Q(signups__status__in=SignUp.HOLDS_PLACE))
    )


@pytest.mark.django_db
def test_load_demo_twice_keeps_the_opportunities_as_they_are():
    out = StringIO()
    call_command("load_demo", stdout=out)
    first = _counts()
    published_at = dict(Opportunity.objects.values_list("slug", "published_at"))
    signups = dict(SignUp.objects.values_list("pk", "status"))

    call_command("load_demo", stdout=out)

    assert _counts() == first
    assert dict(Opportunity.objects.values_list("slug", "published_at")) == published_at
    assert dict(SignUp.objects.values_list("pk", "status")) == signups
    assert first["opportunities"] == len(DEMO_OPPORTUNITIES) >= 60
    assert f"Opportunities: {first['opportunities']} in all" in out.getvalue()


@pytest.mark.django_db
def test_demo_opportunities_show_what_the_portal_can_do():
    call_command("load_demo", stdout=StringIO())
    today = timezone.localdate()
    current = Opportunity.objects.current()

    # Every type, several times, and every kind of schedule, in every featured region.
    assert set(current.values_list("type", flat=True)) == set(Opportunity.Type.values)
    for type_ in Opportunity.Type.values:
        assert current.filter(type=type_).count() >= 3, type_
    assert set(current.values_list("schedule", flat=True)) == set(Opportunity.Schedule.values)
    for region in FEATURED_REGIONS:
        assert current.filter(municipality__region__slug=region).count() >= 15, region
    tryouts = Opportunity.objects.filter(type=Opportunity.Type.TRYOUT)
    assert set(tryouts.values_list("total_days", flat=True)) <= {2, 3}

    # Dates are counted from today: one past its deadline, one closed, the rest upcoming.
    past_deadline = Opportunity.objects.filter(application_deadline__lt=today)
    assert past_deadline.count() == 1
    assert not current.filter(pk__in=past_deadline).exists()
    assert Opportunity.objects.filter(status=Opportunity.Status.CLOSED).count() == 1
    assert current.count() == Opportunity.objects.count() - 2
    for start in Opportunity.objects.exclude(start_date=None).values_list("start_date", flat=True):
        assert today < start <= today + datetime.timedelta(days=126)
    one_off = Opportunity.objects.filter(schedule=Opportunity.Schedule.ONE_OFF)
    assert not one_off.filter(Q(start_date=None) | Q(end_date=None)).exists()
    recurring = Opportunity.objects.filter(schedule=Opportunity.Schedule.RECURRING)
    assert not recurring.filter(times=None).exists()

    # Small ones are full, the next person waits, and nothing is overbooked.
    full = _with_places_taken().filter(places__isnull=False, taken=F("places"))
    assert full.count() >= 3
    assert not full.filter(places__gt=3).exists()
    assert not _with_places_taken().filter(taken__gt=F("places")).exists()
    assert SignUp.objects.filter(status=SignUp.Status.WAITLISTED).exists()

    # Evening tasks in Kymenlaakso (Kouvola, Kotka) are current and listed.
    evening = current.filter(is_evening=True, municipality__region__slug="kymenlaakso")
    assert evening.filter(municipality__slug__in=["kouvola", "kotka"]).count() >= 3
    response = Client().get("/opportunities/", {"region": "kymenlaakso", "evening": "on"})
    assert response.status_code == 200
    listed = {opportunity.slug for opportunity in response.context["opportunities"]}
    assert len(listed) >= 3
    assert listed <= set(evening.values_list("slug", flat=True))

    # Ages, languages and the rest of the filters have something to find.
    assert current.filter(min_age=15, max_age=29).exists()
    assert current.filter(min_age=16, max_age=None).exists()
    assert current.filter(min_age=18).exclude(requirements="").exists()
    assert current.filter(min_age=None, max_age=None).exists()
    assert current.filter(languages__slug="sv", association__contact_language="sv").exists()
    assert current.filter(is_remote=True).exists()
    assert current.filter(is_weekend=True).exists()
    assert current.filter(beginner_friendly=True).exists()
    assert current.filter(places=None).exists()
    assert current.exclude(plain_language_summary="").exists()
    benefits = {benefit for o in Opportunity.objects.all() for benefit in o.benefits}
    assert benefits == set(Opportunity.Benefit.values)
    for opportunity in Opportunity.objects.all():
        opportunity.full_clean()
