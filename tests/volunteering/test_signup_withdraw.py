"""Withdrawing a sign-up: POST /opportunities/signups/<pk>/withdraw/ from the own page."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from tests.factories import (
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from tests.volunteering.helpers import days_from_today, emails_by_recipient, translated
from volunteering import services
from volunteering.models import Opportunity, SignUp

pytestmark = pytest.mark.django_db

UNDER_15 = (
    "Under 15: the person was asked to talk with their guardian before taking part. "
    "Make sure the guardian knows."
)


def withdraw_url(signup):
    return f"/en/opportunities/signups/{signup.pk}/withdraw/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def signup(association, person):
    opportunity = OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        contact_email="satu@example.com",
        contact_language="sv",
    )
    return SignUpFactory(opportunity=opportunity, user=person)


@pytest.mark.parametrize("status", ["accepted", "waitlisted", "pending"])
def test_withdrawing_own_sign_up(client, association, signup, person, status):
    SignUp.objects.filter(pk=signup.pk).update(status=status)
    client.force_login(person)

    response = client.post(withdraw_url(signup), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["You withdrew from Läksykerhon ohjaaja."]
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.WITHDRAWN
    # The own page shows the new state and no button to withdraw again.
    html = response.content.decode()
    assert ">Withdrawn</td>" in html
    assert withdraw_url(signup) not in html


def test_the_association_is_told(client, association, signup, person):
    MembershipFactory(association=association, user__email="staff@example.com", user__language="en")
    client.force_login(person)

    client.post(withdraw_url(signup))

    emails = emails_by_recipient()
    assert sorted(emails) == [
        "info@nuorisoseura.example.com",
        "satu@example.com",
        "staff@example.com",
    ]
    for email in emails.values():
        assert "aino@example.com" in email.body
        assert "Läksykerhon ohjaaja" in email.subject
    # Each in their own language: the links lead to pages in it.
    slug = signup.opportunity.slug
    assert f"/sv/opportunities/{slug}/" in emails["satu@example.com"].body
    assert f"/en/opportunities/{slug}/" in emails["staff@example.com"].body
    finnish = f"{settings.SITE_URL}/opportunities/{slug}/"
    assert finnish in emails["info@nuorisoseura.example.com"].body


def test_get_is_not_allowed(client, signup, person):
    client.force_login(person)

    response = client.get(withdraw_url(signup))

    assert response.status_code == 405
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED
    assert mail.outbox == []


def test_anonymous_visitor_is_sent_to_log_in(client, signup):
    response = client.post(withdraw_url(signup))

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={withdraw_url(signup)}"
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED


def test_someone_elses_sign_up_is_not_found(client, signup, association):
    other = SignUpFactory(opportunity=signup.opportunity).user
    client.force_login(other)

    response = client.post(withdraw_url(signup))

    assert response.status_code == 404
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED
    assert mail.outbox == []


def test_staff_cannot_withdraw_a_persons_sign_up_here(client, association, signup):
    staff = MembershipFactory(association=association, owner=True).user
    client.force_login(staff)

    assert client.post(withdraw_url(signup)).status_code == 404
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED


def test_unknown_sign_up_is_not_found(client, person):
    client.force_login(person)

    assert client.post("/en/opportunities/signups/999999/withdraw/").status_code == 404


@pytest.mark.parametrize("status", ["withdrawn", "declined", "completed"])
def test_a_sign_up_that_is_no_longer_active_cannot_be_withdrawn(client, signup, person, status):
    SignUp.objects.filter(pk=signup.pk).update(status=status)
    client.force_login(person)

    response = client.post(withdraw_url(signup), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["This sign-up can no longer be withdrawn."]
    signup.refresh_from_db()
    assert signup.status == status
    assert mail.outbox == []


def test_withdrawing_frees_the_place(client, association, person):
    opportunity = OpportunityFactory(association=association, places=1)
    signup = SignUpFactory(opportunity=opportunity, user=person)
    client.force_login(person)

    client.post(withdraw_url(signup))

    html = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()
    assert "1 place left." in html


# --- A freed place goes to the first on the waiting list -------------------------------------


@pytest.fixture
def full_with_a_line(association, person):
    """One place, taken by the person; two people wait, the Swedish speaker first."""
    opportunity = OpportunityFactory(
        association=association, places=1, title="Kirpputorin apu", contact_email=""
    )
    taken = SignUpFactory(opportunity=opportunity, user=person)
    # The line goes by the time of signing up, not by the order the rows were made in.
    second = SignUpFactory(
        opportunity=opportunity,
        waitlisted=True,
        user__email="second@example.com",
        created_at=timezone.now() - datetime.timedelta(days=1),
    )
    first = SignUpFactory(
        opportunity=opportunity,
        waitlisted=True,
        user__email="first@example.com",
        # Signed up on a Finnish page, and has since used the portal in Swedish.
        user__language="sv",
        language="fi",
        created_at=timezone.now() - datetime.timedelta(days=2),
    )
    return opportunity, taken, first, second


def test_a_freed_place_goes_to_the_first_in_line_and_they_are_told_in_their_language(
    client, person, full_with_a_line
):
    opportunity, taken, first, second = full_with_a_line
    client.force_login(person)

    client.post(withdraw_url(taken))

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == SignUp.Status.ACCEPTED
    assert second.status == SignUp.Status.WAITLISTED
    email = emails_by_recipient()["first@example.com"]
    assert email.subject == translated("sv", "You got a place: %(title)s", title="Kirpputorin apu")
    assert email.subject != "You got a place: Kirpputorin apu"
    assert f"{settings.SITE_URL}/sv/opportunities/{opportunity.slug}/" in email.body
    assert "second@example.com" not in emails_by_recipient()
    # The association hears who got the place, in its own language.
    told = [m for m in mail.outbox if m.to == ["info@nuorisoseura.example.com"]]
    assert [m.subject for m in told] == [
        translated("fi", "A sign-up was withdrawn: %(title)s", title="Kirpputorin apu"),
        translated(
            "fi", "A place went to the next on the waiting list: %(title)s", title="Kirpputorin apu"
        ),
    ]
    assert "first@example.com" in told[1].body


def test_the_freed_place_is_not_shown_as_free_and_a_newcomer_waits(
    client, person, full_with_a_line
):
    opportunity, taken, first, second = full_with_a_line
    client.force_login(person)
    client.post(withdraw_url(taken))

    html = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()
    assert "All places are taken. You can still sign up for the waiting list." in html
    assert "1 place left." not in html

    newcomer = UserFactory()
    client.force_login(newcomer)
    client.post(
        f"/en/opportunities/{opportunity.slug}/sign-up/",
        {
            "preferred_name": "Uusi",
            "birth_year": years_ago(30),
            "home_municipality": "kouvola",
            "consent": "on",
        },
    )
    assert SignUp.objects.get(user=newcomer).status == SignUp.Status.WAITLISTED
    assert list(
        opportunity.signups.filter(status=SignUp.Status.ACCEPTED).values_list("pk", flat=True)
    ) == [first.pk]


def test_with_people_waiting_no_place_is_shown_as_free(client, association):
    """A place may be free while people wait (an association declined someone): it is theirs."""
    opportunity = OpportunityFactory(association=association, places=3, title="Jonotehtävä")
    SignUpFactory(opportunity=opportunity)
    SignUpFactory(opportunity=opportunity, waitlisted=True)

    detail = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()
    listing = client.get("/en/opportunities/").content.decode()

    assert "All places are taken. You can still sign up for the waiting list." in detail
    assert "places left" not in detail
    card = listing[listing.index("Jonotehtävä") :]
    assert "Full: waiting list" in card[: card.index("</article>")]


def test_withdrawing_from_the_waiting_list_moves_nobody_into_a_full_one(
    client, association, full_with_a_line
):
    opportunity, taken, first, second = full_with_a_line
    client.force_login(first.user)

    client.post(withdraw_url(first))

    assert SignUp.objects.get(pk=taken.pk).status == SignUp.Status.ACCEPTED
    assert SignUp.objects.get(pk=second.pk).status == SignUp.Status.WAITLISTED
    assert "second@example.com" not in emails_by_recipient()


def test_nobody_moves_up_once_the_opportunity_is_over(client, person, full_with_a_line):
    opportunity, taken, first, second = full_with_a_line
    Opportunity.objects.filter(pk=opportunity.pk).update(
        start_date=days_from_today(-10), end_date=days_from_today(-1)
    )
    client.force_login(person)

    client.post(withdraw_url(taken))

    assert SignUp.objects.get(pk=first.pk).status == SignUp.Status.WAITLISTED
    assert "first@example.com" not in emails_by_recipient()


def test_a_person_under_15_who_moves_up_hears_of_the_guardian(client, person, full_with_a_line):
    opportunity, taken, first, second = full_with_a_line
    SignUp.objects.filter(pk=first.pk).update(birth_year=years_ago(13))
    client.force_login(person)

    client.post(withdraw_url(taken))

    body = emails_by_recipient()["first@example.com"].body
    assert (
        translated(
            "sv",
            "You are under 15. Talk with your guardian, for example a parent, before you take "
            "part, and agree on it together.",
        )
        in body
    )
    told = [m for m in mail.outbox if m.to == ["info@nuorisoseura.example.com"]][-1]
    assert translated("fi", UNDER_15) in told.body


def test_the_service_fills_places_added_later(association):
    opportunity = OpportunityFactory(association=association, places=1)
    SignUpFactory(opportunity=opportunity)
    waiting = SignUpFactory.create_batch(3, opportunity=opportunity, waitlisted=True)
    Opportunity.objects.filter(pk=opportunity.pk).update(places=3)

    promoted = services.signups_fill_free_places(opportunity=opportunity)

    assert [signup.pk for signup in promoted] == [waiting[0].pk, waiting[1].pk]
    assert SignUp.objects.get(pk=waiting[2].pk).status == SignUp.Status.WAITLISTED
