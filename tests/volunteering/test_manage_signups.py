"""Staff answer the people who signed up: /manage/<slug>/opportunities/<opp>/people/ (the list),
.../people/decide/ (one or many at once), .../people.csv and .../message/."""

import csv
import io
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from tests.factories import (
    AssociationFactory,
    MembershipFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
)
from tests.personas import log_in, make_persona
from tests.volunteering.helpers import days_ago, emails_by_recipient
from volunteering import selectors, services
from volunteering.models import OpportunityMessage

pytestmark = pytest.mark.django_db


def people_url(opportunity, tail="people/", language="en"):
    prefix = "" if language == "fi" else f"/{language}"
    return f"{prefix}/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/{tail}"


def decide_url(opportunity):
    return people_url(opportunity, "people/decide/")


def csv_url(opportunity):
    return people_url(opportunity, "people.csv")


def message_url(opportunity):
    return people_url(opportunity, "message/")


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def opportunity(association):
    return OpportunityFactory(association=association, title="Läksykerhon ohjaaja", places=2)


@pytest.fixture
def editor(association):
    return MembershipFactory(association=association).user


@pytest.fixture
def staff_client(client, editor):
    client.force_login(editor)
    return client


def person(name, language="fi", **kwargs):
    return UserFactory(preferred_name=name, language=language, **kwargs)


# --- The list -------------------------------------------------------------------------------


def test_the_list_shows_only_what_the_people_shared(staff_client, opportunity):
    signup = SignUpFactory(
        opportunity=opportunity,
        user=person("Äijä Öhman", email="aija@example.com"),
        phone="040 123 4567",
        message="Voin tulla tiistaisin.",
        interests="Matikka",
    )
    ProfileFactory(user=signup.user, phone="050 999 9999")  # the profile, not what was shared

    response = staff_client.get(people_url(opportunity))

    html = response.content.decode()
    assert response.status_code == 200
    for shared in ("Äijä Öhman", "aija@example.com", "040 123 4567", "Voin tulla tiistaisin."):
        assert shared in html
    assert "Matikka" in html
    assert "050 999 9999" not in html
    assert "Has a place" in html  # the staff's words, not the person's "You have a place"


def test_new_sign_ups_count_on_the_start_page_until_the_staff_open_the_list(
    staff_client, association, opportunity
):
    SignUpFactory(opportunity=opportunity)
    SignUpFactory(opportunity=opportunity, waitlisted=True)
    SignUpFactory(opportunity=opportunity, withdrawn=True)  # not active: not new

    assert selectors.new_signup_counts([association]) == {association.pk: 2}
    html = staff_client.get(people_url(opportunity)).content.decode()
    assert html.count('class="badge"') == 2

    assert selectors.new_signup_counts([association]) == {}
    assert 'class="badge"' not in staff_client.get(people_url(opportunity)).content.decode()


# --- Decisions ------------------------------------------------------------------------------


def decide(client, opportunity, signups, decision, **data):
    return client.post(
        decide_url(opportunity),
        {"signups": [signup.pk for signup in signups], "decision": decision, **data},
        follow=True,
    )


@pytest.mark.parametrize(
    ("start", "decision", "result", "subject"),
    [
        ("waitlisted", "accept", "accepted", "Du fick en plats: Läksykerhon ohjaaja"),
        ("accepted", "decline", "declined", "Svar på din anmälan: Läksykerhon ohjaaja"),
        ("pending", "waitlist", "waitlisted", "Du står på reservlistan: Läksykerhon ohjaaja"),
    ],
)
def test_each_decision_is_emailed_in_the_persons_language_and_shown_on_their_page(
    client, staff_client, association, start, decision, result, subject
):
    opportunity = OpportunityFactory(association=association, title="Läksykerhon ohjaaja", places=1)
    if decision == "waitlist":  # the only place is taken by someone else
        SignUpFactory(opportunity=opportunity)
    swede = person("Elsa", language="sv", email="elsa@example.com")
    signup = SignUpFactory(opportunity=opportunity, user=swede, status=start)

    response = decide(staff_client, opportunity, [signup], decision, message="Välkommen! Terveisin")

    assert response.status_code == 200, response.content.decode()
    assert messages_of(response)[0] == "Saved, and 1 person was told by email."
    signup.refresh_from_db()
    assert signup.status == result
    assert signup.staff_message == "Välkommen! Terveisin"
    assert signup.decided_at is not None
    email = emails_by_recipient()["elsa@example.com"]
    assert email.subject == subject
    assert "Välkommen! Terveisin" in email.body
    assert "Meddelande från föreningen" in email.body
    assert email.reply_to == [association.contact_email]

    client.force_login(swede)
    page = client.get("/sv/me/").content.decode()
    assert signup.get_status_display() in page or "Välkommen! Terveisin" in page
    assert "Välkommen! Terveisin" in page


def test_completing_with_hours_and_a_reference(client, staff_client, opportunity):
    signup = SignUpFactory(opportunity=opportunity, user=person("Aino", email="aino@example.com"))

    response = decide(
        staff_client,
        opportunity,
        [signup],
        "complete",
        hours_done="12.5",
        reference="Luotettava ja iloinen ohjaaja.",
    )

    assert response.status_code == 200
    signup.refresh_from_db()
    assert (signup.status, signup.hours_done) == ("completed", Decimal("12.5"))
    assert signup.reference == "Luotettava ja iloinen ohjaaja."
    email = emails_by_recipient()["aino@example.com"]
    assert email.subject == "Kiitos, että olit mukana: Läksykerhon ohjaaja"
    assert "Tehdyt tunnit: 12,5" in email.body
    client.force_login(signup.user)
    page = client.get("/me/").content.decode()
    assert "Tehdyt tunnit: 12,5" in page
    assert "Luotettava ja iloinen ohjaaja." in page


def test_completing_needs_the_hours_and_keeps_what_was_typed(staff_client, opportunity):
    signup = SignUpFactory(opportunity=opportunity)

    response = staff_client.post(
        decide_url(opportunity),
        {"signups": [signup.pk], "decision": "complete", "reference": "Hyvä tyyppi"},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Write how many hours each of them did." in html
    assert "Hyvä tyyppi" in html
    assert f'value="{signup.pk}" id="signup-check-{signup.pk}" checked' in html
    signup.refresh_from_db()
    assert signup.status == "accepted"
    assert mail.outbox == []


def test_a_bulk_decision_answers_everyone_chosen(staff_client, association):
    opportunity = OpportunityFactory(association=association, places=None)
    signups = [
        SignUpFactory(opportunity=opportunity, user=person(f"P{i}", language=language))
        for i, language in enumerate(["fi", "sv", "en"])
    ]
    other = SignUpFactory(opportunity=opportunity)

    response = decide(staff_client, opportunity, signups, "complete", hours_done="3")

    assert messages_of(response)[0] == "Saved, and 3 people were told by email."
    assert set(
        opportunity.signups.values_list("status", flat=True).filter(pk__in=[s.pk for s in signups])
    ) == {"completed"}
    other.refresh_from_db()
    assert other.status == "accepted"
    subjects = sorted(message.subject.split(":")[0] for message in mail.outbox)
    assert subjects == [
        "Kiitos, että olit mukana",
        "Tack för att du var med",
        "Thank you for taking part",
    ]


def test_accepting_when_no_place_is_left_is_refused(staff_client, association):
    opportunity = OpportunityFactory(association=association, places=2)
    SignUpFactory(opportunity=opportunity)
    waiting = SignUpFactory.create_batch(2, opportunity=opportunity, waitlisted=True)

    response = decide(staff_client, opportunity, waiting, "accept")

    html = response.content.decode()
    assert "Not enough places: 1 free, and you chose 2." in html
    assert opportunity.signups.filter(status="accepted").count() == 1
    assert mail.outbox == []


def test_declining_gives_the_place_to_the_first_waiting_and_tells_the_staff(
    staff_client, association
):
    opportunity = OpportunityFactory(association=association, places=1)
    holder = SignUpFactory(opportunity=opportunity)
    first = SignUpFactory(
        opportunity=opportunity,
        waitlisted=True,
        user=person("Eka Jonossa", email="eka@example.com"),
        created_at=days_ago(3),
    )
    second = SignUpFactory(opportunity=opportunity, waitlisted=True, created_at=days_ago(1))

    response = decide(staff_client, opportunity, [holder], "decline")

    assert messages_of(response) == [
        "Saved, and 1 person was told by email.",
        "A place became free and went to the first on the waiting list: Eka Jonossa.",
    ]
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("accepted", "waitlisted")
    assert "eka@example.com" in emails_by_recipient()


def test_moving_to_the_waiting_list_when_places_are_free_is_refused(staff_client, opportunity):
    signup = SignUpFactory(opportunity=opportunity)  # 2 places, 1 taken

    response = decide(staff_client, opportunity, [signup], "waitlist")

    assert "There are free places" in response.content.decode()
    signup.refresh_from_db()
    assert signup.status == "accepted"


def test_a_decision_not_allowed_from_the_state_names_the_people(staff_client, opportunity):
    signup = SignUpFactory(opportunity=opportunity, withdrawn=True, user=person("Ville"))

    response = decide(staff_client, opportunity, [signup], "accept")

    assert "This cannot be done to these people as things stand: Ville." in (
        response.content.decode()
    )


def test_another_associations_sign_up_cannot_be_chosen(staff_client, opportunity):
    SignUpFactory(opportunity=opportunity)
    foreign = SignUpFactory()

    response = decide(staff_client, opportunity, [foreign], "decline")

    assert response.status_code == 200
    foreign.refresh_from_db()
    assert foreign.status == "accepted"
    assert "Select a valid choice" in response.content.decode()


# --- CSV ------------------------------------------------------------------------------------


def test_csv_has_only_shared_fields_in_utf8_with_a_bom_and_semicolons(staff_client, opportunity):
    SignUpFactory(
        opportunity=opportunity,
        user=person("Äijä Öhman", email="aija@example.com"),
        phone="040 1",
        message="Moi; olen täällä",
    )
    SignUpFactory(opportunity=opportunity, withdrawn=True, hours_done=Decimal("2.5"))

    response = staff_client.get(csv_url(opportunity).replace("/en/", "/"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nimi", "Sähköposti", "Tila"]
    assert len(rows) == 3
    first = rows[1]
    assert first[0:3] == ["Äijä Öhman", "aija@example.com", "On saanut paikan"]
    assert first[6:8] == ["040 1", "Moi; olen täällä"]
    assert rows[2][9] == "2,5"


# --- Messages -------------------------------------------------------------------------------


def test_a_message_goes_to_the_chosen_group_in_their_languages_and_is_kept(
    staff_client, editor, association, opportunity
):
    SignUpFactory(opportunity=opportunity, user=person("A", "fi", email="a@example.com"))
    SignUpFactory(opportunity=opportunity, user=person("B", "sv", email="b@example.com"))
    SignUpFactory(opportunity=opportunity, waitlisted=True, user=UserFactory(email="c@example.com"))

    response = staff_client.post(
        message_url(opportunity),
        {"audience": "accepted", "body": "Tavataan kirjastolla klo 17."},
        follow=True,
    )

    assert messages_of(response) == ["The message was sent to 2 people."]
    emails = emails_by_recipient()
    assert set(emails) == {"a@example.com", "b@example.com"}
    assert emails["a@example.com"].subject.startswith("Viesti yhdistykseltä")
    assert emails["b@example.com"].subject.startswith("Meddelande från")
    for email in emails.values():
        assert "Tavataan kirjastolla klo 17." in email.body
        assert email.reply_to == [association.contact_email]
    kept = OpportunityMessage.objects.get()
    assert (kept.opportunity, kept.sender, kept.audience, kept.recipient_count) == (
        opportunity,
        editor,
        "accepted",
        2,
    )
    assert "Tavataan kirjastolla klo 17." in response.content.decode()  # listed on the page


def test_a_message_to_an_empty_group_is_refused_and_kept_in_the_form(staff_client, opportunity):
    response = staff_client.post(
        message_url(opportunity), {"audience": "waitlisted", "body": "Hei jonossa olevat"}
    )

    html = response.content.decode()
    assert "Nobody is in this group yet." in html
    assert "Hei jonossa olevat" in html
    assert not OpportunityMessage.objects.exists()
    assert mail.outbox == []


# --- Permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize("tail", ["people/", "people.csv", "message/"])
@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("outsider", 404),
        ("other_staff", 404),
        ("coordinator", 403),
        ("owner", 200),
        ("superuser", 200),
    ],
)
def test_who_may_open_the_pages(client, opportunity, tail, persona, status):
    log_in(client, make_persona(persona, opportunity.association))

    assert client.get(people_url(opportunity, tail)).status_code == status


def test_other_staff_cannot_decide_about_another_associations_people(client, opportunity):
    signup = SignUpFactory(opportunity=opportunity)
    log_in(client, make_persona("other_staff", opportunity.association))

    response = client.post(decide_url(opportunity), {"signups": [signup.pk], "decision": "decline"})

    assert response.status_code == 404
    signup.refresh_from_db()
    assert signup.status == "accepted"


def test_an_opportunity_of_another_association_is_not_found_under_ones_own(
    staff_client, association
):
    foreign = OpportunityFactory(association=AssociationFactory(municipality="kotka"))
    url = f"/en/manage/{association.slug}/opportunities/{foreign.slug}/people/"

    assert staff_client.get(url).status_code == 404


# --- Query budgets --------------------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 9])
def test_the_list_and_the_csv_make_a_constant_number_of_queries(
    staff_client, opportunity, django_assert_max_num_queries, count
):
    opportunity.places = None
    opportunity.save()
    SignUpFactory.create_batch(count, opportunity=opportunity)
    OpportunityMessage.objects.create(
        opportunity=opportunity,
        sender=UserFactory(),
        audience="accepted",
        body="Hei",
        recipient_count=1,
    )

    with django_assert_max_num_queries(12):
        assert staff_client.get(people_url(opportunity)).status_code == 200
    with django_assert_max_num_queries(8):
        assert staff_client.get(csv_url(opportunity)).status_code == 200


# --- Under real concurrency (PostgreSQL) ----------------------------------------------------


@pytest.fixture
def geography(transactional_db):
    """The municipalities the migrations load; an earlier transactional test may have emptied
    them (as in test_signup_concurrency.py)."""
    from core.geography import load_geography
    from core.models import Municipality, Region

    if not Region.objects.exists():
        load_geography(Region, Municipality)


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Row locks need PostgreSQL: SQLite has none."
)
@pytest.mark.django_db(transaction=True)
def test_staff_accepting_people_at_once_never_overbook(geography):
    opportunity = OpportunityFactory(places=1)
    waiting = SignUpFactory.create_batch(4, opportunity=opportunity, waitlisted=True)
    start = threading.Barrier(len(waiting))

    def accept(signup):
        try:
            start.wait()
            services.signups_decide(
                opportunity=opportunity, signup_ids=[signup.pk], decision="accept"
            )
            return True
        except ValidationError:
            return False
        finally:
            connection.close()

    with ThreadPoolExecutor(len(waiting)) as pool:
        results = list(pool.map(accept, waiting))

    assert results.count(True) == 1
    assert opportunity.signups.filter(status="accepted").count() == 1
