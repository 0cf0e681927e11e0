"""`manage.py load_demo`: the demo content of demo/data/*.toml, created through the services.

The demo is loaded once for this module, on a pinned day (see conftest.py)."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count, F, Q
from django.test import Client
from django.utils import timezone

from accounts.models import Profile, RegionCoordinator
from associations.models import Association, Invitation, JoinRequest, MeetingTime, Membership
from associations.services import invitation_revoke
from demo.loader import load, read_data
from tests.factories import AssociationFactory
from volunteering.models import Opportunity, OpportunityTime, SignUp
from volunteering.services import signup_withdraw

from .conftest import LOAD_DAY

FEATURED_REGIONS = ("etela-karjala", "kymenlaakso", "keski-suomi")

pytestmark = pytest.mark.usefixtures("demo")


def _counts():
    return {
        "associations": Association.objects.count(),
        "published": Association.objects.published().count(),
        "meeting_times": MeetingTime.objects.count(),
        "memberships": Membership.objects.count(),
        "join_requests": JoinRequest.objects.count(),
        "invitations": Invitation.objects.count(),
        "pending_invitations": Invitation.objects.pending().count(),
        "coordinators": RegionCoordinator.objects.count(),
        "users": get_user_model().objects.count(),
        "profiles": Profile.objects.count(),
        "opportunities": Opportunity.objects.count(),
        "current": Opportunity.objects.current().count(),
        "times": OpportunityTime.objects.count(),
        "signups": SignUp.objects.count(),
    }


def _with_places_taken():
    return Opportunity.objects.annotate(
        taken=Count("signups", filter=Q(signups__status__in=SignUp.HOLDS_PLACE))
    )


def test_load_demo_creates_the_demo_and_says_so(db, demo):
    assert demo.splitlines() == [
        "Demo accounts (password: demo-salasana-2026):",
        "  koordinaattori@example.fi              coordinator of Etelä-Karjala and Kymenlaakso",
        "  yllapito@example.fi                    site admin (/admin/; coordinator tools in every region)",
        "  koordinaattori.keskisuomi@example.com  coordinator of Keski-Suomi",
        "  yhdistys@example.fi                    association staff",
        "  puheenjohtaja@example.fi               association staff: owner of the card where yhdistys@ is editor",
        "  nuorisokahvila@example.fi              association staff: made a card that waits for verification",
        "  nuori@example.fi                       young user: has suggestions, a completed task "
        "with a certificate and a saved alert",
        "Associations: 48 in all, 44 published (48 demo associations).",
        "Opportunities: 81 in all, 78 open now.",
    ]
    data = read_data()
    assert Association.objects.count() == len(data["associations"]["associations"]) == 48
    assert Opportunity.objects.count() == len(data["opportunities"]["opportunities"]) == 81
    assert get_user_model().objects.count() == len(data["accounts"]["accounts"]) == 19
    for email in get_user_model().objects.values_list("email", flat=True):
        assert Client().login(email=email, password="demo-salasana-2026"), email


def test_load_demo_again_keeps_the_demo_and_what_users_changed(db):
    first = _counts()
    published_at = {
        model: dict(model.objects.values_list("slug", "published_at"))
        for model in (Association, Opportunity)
    }
    # What people did after the first load: a card renamed, a sign-up withdrawn, a card added.
    Association.objects.filter(slug="lappeenrannan-kipina").update(name="Kipinä ry")
    withdrawn = SignUp.objects.filter(status=SignUp.Status.ACCEPTED).first()
    signup_withdraw(signup=withdrawn)
    own = AssociationFactory(name="Oma yhdistys")
    signups = dict(SignUp.objects.values_list("pk", "status"))

    out = StringIO()
    call_command("load_demo", stdout=out)

    assert _counts() == {**first, "associations": 49, "published": 45}
    assert "Associations: 49 in all, 45 published (48 demo associations)." in out.getvalue()
    assert Association.objects.get(slug="lappeenrannan-kipina").name == "Kipinä ry"
    assert Association.objects.filter(pk=own.pk).exists()
    withdrawn.refresh_from_db()
    assert withdrawn.status == SignUp.Status.WITHDRAWN
    assert dict(SignUp.objects.values_list("pk", "status")) == signups
    for model, before in published_at.items():
        after = dict(model.objects.values_list("slug", "published_at"))
        assert {slug: after[slug] for slug in before} == before


def test_dates_are_counted_from_the_day_the_demo_is_loaded(db):
    today = timezone.localdate()
    assert today == LOAD_DAY

    def days(n):
        return LOAD_DAY + datetime.timedelta(days=n)

    # Recurring: starts in 10 days and lasts 120; apply within 8 days.
    coach = Opportunity.objects.get(slug="kipina-junioreiden-apuvalmentaja")
    assert (coach.start_date, coach.end_date, coach.application_deadline) == (
        days(10),
        days(130),
        days(8),
    )
    # One-off: on the first Tuesday 30 days or more from today, for two days.
    tryout = Opportunity.objects.get(slug="kipina-jtet-seuratyo")
    assert tryout.start_date == days(34) and tryout.start_date.weekday() == 1
    assert tryout.end_date == days(35)
    # One-off on one Saturday.
    tournament = Opportunity.objects.get(slug="kipina-perhesahlyturnauksen-talkoot")
    assert tournament.start_date == tournament.end_date == days(24)
    assert tournament.start_date.weekday() == 5
    # Every offset and weekday of the data, checked against what was created.
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for record in read_data()["opportunities"]["opportunities"]:
        opportunity = Opportunity.objects.get(slug=record["slug"])
        deadline = record.get("deadline_in_days")
        assert opportunity.application_deadline == (
            days(deadline) if deadline is not None else None
        )
        if "start_in_days" not in record:
            assert opportunity.start_date is None
            continue
        delay = (opportunity.start_date - days(record["start_in_days"])).days
        assert 0 <= delay < (7 if "start_weekday" in record else 1), record["slug"]
        if "start_weekday" in record:
            assert weekdays[opportunity.start_date.weekday()] == record["start_weekday"]
    # The people who signed up were born this many years before the year the demo was loaded.
    aino = Profile.objects.get(user__email="demo.osallistuja1@example.fi")
    assert aino.birth_year == LOAD_DAY.year - 19
    assert set(SignUp.objects.filter(user=aino.user).values_list("birth_year", flat=True)) == {
        LOAD_DAY.year - 19
    }


def test_demo_association_cards(db):
    assert Association.objects.published().count() == 44
    for region in FEATURED_REGIONS:
        published = (
            Association.objects.published().filter(municipalities__region__slug=region).distinct()
        )
        assert published.count() > 10, region

    assert Association.objects.filter(
        home_municipality__slug="kotka", languages__slug="sv", contact_language="sv"
    ).exists()

    # The visibility rules have something to show: drafts and a hidden card.
    assert Association.objects.filter(status=Association.Status.DRAFT).count() >= 2
    assert Association.objects.filter(status=Association.Status.HIDDEN).exists()
    # Published cards went through the service, which dates them.
    assert not Association.objects.published().filter(published_at__isnull=True).exists()
    assert Association.objects.filter(has_evening_activity=True).exists()
    assert Association.objects.filter(has_evening_activity=False).exists()
    # Texts keep their paragraphs and lists (Markdown), without the indentation of the source.
    kipina = Association.objects.get(slug="lappeenrannan-kipina")
    assert kipina.description.startswith("Lappeenrannan Kipinä on salibandyseura")
    assert "\n\nLisäksi järjestämme:\n\n- perhesählyä lauantaisin" in kipina.description
    assert kipina.social_links.splitlines() == [
        "https://www.instagram.com/example_kipina",
        "https://www.facebook.com/example.kipina",
    ]
    assert set(kipina.municipalities.values_list("slug", flat=True)) == {
        "lappeenranta",
        "lemi",
        "taipalsaari",
    }
    assert kipina.meeting_times.count() == 4
    for model in (Association, Opportunity):
        for instance in model.objects.all():
            instance.full_clean()  # a card's business ID check digit too


def test_demo_accounts_have_their_roles(db):
    User = get_user_model()

    staff = User.objects.get(email="yhdistys@example.fi")
    owned = Association.objects.filter(
        memberships__user=staff, memberships__role=Membership.Role.OWNER
    )
    assert owned.count() == 2
    assert owned.filter(status=Association.Status.DRAFT).exists()
    edited = Association.objects.get(
        memberships__user=staff, memberships__role=Membership.Role.EDITOR
    )
    assert edited.memberships.get(role=Membership.Role.OWNER).user.email == (
        "puheenjohtaja@example.fi"
    )
    assert set(
        staff.association_memberships.values_list(
            "association__home_municipality__region__slug", flat=True
        )
    ) <= {
        "etela-karjala",
        "kymenlaakso",
    }

    coordinator = User.objects.get(email="koordinaattori@example.fi")
    # A coordinator, not an admin: the coordinator tools show only the two regions.
    assert not coordinator.is_superuser and not coordinator.is_staff
    assert User.objects.get(email="yllapito@example.fi").is_superuser
    assert set(
        RegionCoordinator.objects.filter(user=coordinator).values_list("region__slug", flat=True)
    ) == {"etela-karjala", "kymenlaakso"}
    assert set(
        RegionCoordinator.objects.filter(
            user__email="koordinaattori.keskisuomi@example.com"
        ).values_list("region__slug", flat=True)
    ) == {"keski-suomi"}
    assert list(User.objects.filter(is_staff=True).values_list("email", flat=True)) == [
        "yllapito@example.fi"
    ]
    assert not User.objects.exclude(emailaddress__verified=True).exists()


def test_demo_opportunities_show_what_the_portal_can_do(db):
    today = timezone.localdate()
    current = Opportunity.objects.current()

    # Every type, several times, and every kind of schedule, in every featured region.
    assert current.count() == 78
    assert set(current.values_list("type", flat=True)) == set(Opportunity.Type.values)
    for type_ in Opportunity.Type.values:
        assert current.filter(type=type_).count() >= 3, type_
    assert set(current.values_list("schedule", flat=True)) == set(Opportunity.Schedule.values)
    for region in FEATURED_REGIONS:
        assert current.filter(municipality__region__slug=region).count() >= 15, region
    tryouts = Opportunity.objects.filter(type=Opportunity.Type.TRYOUT)
    assert set(tryouts.values_list("total_days", flat=True)) <= {2, 3}

    # One past its deadline, one closed, the rest upcoming within four months.
    past_deadline = Opportunity.objects.filter(application_deadline__lt=today)
    assert past_deadline.count() == 1
    assert not current.filter(pk__in=past_deadline).exists()
    assert Opportunity.objects.filter(status=Opportunity.Status.CLOSED).count() == 1
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


def test_the_staff_account_has_join_requests_waiting(db):
    staff = get_user_model().objects.get(email="yhdistys@example.fi")
    waiting = JoinRequest.objects.filter(
        association__memberships__user=staff, status=JoinRequest.Status.PENDING
    )
    assert waiting.count() == 2
    assert {request.association.slug for request in waiting} == {
        "lappeenrannan-kipina",
        "kotkan-meripartiolaiset-ankkuri",
    }


def test_the_staff_account_has_an_invitation_waiting(db):
    staff = get_user_model().objects.get(email="yhdistys@example.fi")
    invitation = Invitation.objects.pending().get()
    assert invitation.association.slug == "lappeenrannan-kipina"
    assert invitation.invited_by == staff
    assert (invitation.email, invitation.role, invitation.language) == (
        "uusi.vapaaehtoinen@example.com",
        Membership.Role.EDITOR,
        "fi",
    )
    client = Client()
    client.force_login(staff)
    response = client.get("/manage/lappeenrannan-kipina/staff/")
    assert "uusi.vapaaehtoinen@example.com" in response.content.decode()


def _only_kipina():
    """The demo data with one card and nothing to sign up for: loads again in a moment."""
    data = read_data()
    data["associations"]["associations"] = [
        record
        for record in data["associations"]["associations"]
        if record["slug"] == "lappeenrannan-kipina"
    ]
    data["opportunities"] = {"opportunities": []}
    data["signups"] = {"signups": []}
    data["reports"] = {"reports": []}
    return data


def test_loading_again_invites_nobody_twice(db):
    load(data=_only_kipina())

    assert Invitation.objects.count() == Invitation.objects.pending().count() == 1


def test_a_revoked_demo_invitation_stays_revoked(db):
    invitation_revoke(invitation=Invitation.objects.get())

    load(data=_only_kipina())

    assert Invitation.objects.count() == 1
    assert not Invitation.objects.pending().exists()
