"""Generated opportunities, people and sign-ups (bench/opportunities.py), at small sizes."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q

from accounts.models import Profile, RegionCoordinator
from associations.models import Association, Membership, Offering
from associations.services import association_facet_keys
from bench.generator import EMAIL_DOMAIN, bench_associations
from bench.management.commands.generate_bench_data import Command
from bench.opportunities import (
    LOGIN_USERS,
    PERSON_PREFERENCES,
    bench_opportunities,
    bench_people,
    login_email,
)
from bench.sessions import bench_targets, log_in_bench_users
from core.models import Municipality
from matching.models import Preferences
from volunteering.models import Opportunity, SignUp
from volunteering.services import opportunity_create

pytestmark = pytest.mark.django_db


def generate(**options):
    call_command(Command(), **options)


@pytest.fixture
def generated():
    generate(associations=60, opportunities=400, seed=1)
    return bench_opportunities(EMAIL_DOMAIN)


def test_opportunities_cover_every_type_schedule_and_municipality(generated):
    assert generated.count() == 400
    assert set(generated.values_list("type", flat=True)) == set(Opportunity.Type.values)
    assert set(generated.values_list("schedule", flat=True)) == set(Opportunity.Schedule.values)
    municipalities = set(generated.values_list("municipality", flat=True))
    assert municipalities >= set(Municipality.objects.values_list("pk", flat=True))
    assert set(generated.filter(association__in=bench_associations()).values_list("pk", flat=True))
    published = generated.filter(status=Opportunity.Status.PUBLISHED).count()
    assert published > 300
    assert generated.current().count() > 100
    for flag in ("is_evening", "is_weekend", "is_supported", "for_english_speakers"):
        assert generated.filter(**{flag: True}).exists(), flag
    for flag in ("for_under_18s", "is_popup", "is_remote", "chooses_people"):
        assert generated.filter(**{flag: True}).exists(), flag
    recurring = generated.filter(schedule=Opportunity.Schedule.RECURRING)
    assert not recurring.filter(times=None).exists()
    assert not generated.filter(categories=None).exists()
    assert Offering.objects.filter(association__in=bench_associations()).exists()
    if connection.vendor == "postgresql":
        assert not generated.filter(search_vector=None).exists()


def test_sign_ups_never_overbook(generated):
    signups = SignUp.objects.filter(opportunity__in=generated)
    assert signups.count() > 400
    assert set(signups.values_list("status", flat=True)) >= {
        SignUp.Status.ACCEPTED,
        SignUp.Status.WAITLISTED,
        SignUp.Status.PENDING,
        SignUp.Status.WITHDRAWN,
        SignUp.Status.COMPLETED,
    }
    rows = generated.annotate(
        taken=Count("signups", filter=Q(signups__status__in=SignUp.HOLDS_PLACE)),
        waiting=Count("signups", filter=Q(signups__status=SignUp.Status.WAITLISTED)),
    ).values("places", "taken", "waiting")
    assert any(row["waiting"] for row in rows)
    for row in rows:
        if row["places"] is None:
            assert row["waiting"] == 0
        else:
            assert row["taken"] <= row["places"]
            # People wait only when every place is taken.
            assert not row["waiting"] or row["taken"] == row["places"]
    assert not generated.filter(
        status__in=[Opportunity.Status.DRAFT, Opportunity.Status.PENDING], signups__isnull=False
    ).exists()


def test_people_and_the_bench_accounts(generated):
    people = bench_people(EMAIL_DOMAIN)
    assert people.count() >= 50
    assert Profile.objects.filter(user__in=people).count() == people.count()
    person = people.get(email=login_email("person", EMAIL_DOMAIN))
    assert person.signups.count() >= 5
    preferences = Preferences.objects.get(user=person)
    assert preferences.travel_range == Preferences.TravelRange.REGION
    assert preferences.free_times == [Preferences.FreeTime.EVENINGS]
    assert {topic.slug for topic in preferences.topics.all()} == set(PERSON_PREFERENCES["topics"])
    staff = people.get(email=login_email("staff", EMAIL_DOMAIN))
    membership = Membership.objects.get(user=staff)
    assert membership.role == Membership.Role.OWNER
    assert membership.association.status == Association.Status.PUBLISHED
    assert SignUp.objects.filter(opportunity__association=membership.association).count() >= 12
    coordinator = people.get(email=login_email("coordinator", EMAIL_DOMAIN))
    assert RegionCoordinator.objects.get(user=coordinator).region.slug == "kymenlaakso"


def test_the_bench_sessions_log_the_accounts_in(generated, client):
    logged_in = log_in_bench_users()
    targets = bench_targets()

    assert set(logged_in["sessions"]) == set(LOGIN_USERS)
    client.cookies[logged_in["cookie"]] = logged_in["sessions"]["person"]
    response = client.get("/me/")
    assert response.status_code == 200
    assert response.wsgi_request.user.email == login_email("person", EMAIL_DOMAIN)
    assert client.get("/me/suggestions/").status_code == 200
    client.cookies[logged_in["cookie"]] = logged_in["sessions"]["staff"]
    card, opportunity = targets["staff_card"], targets["staff_opportunity"]
    assert client.get(f"/manage/{card}/opportunities/{opportunity}/people/").status_code == 200
    client.cookies[logged_in["cookie"]] = logged_in["sessions"]["coordinator"]
    assert client.get("/coordinate/").status_code == 200
    assert client.get(f"/opportunities/{targets['opportunity']}/").status_code == 200
    assert client.get(f"/associations/{targets['card']}/").status_code == 200


def test_a_generated_opportunity_has_the_derived_fields_the_service_would_save():
    generate(associations=20, opportunities=120, seed=5)
    generated = list(
        bench_opportunities(EMAIL_DOMAIN)
        .select_related("association")
        .prefetch_related("categories", "languages", "times")
        .order_by("pk")
    )
    # The sample covers what the rules depend on.
    assert {o.is_evening for o in generated} == {True, False}
    assert {o.is_weekend for o in generated} == {True, False}

    skipped = {"id", "slug", "search_text", "search_vector", "is_evening", "is_weekend"}
    skipped |= {"facet_keys"}
    skipped |= {"status", "published_at", "created_at", "updated_at"}
    for opportunity in generated:
        fields = {
            field.attname: getattr(opportunity, field.attname)
            for field in Opportunity._meta.concrete_fields
            if field.name not in skipped and field.attname != "association_id"
        }
        saved = opportunity_create(
            association=opportunity.association,
            fields={**fields, "slug": f"saved-{opportunity.pk}"},
            categories=list(opportunity.categories.all()),
            languages=list(opportunity.languages.all()),
            weekly_times=[
                {"weekday": t.weekday, "start_time": t.start_time, "end_time": t.end_time}
                for t in opportunity.times.all()
            ],
        )

        names = ["search_text", "is_evening", "is_weekend", "facet_keys"]
        if connection.vendor == "postgresql":
            names.append("search_vector")
        rows = Opportunity.objects.filter(pk__in=[opportunity.pk, saved.pk]).values("pk", *names)
        values = {row.pop("pk"): row for row in rows}
        assert values[opportunity.pk] == values[saved.pk], opportunity.title


def test_clear_deletes_the_generated_opportunities_and_people(generated):
    generate(associations=5, opportunities=20, seed=2, clear=True)

    assert bench_opportunities(EMAIL_DOMAIN).count() == 20
    assert bench_associations().count() == 5
    assert (
        not SignUp.objects.filter(opportunity__association__in=bench_associations()).count()
        > 20 * 10
    )
    assert bench_people(EMAIL_DOMAIN).count() == 50


def test_the_cards_facet_keys_include_their_generated_activities(generated):
    cards = list(bench_associations().prefetch_related("offerings"))
    assert any(card.offerings.all() for card in cards)

    for card in cards:
        assert card.facet_keys == association_facet_keys(card), card.name
    with_free = [card for card in cards if any(o.is_free for o in card.offerings.all())]
    assert with_free and all("free_activity" in card.facet_keys.split() for card in with_free)


def test_the_bench_sessions_give_an_older_database_the_persons_preferences(generated, capsys):
    from bench.management.commands.bench_sessions import Command as SessionsCommand

    Preferences.objects.all().delete()

    call_command(SessionsCommand())

    person = bench_people(EMAIL_DOMAIN).get(email=login_email("person", EMAIL_DOMAIN))
    assert Preferences.objects.get(user=person).kinds == list(PERSON_PREFERENCES["kinds"])
    assert '"sessions"' in capsys.readouterr().out
