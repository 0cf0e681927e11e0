"""The history of a card: /manage/<slug>/history/, and what the card editor records in it."""

import datetime

import pytest

from associations.models import Association, MeetingTime
from associations.services import (
    association_create,
    association_refresh_derived_fields,
    association_update,
)
from core.models import Municipality
from core.schedule import Weekday
from tests.associations.test_manage_association_create import new_card
from tests.associations.test_manage_card import card_data, card_url
from tests.factories import AssociationFactory, MeetingTimeFactory, UserFactory
from tests.personas import log_in, make_persona

pytestmark = pytest.mark.django_db

HistoricalAssociation = Association.history.model
HistoricalMeetingTime = MeetingTime.history.model


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def association(db):
    """A published card in Kouvola made through the service: its history begins with it (the
    factories' cards have none, like cards saved before the history was kept)."""
    return association_create(
        fields={
            "name": "Kouvolan Nuorisoseura",
            "slug": "kouvolan-nuorisoseura",
            "short_description": "Nuorten kerhoja ja tapahtumia Kouvolassa.",
            "home_municipality": Municipality.objects.get(slug="kouvola"),
            "contact_email": "info@kouvolan-nuorisoseura.example.com",
        },
        status=Association.Status.PUBLISHED,
    )


def history_url(association, prefix="/en"):
    return f"{prefix}/manage/{association.slug}/history/"


def change(association, *, meeting_times=(), by=None, **fields):
    """Save the card through the service with other `fields`, without terms."""
    association_update(
        association=association,
        fields=fields,
        categories=[],
        target_groups=[],
        languages=[],
        municipalities=[],
        meeting_times=meeting_times,
        by=by,
    )


def entry_counts() -> tuple[int, int]:
    return HistoricalAssociation.objects.count(), HistoricalMeetingTime.objects.count()


MONDAY = (str(Weekday.MONDAY), "18:00", "20:00", "Nuorten ilta", False)
WEDNESDAY = (str(Weekday.WEDNESDAY), "17:00", "", "Teatteri", False)


# --- What the card editor records --------------------------------------------------------


def test_a_saved_change_is_one_entry_by_the_person_who_saved_it(client, association, editor):
    client.force_login(editor)
    before = association.history.count()

    response = client.post(card_url(association), card_data(name="Uusi nimi"))

    assert response.status_code == 302
    assert association.history.count() == before + 1
    entry = association.history.latest()
    assert entry.history_type == "~"
    assert entry.history_user_id == editor.pk
    assert entry.name == "Uusi nimi"
    assert [row.category.slug for row in entry.categories.all()] == ["youth"]


def test_saving_an_unchanged_card_adds_no_entry(client, association, editor):
    client.force_login(editor)
    data = card_data(rows=[MONDAY, WEDNESDAY])
    client.post(card_url(association), data)
    counts = entry_counts()
    meeting_ids = set(association.meeting_times.values_list("pk", flat=True))

    # As the browser sends it: the saved times are the formset's initial rows.
    response = client.post(card_url(association), card_data(rows=[MONDAY, WEDNESDAY], initial=2))

    assert response.status_code == 302
    assert entry_counts() == counts
    # The same meeting times were kept as they are, not deleted and made again.
    assert set(association.meeting_times.values_list("pk", flat=True)) == meeting_ids


def test_derived_fields_are_not_recorded(association):
    recorded = {field.name for field in HistoricalAssociation._meta.fields}
    assert not recorded & {"search_text", "search_vector", "has_evening_activity", "updated_at"}
    before = entry_counts()

    MeetingTimeFactory(association=association, start_time=datetime.time(18, 0))
    association_refresh_derived_fields(association=association)

    association.refresh_from_db()
    assert association.has_evening_activity
    assert HistoricalAssociation.objects.count() == before[0]


def test_meeting_times_added_changed_and_removed_are_entries_of_their_own(
    client, association, editor
):
    client.force_login(editor)
    client.post(card_url(association), card_data(rows=[MONDAY]))
    monday = association.meeting_times.get()
    assert monday.history.get().history_type == "+"

    client.post(card_url(association), card_data(rows=[MONDAY, WEDNESDAY], initial=1))
    wednesday = association.meeting_times.get(weekday=Weekday.WEDNESDAY)
    assert [e.history_type for e in wednesday.history.all()] == ["+"]
    assert monday.history.count() == 1  # unchanged

    later = (str(Weekday.MONDAY), "19:00", "21:00", "Nuorten ilta", False)
    client.post(card_url(association), card_data(rows=[later, WEDNESDAY], initial=2))
    assert association.meeting_times.get(weekday=Weekday.MONDAY).pk == monday.pk
    assert monday.history.latest().history_type == "~"
    assert monday.history.latest().start_time == datetime.time(19, 0)

    removed = (*later[:4], True)
    client.post(card_url(association), card_data(rows=[removed, WEDNESDAY], initial=2))
    deleted = HistoricalMeetingTime.objects.filter(id=monday.pk).latest()
    assert deleted.history_type == "-"
    assert deleted.history_user_id == editor.pk
    assert wednesday.history.count() == 1


def test_a_service_records_who_made_the_change_outside_a_request(association):
    person = UserFactory()

    change(
        association,
        meeting_place="Nuorisotalo",
        meeting_times=[
            {"weekday": Weekday.FRIDAY, "start_time": datetime.time(18), "description": "Disko"}
        ],
        by=person,
    )

    assert association.history.latest().history_user_id == person.pk
    assert association.meeting_times.get().history.get().history_user_id == person.pk


# --- The page ------------------------------------------------------------------------------


def test_the_page_shows_who_changed_what_and_when(client, association, editor, owner):
    client.force_login(editor)
    client.post(
        card_url(association),
        card_data(rows=[MONDAY], name="Uusi nimi", home_municipality="kotka"),
    )
    client.force_login(owner)

    response = client.get(history_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>History of the card</h1>" in html
    entries = response.context["entries"]
    card = next(e for e in entries if e.subject == "Association" and e.action == "~")
    assert card.who == editor.display_name
    changes = {str(change.label): change for change in card.changes}
    assert (changes["Name"].old, changes["Name"].new) == ("Kouvolan Nuorisoseura", "Uusi nimi")
    assert (changes["Language of the contact person"].new) == "Svenska"
    assert (changes["Step-free access"].old, changes["Step-free access"].new) == (None, "yes")
    assert (changes["Home municipality"].old, changes["Home municipality"].new) == (
        "Kouvola",
        "Kotka",
    )
    assert changes["Municipalities where it is active"].old == "Kouvola"
    assert changes["Municipalities where it is active"].new == "Kotka"
    assert changes["Categories"].new == "Youth"
    assert changes["Description"].text_changed
    assert not {"Evening activity", "Updated at"} & changes.keys()
    meeting = next(e for e in entries if e.subject == "Meeting time")
    assert meeting.action == "+"
    assert meeting.name == "Monday 18.00"
    assert "Name" in html and "Uusi nimi" in html and editor.display_name in html


def test_the_page_is_in_finnish_with_local_times(client, association, owner):
    client.force_login(owner)
    client.post(card_url(association), card_data(founded_year="1950"))

    response = client.get(history_url(association, prefix=""))

    html = response.content.decode()
    assert "<h1>Kortin muutoshistoria</h1>" in html
    assert "Perustamisvuosi" in html
    entry = response.context["entries"][0]
    assert entry.when.tzinfo is not None
    assert entry.when.utcoffset() in (datetime.timedelta(hours=2), datetime.timedelta(hours=3))


def test_the_portal_and_deleted_accounts_are_named(client, association, owner):
    gone = UserFactory()
    change(association, meeting_place="Nuorisotalo", by=gone)
    gone.delete()
    client.force_login(owner)

    entries = client.get(history_url(association)).context["entries"]

    assert entries[0].who == "a person who no longer has an account"
    assert entries[-1].who == "the portal"  # the card was made outside a request


def test_the_history_is_paginated_newest_first(client, association, owner):
    for number in range(25):
        change(association, meeting_place=f"Paikka {number}")
    client.force_login(owner)

    first = client.get(history_url(association)).context["entries"]
    second = client.get(history_url(association) + "?page=2").context["entries"]

    assert len(first) == 20
    changes = first[0].changes
    assert [(c.old, c.new) for c in changes] == [("Paikka 23", "Paikka 24")]
    assert first[0].when >= first[-1].when >= second[0].when
    assert second


@pytest.mark.parametrize("entries", [3, 9])
def test_the_page_makes_a_constant_number_of_queries(
    client, association, owner, django_assert_max_num_queries, entries
):
    for number in range(entries):
        change(
            association,
            meeting_place=f"Paikka {number}",
            meeting_times=[{"weekday": Weekday.FRIDAY, "start_time": datetime.time(10 + number)}],
            by=UserFactory(),
        )
    client.force_login(owner)

    with django_assert_max_num_queries(17):
        response = client.get(history_url(association))

    assert len(response.context["entries"]) > entries


# --- Who may see it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "persona, status",
    [
        ("owner", 200),
        ("coordinator", 200),
        ("superuser", 200),
        ("editor", 403),
        ("other_staff", 404),
        ("outsider", 404),
    ],
)
def test_who_may_see_the_history(client, association, persona, status):
    log_in(client, make_persona(persona, association))

    assert client.get(history_url(association)).status_code == status


def test_anonymous_people_are_asked_to_log_in(client, association):
    response = client.get(history_url(association))

    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/")


def test_the_navigation_links_to_the_history_only_for_those_who_may_see_it(
    client, association, owner, editor
):
    link = f'href="{history_url(association)}"'
    client.force_login(owner)
    assert link in client.get(card_url(association)).content.decode()

    client.force_login(editor)
    assert link not in client.get(card_url(association)).content.decode()


def test_a_new_card_has_one_created_entry(client):
    AssociationFactory()  # another card: its entries are not shown
    person = UserFactory()
    client.force_login(person)
    client.post("/en/manage/new/", new_card())
    association = Association.objects.get(name="Kotkan Kuoro")

    assert [(e.history_type, e.status) for e in association.history.all()] == [("+", "pending")]
    assert association.history.get().history_user_id == person.pk
    assert [row.municipality.slug for row in association.history.get().municipalities.all()] == [
        "kotka"
    ]


def test_the_admin_shows_the_history_without_reverting(client, association, editor, superuser):
    client.force_login(editor)
    client.post(card_url(association), card_data(name="Uusi nimi"))
    client.force_login(superuser)

    url = f"/en/admin/associations/association/{association.pk}/history/"
    response = client.get(url)

    assert response.status_code == 200
    assert editor.email in response.content.decode() or "Test Person" in response.content.decode()
    version = f"{url}{association.history.latest().history_id}/"
    assert client.get(version).status_code == 200
    assert client.post(version, {"name": "Vanha"}).status_code == 403  # no going back
    association.refresh_from_db()
    assert association.name == "Uusi nimi"
