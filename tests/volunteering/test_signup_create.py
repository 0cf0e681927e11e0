"""Signing up: /opportunities/<slug>/sign-up/, the profile it fills in, and the emails."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from accounts.models import Profile
from core.models import Municipality
from tests.factories import (
    MembershipFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from tests.personas import make_persona
from tests.volunteering.helpers import days_from_today, emails_by_recipient, translated
from volunteering import services
from volunteering.models import Opportunity, SignUp

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

MESSAGE = "Hei! Olen käynyt kerhoa itsekin ja haluaisin auttaa."
INTERESTS = "Matematiikka ja pelit."
WAITING_LIST = (
    "All places are taken, so you are on the waiting list. "
    "If a place becomes free, it goes to the first in line, and you will get an email."
)
CLOSED = "This opportunity no longer takes sign-ups."
DAY = datetime.timedelta(days=1)


def signup_url(opportunity, prefix="/en"):
    return f"{prefix}/opportunities/{opportunity.slug}/sign-up/"


def first_time_data(**overrides):
    """What a person fills in the first time: also their name, birth year and home
    municipality."""
    return {
        "preferred_name": "Aino Virtanen",
        "birth_year": years_ago(25),
        "home_municipality": "kotka",
        "phone": "040 123 4567",
        "message": MESSAGE,
        "interests": INTERESTS,
        "consent": "on",
        **overrides,
    }


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def opportunity(association):
    return OpportunityFactory(
        association=association, title="Läksykerhon ohjaaja", places=5, min_age=15
    )


# --- Who may sign up -------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_log_in(client, opportunity, method):
    data = first_time_data() if method == "post" else None
    response = getattr(client, method)(signup_url(opportunity), data)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={signup_url(opportunity)}"
    assert not SignUp.objects.exists()


@pytest.mark.parametrize("status", ["draft", "pending", "archived"])
@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_an_opportunity_that_is_not_public_is_not_found(client, association, status, persona):
    opportunity = OpportunityFactory(association=association, **{status: True})
    client.force_login(make_persona(persona, association))

    assert client.get(signup_url(opportunity)).status_code == 404
    assert client.post(signup_url(opportunity), first_time_data()).status_code == 404
    assert not SignUp.objects.exists()


def test_unknown_opportunity_is_not_found(client, person):
    client.force_login(person)

    assert client.get("/en/opportunities/no-such-task/sign-up/").status_code == 404


# --- The first and the second time -----------------------------------------------------------


def test_the_first_time_the_form_asks_birth_year_and_home_municipality(client, opportunity, person):
    client.force_login(person)

    response = client.get(signup_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Sign up: Läksykerhon ohjaaja</h1>" in html
    assert 'name="birth_year"' in html
    assert 'name="home_municipality"' in html
    assert 'name="consent"' in html
    assert "shared with Kouvolan Nuorisoseura." in html
    assert "From your profile:" not in html
    assert "error-summary" not in html


def test_signing_up_the_first_time(client, opportunity, person):
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == [
        "You have signed up. A confirmation is on its way to your email."
    ]
    signup = SignUp.objects.get()
    assert signup.user == person
    assert signup.opportunity == opportunity
    assert signup.status == SignUp.Status.ACCEPTED
    assert signup.birth_year == years_ago(25)
    assert signup.home_municipality.slug == "kotka"
    assert signup.phone == "040 123 4567"
    assert signup.message == MESSAGE
    assert signup.interests == INTERESTS
    assert signup.consent_at is not None
    assert signup.language == "en"
    # What the person told is kept on their profile for the next time.
    profile = Profile.objects.get(user=person)
    assert profile.birth_year == years_ago(25)
    assert profile.home_municipality.slug == "kotka"
    assert profile.phone == "040 123 4567"
    assert profile.interests == INTERESTS
    person.refresh_from_db()
    assert person.language == "en"
    # The own page shows it.
    assert "Läksykerhon ohjaaja" in response.content.decode()


def test_the_second_time_the_form_does_not_ask_them_again(client, opportunity, person):
    client.force_login(person)
    client.post(signup_url(opportunity), first_time_data())
    second = OpportunityFactory(association=opportunity.association, title="Kirpputorin apu")

    response = client.get(signup_url(second))

    html = response.content.decode()
    assert 'name="birth_year"' not in html
    assert 'name="home_municipality"' not in html
    assert "From your profile:" in html
    assert f"born {years_ago(25)}, Kotka." in html
    # The phone and the interests are filled in from the profile, and may be changed.
    assert 'value="040 123 4567"' in html
    assert INTERESTS in html

    response = client.post(signup_url(second), {"consent": "on", "phone": "050 765 4321"})

    assert response.status_code == 302
    signup = SignUp.objects.get(opportunity=second)
    assert signup.birth_year == years_ago(25)
    assert signup.home_municipality.slug == "kotka"
    assert signup.phone == "050 765 4321"
    assert Profile.objects.get(user=person).phone == "050 765 4321"


def test_only_what_is_missing_from_the_profile_is_asked(client, opportunity):
    profile = ProfileFactory(place=None)
    client.force_login(profile.user)

    html = client.get(signup_url(opportunity)).content.decode()

    assert 'name="birth_year"' not in html
    assert 'name="home_municipality"' in html


# --- Age limits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "age", "reason"),
    [
        (
            {"min_age": 15},
            14,
            "This task is for people who are at least 15 years old this year.",
        ),
        (
            {"min_age": 15, "max_age": 29},
            30,
            "This task is for people who are at most 29 years old this year.",
        ),
    ],
    ids=["too-young", "too-old"],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_age_on_the_profile_outside_the_limits_gets_an_explanation_instead_of_a_form(
    client, association, limits, age, reason, method
):
    opportunity = OpportunityFactory(association=association, **limits)
    client.force_login(ProfileFactory(birth_year=years_ago(age)).user)

    response = getattr(client, method)(signup_url(opportunity), {"consent": "on"})

    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "volunteering/signup_not_possible.html"
    html = response.content.decode()
    assert "<h1>You cannot sign up for this one</h1>" in html
    assert f"{reason} You can look for other tasks that suit your age." in html
    assert 'href="/en/opportunities/?for_me=on"' in html
    assert 'name="consent"' not in html
    assert f'action="{signup_url(opportunity)}"' not in html
    assert not SignUp.objects.exists()


@pytest.mark.parametrize("age", [15, 29])
def test_the_age_limits_themselves_are_allowed(client, association, age):
    opportunity = OpportunityFactory(association=association, min_age=15, max_age=29)
    client.force_login(ProfileFactory(birth_year=years_ago(age)).user)

    response = client.post(signup_url(opportunity), {"consent": "on", "preferred_name": "Eino"})

    assert response.status_code == 302
    assert SignUp.objects.get().birth_year == years_ago(age)


def test_too_young_by_the_birth_year_typed_in_the_form(client, opportunity, person):
    client.force_login(person)
    birth_year = years_ago(14)

    response = client.post(signup_url(opportunity), first_time_data(birth_year=birth_year))

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "birth_year": [
            "This task is for people who are at least 15 years old this year. "
            "You can look for other tasks that suit your age."
        ]
    }
    html = response.content.decode()
    assert '<ul class="errorlist" id="id_birth_year_error"><li>This task is for people' in html
    assert "Please check the form" in html
    # What was typed is kept.
    assert f'name="birth_year" value="{birth_year}"' in html
    assert MESSAGE in html
    assert not SignUp.objects.exists()
    assert not Profile.objects.exists()
    assert mail.outbox == []


def test_birth_year_out_of_range(client, opportunity, person):
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(birth_year="1800"))

    assert response.status_code == 200
    assert "birth_year" in response.context["form"].errors
    assert 'name="birth_year" value="1800"' in response.content.decode()
    assert not SignUp.objects.exists()


# --- Consent ---------------------------------------------------------------------------------


def test_missing_consent(client, opportunity, person):
    client.force_login(person)
    data = first_time_data()
    del data["consent"]

    response = client.post(signup_url(opportunity), data)

    assert response.status_code == 200
    error = "Please agree to share these details, or the association cannot handle your sign-up."
    assert response.context["form"].errors == {"consent": [error]}
    html = response.content.decode()
    # The error is next to the box, linked to it, and listed in the summary at the top.
    assert f'<ul class="errorlist" id="id_consent_error"><li>{error}</li></ul>' in html
    assert 'aria-describedby="id_consent_error"' in html
    assert '<div class="error-summary" role="alert"' in html
    assert 'href="#id_consent"' in html
    assert html.index("error-summary") < html.index('name="consent"')
    # Nothing is saved, and what was typed is kept.
    assert MESSAGE in html
    assert INTERESTS in html
    assert 'value="040 123 4567"' in html
    assert not SignUp.objects.exists()
    assert not Profile.objects.exists()
    assert mail.outbox == []


# --- Duplicates, waiting list and withdrawn sign-ups -----------------------------------------


@pytest.mark.parametrize("status", ["accepted", "waitlisted", "pending"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_signing_up_twice(client, opportunity, person, status, method):
    SignUpFactory(opportunity=opportunity, user=person, status=status)
    client.force_login(person)

    response = getattr(client, method)(signup_url(opportunity), first_time_data(), follow=True)

    assert response.redirect_chain == [("/en/me/", 302)]
    assert messages_of(response) == ["You have already signed up for this."]
    assert SignUp.objects.get().status == status
    assert mail.outbox == []


def test_when_full_the_person_goes_on_the_waiting_list(client, association, person):
    opportunity = OpportunityFactory(association=association, title="Täynnä", full=True)
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(), follow=True)

    assert messages_of(response) == [WAITING_LIST]
    assert SignUp.objects.get(user=person).status == SignUp.Status.WAITLISTED
    assert opportunity.signups.filter(status=SignUp.Status.ACCEPTED).count() == 1
    confirmation = emails_by_recipient()[person.email]
    assert confirmation.subject == "You are on the waiting list: Täynnä"
    received = emails_by_recipient()[association.contact_email]
    assert (
        translated("fi", "All places were taken, so the person is on the waiting list.")
        in received.body
    )


def test_when_the_association_chooses_the_sign_up_waits_for_its_answer(client, association, person):
    opportunity = OpportunityFactory(
        association=association, title="Kokeilu", places=2, chooses_people=True
    )
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data())

    signup = SignUp.objects.get(user=person)
    assert signup.status == SignUp.Status.PENDING
    confirmation = emails_by_recipient()[person.email]
    assert confirmation.subject == "You have asked for a place: Kokeilu"
    assert "The association chooses the people from those who sign up" in confirmation.body
    received = emails_by_recipient()[association.contact_email]
    assert (
        translated(
            "fi", "The person waits for your answer. Accept or decline them in the workspace:"
        )
        in received.body
    )
    assert f"/manage/{association.slug}/opportunities/{opportunity.slug}/people/" in received.body


def test_when_the_association_chooses_and_all_places_are_taken_the_person_waits_in_line(
    client, association, person
):
    opportunity = OpportunityFactory(association=association, full=True, chooses_people=True)
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data())

    assert SignUp.objects.get(user=person).status == SignUp.Status.WAITLISTED


def test_the_opportunity_page_says_that_the_association_chooses(client, association):
    opportunity = OpportunityFactory(association=association, chooses_people=True)

    html = client.get(f"/en/opportunities/{opportunity.slug}/").content.decode()

    assert "The association chooses the people from those who sign up." in html


def test_the_last_place(client, association, person):
    opportunity = OpportunityFactory(association=association, places=2)
    SignUpFactory(opportunity=opportunity)
    SignUpFactory(opportunity=opportunity, withdrawn=True)
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data())

    assert SignUp.objects.get(user=person).status == SignUp.Status.ACCEPTED


def test_a_free_place_goes_to_the_person_waiting_not_to_a_newcomer(client, association, person):
    """A place can be free while someone waits (the association declined a sign-up or added
    places): the first in line gets it, and the newcomer waits behind them."""
    opportunity = OpportunityFactory(association=association, places=2, title="Kirpputori")
    SignUpFactory(opportunity=opportunity)
    waiting = SignUpFactory(
        opportunity=opportunity, waitlisted=True, user__email="odottaja@example.com"
    )
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(), follow=True)

    assert messages_of(response) == [WAITING_LIST]
    assert SignUp.objects.get(user=person).status == SignUp.Status.WAITLISTED
    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED
    assert emails_by_recipient()["odottaja@example.com"].subject == translated(
        "fi", "You got a place: %(title)s", title="Kirpputori"
    )


def test_a_withdrawn_person_can_sign_up_again(client, opportunity, person):
    old = SignUpFactory(opportunity=opportunity, user=person, withdrawn=True, message="Vanha")
    client.force_login(person)

    assert client.get(signup_url(opportunity)).status_code == 200
    response = client.post(signup_url(opportunity), first_time_data())

    assert response.status_code == 302
    signup = SignUp.objects.get()
    assert signup.pk == old.pk
    assert signup.status == SignUp.Status.ACCEPTED
    assert signup.message == MESSAGE


# --- Closed and expired ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "state",
    [
        {"closed": True},
        {"application_deadline": days_from_today(-1)},
        {"start_date": days_from_today(-10), "end_date": days_from_today(-1)},
        {"one_off": True, "start_date": days_from_today(-1)},
    ],
    ids=["closed", "past-deadline", "over", "one-day-yesterday"],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_closed_or_expired_cannot_be_signed_up_for(client, association, person, state, method):
    opportunity = OpportunityFactory(association=association, **state)
    client.force_login(person)

    response = getattr(client, method)(signup_url(opportunity), first_time_data())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>You cannot sign up for this one</h1>" in html
    assert CLOSED in html
    assert 'name="consent"' not in html
    assert not SignUp.objects.exists()
    assert not Profile.objects.exists()
    assert mail.outbox == []


def test_staff_cannot_sign_up_for_their_own_draft(client, association):
    opportunity = OpportunityFactory(association=association, draft=True)
    client.force_login(make_persona("editor", association))

    response = client.post(signup_url(opportunity), first_time_data())

    assert CLOSED in response.content.decode()
    assert not SignUp.objects.exists()


# --- Emails ----------------------------------------------------------------------------------


@pytest.fixture
def opportunity_with_contacts(association):
    """Its own contact speaks Swedish, the association's contact Finnish, a staff member English."""
    MembershipFactory(association=association, user__email="staff@example.com", user__language="en")
    return OpportunityFactory(
        association=association,
        title="Läksykerhon ohjaaja",
        contact_email="satu@example.com",
        contact_language="sv",
    )


def opportunity_address(opportunity, prefix):
    return f"{settings.SITE_URL}{prefix}/opportunities/{opportunity.slug}/"


@pytest.mark.parametrize(("prefix", "language"), [("/sv", "sv"), ("/en", "en"), ("", "fi")])
def test_confirmation_is_in_the_language_of_the_page(
    client, opportunity_with_contacts, person, prefix, language
):
    opportunity = opportunity_with_contacts
    client.force_login(person)

    response = client.post(signup_url(opportunity, prefix=prefix), first_time_data())

    assert response.status_code == 302
    assert response.url == f"{prefix}/me/"
    confirmation = emails_by_recipient()[person.email]
    assert confirmation.subject == translated(
        language, "You have signed up: %(title)s", title="Läksykerhon ohjaaja"
    )
    # Links in the email lead to pages in the same language.
    assert opportunity_address(opportunity, prefix) in confirmation.body
    assert f"{settings.SITE_URL}{prefix}/me/" in confirmation.body
    assert SignUp.objects.get().language == language
    person.refresh_from_db()
    assert person.language == language


def test_the_association_side_is_told_each_in_their_own_language(
    client, opportunity_with_contacts, person
):
    opportunity = opportunity_with_contacts
    client.force_login(person)

    client.post(signup_url(opportunity, prefix="/en"), first_time_data())

    emails = emails_by_recipient()
    assert sorted(emails) == sorted(
        [person.email, "satu@example.com", "info@nuorisoseura.example.com", "staff@example.com"]
    )
    assert len(mail.outbox) == 4
    for address, language, prefix in [
        ("satu@example.com", "sv", "/sv"),
        ("info@nuorisoseura.example.com", "fi", ""),
        ("staff@example.com", "en", "/en"),
    ]:
        email = emails[address]
        assert email.subject == translated(
            language, "New sign-up: %(title)s", title="Läksykerhon ohjaaja"
        )
        assert opportunity_address(opportunity, prefix) in email.body


def test_the_association_side_email_has_the_shared_details(
    client, opportunity_with_contacts, person
):
    client.force_login(person)

    client.post(signup_url(opportunity_with_contacts), first_time_data())

    body = emails_by_recipient()["staff@example.com"].body
    assert "Name: Aino Virtanen" in body
    assert "Email: aino@example.com" in body
    assert f"Birth year: {years_ago(25)}" in body
    assert "Home municipality: Kotka" in body
    assert "Phone: 040 123 4567" in body
    assert MESSAGE in body
    assert INTERESTS in body
    assert "The person agreed to share these details with your association." in body
    assert "waiting list" not in body
    # Nothing is escaped for HTML in a plain-text email.
    assert "&" not in body


def test_the_confirmation_does_not_carry_the_shared_details(client, opportunity, person):
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data())

    body = emails_by_recipient()[person.email].body
    assert "040 123 4567" not in body
    assert MESSAGE not in body


def test_nobody_else_is_told(client, opportunity, person):
    # Staff of another association, and someone who signed up before.
    MembershipFactory(user__email="other.staff@example.com")
    SignUpFactory(opportunity=opportunity, user=UserFactory(email="earlier@example.com"))
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data())

    assert sorted(emails_by_recipient()) == ["aino@example.com", "info@nuorisoseura.example.com"]


# --- The service enforces every rule itself, after locking the opportunity -----------------


def sign_up_through_the_service(opportunity, user, **overrides):
    return services.signup_create(
        **{
            "user": user,
            "opportunity": opportunity,
            "birth_year": years_ago(25),
            "home_municipality": Municipality.objects.get(slug="kouvola"),
            "consent": True,
            **overrides,
        }
    )


@pytest.mark.parametrize(
    ("opportunity_fields", "overrides", "code", "message"),
    [
        ({}, {"consent": False}, "consent", "Please agree to share these details"),
        ({"closed": True}, {}, "closed", CLOSED),
        ({"draft": True}, {}, "closed", CLOSED),
        ({"application_deadline": days_from_today(-1)}, {}, "closed", CLOSED),
        (
            {"min_age": 15},
            {"birth_year": years_ago(14)},
            "age_too_young",
            "at least 15 years old this year",
        ),
        (
            {"max_age": 29},
            {"birth_year": years_ago(30)},
            "age_too_old",
            "at most 29 years old this year",
        ),
    ],
    ids=["consent", "closed", "draft", "past-deadline", "too-young", "too-old"],
)
def test_the_service_refuses(association, person, opportunity_fields, overrides, code, message):
    opportunity = OpportunityFactory(association=association, **opportunity_fields)

    with translation.override("en"), pytest.raises(ValidationError) as error:
        sign_up_through_the_service(opportunity, person, **overrides)

    assert error.value.code == code
    assert message in error.value.messages[0]
    assert not SignUp.objects.exists()
    assert not Profile.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("status", ["accepted", "waitlisted", "pending", "declined", "completed"])
def test_the_service_refuses_a_second_sign_up(opportunity, person, status):
    SignUpFactory(opportunity=opportunity, user=person, status=status)

    with pytest.raises(ValidationError) as error:
        sign_up_through_the_service(opportunity, person)

    assert error.value.code == "already_signed_up"
    assert SignUp.objects.get().status == status
    assert mail.outbox == []


def test_the_service_checks_that_it_is_open_after_taking_the_lock(opportunity, person):
    """The page was loaded while the opportunity was open; it closed before the form came back."""
    as_loaded = Opportunity.objects.get(pk=opportunity.pk)
    Opportunity.objects.filter(pk=opportunity.pk).update(status=Opportunity.Status.CLOSED)

    with pytest.raises(ValidationError) as error:
        sign_up_through_the_service(as_loaded, person)

    assert error.value.code == "closed"
    assert not SignUp.objects.exists()


def test_the_age_given_in_the_form_is_refused_by_the_service_with_its_code(
    client, association, person
):
    opportunity = OpportunityFactory(association=association, max_age=29)
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(birth_year=years_ago(31)))

    assert (
        response.context["form"]
        .errors["birth_year"][0]
        .startswith("This task is for people who are at most 29 years old this year.")
    )
    assert not SignUp.objects.exists()


def test_signing_up_again_after_withdrawing_goes_to_the_back_of_the_line(opportunity, person):
    opportunity.places = 1
    opportunity.save()
    SignUpFactory(opportunity=opportunity)
    old = SignUpFactory(
        opportunity=opportunity, user=person, withdrawn=True, created_at=timezone.now() - DAY
    )
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True)

    signup = sign_up_through_the_service(opportunity, person)

    assert signup.pk == old.pk
    assert signup.status == SignUp.Status.WAITLISTED
    assert signup.created_at > waiting.created_at


# --- Under 15: a guardian -------------------------------------------------------------------

GUARDIAN = (
    "You are under 15. Talk with your guardian, for example a parent, before you take part, "
    "and agree on it together."
)
UNDER_15 = (
    "Under 15: the person was asked to talk with their guardian before taking part. "
    "Make sure the guardian knows."
)


@pytest.fixture
def tryout(association):
    return OpportunityFactory(
        association=association,
        title="Työkokeilu kahvilassa",
        type=Opportunity.Type.TRYOUT,
        contact_email="kahvila@example.com",
        contact_language="en",
    )


def test_under_15_the_form_says_to_involve_a_guardian(client, tryout):
    profile = ProfileFactory(birth_year=years_ago(12))
    client.force_login(profile.user)

    html = client.get(signup_url(tryout)).content.decode()

    assert GUARDIAN in html


@pytest.mark.parametrize("age", [15, 25])
def test_from_15_on_nothing_is_said_about_a_guardian(client, tryout, age):
    profile = ProfileFactory(birth_year=years_ago(age), user__preferred_name="Eino")
    client.force_login(profile.user)

    assert GUARDIAN not in client.get(signup_url(tryout)).content.decode()
    response = client.post(signup_url(tryout), {"consent": "on"}, follow=True)

    assert GUARDIAN not in messages_of(response)
    assert GUARDIAN not in emails_by_recipient()[profile.user.email].body
    assert "Under 15" not in emails_by_recipient()["kahvila@example.com"].body


def test_a_12_year_old_signing_up_is_told_and_the_association_sees_it(client, tryout, person):
    client.force_login(person)

    response = client.post(
        signup_url(tryout), first_time_data(birth_year=years_ago(12)), follow=True
    )

    assert messages_of(response) == [
        "You have signed up. A confirmation is on its way to your email.",
        GUARDIAN,
    ]
    assert GUARDIAN in emails_by_recipient()[person.email].body
    association_email = emails_by_recipient()["kahvila@example.com"].body
    assert f"Birth year: {years_ago(12)}\n{UNDER_15}\n" in association_email


def test_the_guardian_line_is_in_the_language_of_each_reader(client, tryout, person):
    tryout.contact_language = "sv"
    tryout.save()
    client.force_login(person)

    client.post(signup_url(tryout, prefix=""), first_time_data(birth_year=years_ago(13)))

    assert translated("fi", GUARDIAN) in emails_by_recipient()[person.email].body
    assert translated("sv", UNDER_15) in emails_by_recipient()["kahvila@example.com"].body
    assert translated("sv", UNDER_15) != UNDER_15


# --- The name the association gets ---------------------------------------------------------


def test_the_first_time_the_name_is_asked_with_the_accounts_name_suggested(
    client, opportunity, person
):
    client.force_login(person)

    html = client.get(signup_url(opportunity)).content.decode()

    assert "What should we call you?" in html
    assert 'name="preferred_name" value="Aino Virtanen"' in html
    assert html.index('name="preferred_name"') < html.index('name="birth_year"')


def test_the_name_given_is_kept_on_the_account_and_sent_to_the_association(
    client, opportunity, person
):
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data(preferred_name="  Aino  "))

    person.refresh_from_db()
    assert person.preferred_name == "Aino"
    body = emails_by_recipient()[opportunity.association.contact_email].body
    assert f"{translated('fi', 'Name')}: Aino\n" in body
    # The next time it is not asked again; the page shows which name is shared.
    second = OpportunityFactory(association=opportunity.association)
    html = client.get(signup_url(second)).content.decode()
    assert 'name="preferred_name"' not in html
    assert f"From your profile:\n  Aino, born {years_ago(25)}, Kotka." in html


def test_an_account_without_a_name_no_longer_sends_a_dash(client, opportunity):
    """The defect: the association got "Name: –" although the consent says the name is shared."""
    nameless = UserFactory(first_name="", last_name="", email="eetu@example.com")
    client.force_login(nameless)

    html = client.get(signup_url(opportunity)).content.decode()
    assert '<input type="text" name="preferred_name" autocomplete="name" maxlength' in html
    client.post(signup_url(opportunity), first_time_data(preferred_name="Eetu"))

    body = emails_by_recipient()[opportunity.association.contact_email].body
    assert f"{translated('fi', 'Name')}: Eetu\n" in body
    assert "–" not in body


def test_the_name_is_required_when_asked_and_the_rest_is_kept(client, opportunity, person):
    client.force_login(person)

    response = client.post(signup_url(opportunity), first_time_data(preferred_name=" "))

    assert response.status_code == 200
    assert response.context["form"].errors == {"preferred_name": ["This field is required."]}
    html = response.content.decode()
    assert MESSAGE in html
    assert f'name="birth_year" value="{years_ago(25)}"' in html
    assert not SignUp.objects.exists()
    person.refresh_from_db()
    assert person.preferred_name == ""


def test_the_name_typed_is_kept_on_other_errors(client, opportunity, person):
    client.force_login(person)
    data = first_time_data(preferred_name="Ainoliini")
    del data["consent"]

    html = client.post(signup_url(opportunity), data).content.decode()

    assert 'name="preferred_name" value="Ainoliini"' in html
    person.refresh_from_db()
    assert person.preferred_name == ""


def test_a_refused_sign_up_does_not_save_the_name(client, opportunity, person):
    client.force_login(person)

    client.post(signup_url(opportunity), first_time_data(birth_year=years_ago(14)))

    person.refresh_from_db()
    assert person.preferred_name == ""
