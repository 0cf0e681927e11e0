"""The person's record: GET /me/record/ lists their completed sign-ups, and only theirs."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from associations.models import Association
from tests.factories import AssociationFactory, SignUpFactory, UserFactory
from volunteering import record
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db

RECORD = "/en/me/record/"


def completed(user, *, hours="4", reference="", decided_days_ago=10, **opportunity):
    """A sign-up the association marked completed `decided_days_ago` days ago."""
    return SignUpFactory(
        user=user,
        status=SignUp.Status.COMPLETED,
        hours_done=None if hours is None else Decimal(hours),
        reference=reference,
        decided_at=timezone.now() - datetime.timedelta(days=decided_days_ago),
        **{f"opportunity__{key}": value for key, value in opportunity.items()},
    )


def test_the_record_shows_what_where_when_hours_skills_and_reference(client, person):
    association = AssociationFactory(name="Kouvolan Nuorisoseura")
    Association.objects.filter(pk=association.pk).update(
        is_verified=True, verified_at=datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC)
    )
    completed(
        person,
        hours="12.5",
        reference="Aino oli luotettava ja iloinen.",
        association=association,
        title="Kesäleirin apuohjaaja",
        type="event-help",
        skills=["sports-coaching", "events", "no-such-skill"],
        start_date=datetime.date(2026, 6, 1),
        end_date=datetime.date(2026, 6, 5),
    )
    client.force_login(person)

    html = client.get(RECORD).content.decode()

    assert "Kesäleirin apuohjaaja" in html
    assert "Event help" in html
    assert "Kouvolan Nuorisoseura" in html
    assert "Verified association (verified on 2.3.2026)" in html
    assert "Kouvola" in html
    assert "1.6.2026–5.6.2026" in html
    assert "12.5" in html
    assert "Sports coaching, Events" in html
    assert "no-such-skill" not in html
    assert "Aino oli luotettava ja iloinen." in html
    assert "In all: 12.5 hours in 1 task." in html


def test_the_record_adds_up_the_hours_and_puts_the_latest_first(client, person):
    completed(person, hours="3", title="Ensimmäinen", decided_days_ago=30)
    completed(person, hours="4.5", title="Toinen", decided_days_ago=2)
    completed(person, hours=None, title="Kolmas ilman tunteja", decided_days_ago=20)
    client.force_login(person)

    response = client.get(RECORD)

    html = response.content.decode()
    assert "In all: 7.5 hours in 3 tasks." in html
    assert "not recorded" in html
    titles = [entry.opportunity.title for entry in response.context["entries"]]
    assert titles == ["Toinen", "Kolmas ilman tunteja", "Ensimmäinen"]


def test_a_remote_task_says_so(client, person):
    completed(person, title="Etätukihenkilö", place=None, is_remote=True)
    client.force_login(person)

    assert "Remotely" in client.get(RECORD).content.decode()


def test_an_unverified_association_is_not_called_verified(client, person):
    completed(person, title="Tehtävä")
    client.force_login(person)

    html = client.get(RECORD).content.decode()

    assert "Not verified by the portal." in html
    assert "Verified association" not in html


@pytest.mark.parametrize("status", ["accepted", "pending", "waitlisted", "declined", "withdrawn"])
def test_only_completed_sign_ups_are_on_the_record(client, person, status):
    SignUpFactory(user=person, status=status, opportunity__title="Ei vielä tehty")
    client.force_login(person)

    html = client.get(RECORD).content.decode()

    assert "Ei vielä tehty" not in html
    assert "Nothing here yet." in html


def test_only_the_persons_own_sign_ups_are_on_the_record(client, person):
    completed(UserFactory(), title="Jonkun muun tehtävä", reference="Salainen suositus")
    completed(person, title="Oma tehtävä")
    client.force_login(person)

    html = client.get(RECORD).content.decode()

    assert "Oma tehtävä" in html
    assert "Jonkun muun tehtävä" not in html
    assert "Salainen suositus" not in html


def test_the_empty_record_says_so_in_plain_words(client, person):
    client.force_login(person)

    response = client.get(RECORD)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing here yet." in html
    assert 'href="/en/opportunities/"' in html


def test_the_completion_date_is_when_the_association_marked_it(person):
    signup = completed(person, decided_days_ago=3)
    assert record.record_of(person)[0].completed_on == timezone.localdate(signup.decided_at)

    SignUp.objects.filter(pk=signup.pk).update(decided_at=None)  # completed in the admin
    signup.refresh_from_db()
    assert record.record_of(person)[0].completed_on == timezone.localdate(signup.updated_at)


def test_my_page_links_to_the_record(client, person):
    client.force_login(person)

    assert f'href="{RECORD}"' in client.get("/en/me/").content.decode()


@pytest.mark.parametrize("path", [RECORD, "/me/record/", "/sv/me/record/"])
def test_anonymous_visitors_are_asked_to_log_in(client, path):
    response = client.get(path)

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


@pytest.mark.parametrize(
    ("language", "title"), [("fi", "Tekemäni tehtävät"), ("sv", "Mina genomförda uppdrag")]
)
def test_the_record_is_in_the_persons_language(client, person, language, title):
    completed(person, title="Tehtävä")
    client.force_login(person)

    html = client.get(f"/{language}/me/record/".replace("/fi/", "/")).content.decode()

    assert f'<html lang="{language}">' in html
    assert title in html


def test_the_record_takes_the_same_queries_however_long_it_is(
    client, person, django_assert_max_num_queries
):
    client.force_login(person)
    for count in (2, 6):
        for _ in range(count - SignUp.objects.filter(user=person).count()):
            completed(
                person, skills=["cooking"], association=AssociationFactory(), reference="Hyvä"
            )
        with django_assert_max_num_queries(4):
            response = client.get(RECORD)
        assert len(response.context["entries"]) == count


def test_the_main_menu_does_not_mark_things_to_do_as_the_current_page(client, person):
    client.force_login(person)

    record_html = client.get(RECORD).content.decode()
    list_html = client.get("/en/opportunities/").content.decode()

    current = 'href="/en/opportunities/" aria-current="page"'
    assert current not in record_html
    assert current in list_html


@pytest.mark.clock
def test_a_task_that_goes_on_shows_when_the_person_took_part(client, person):
    signup = completed(
        person,
        title="Kahvilavuorot",
        schedule="recurring",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
        decided_days_ago=10,
    )
    SignUp.objects.filter(pk=signup.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    client.force_login(person)

    html = client.get(RECORD).content.decode()

    took_part = [
        (timezone.now() - datetime.timedelta(days=days)).astimezone(timezone.get_current_timezone())
        for days in (40, 10)
    ]
    assert "–".join(f"{day.day}.{day.month}.{day.year}" for day in took_part) in html
