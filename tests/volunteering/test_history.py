"""The history of an opportunity: /manage/<slug>/opportunities/<opportunity_slug>/history/, and
what the opportunity editor and the status buttons record in it."""

import datetime

import pytest

from core.schedule import Weekday
from tests.factories import MembershipFactory, OpportunityFactory, UserFactory
from tests.personas import log_in, make_persona
from tests.volunteering.test_manage_opportunities import (
    create_url,
    edit_url,
    form_data,
    no_times,
    status_url,
)
from volunteering.models import Opportunity, OpportunityTime
from volunteering.services import opportunity_refresh_derived_fields, opportunity_update

pytestmark = pytest.mark.django_db

HistoricalOpportunity = Opportunity.history.model
HistoricalOpportunityTime = OpportunityTime.history.model


def history_url(opportunity, prefix="/en"):
    association = opportunity.association
    return f"{prefix}/manage/{association.slug}/opportunities/{opportunity.slug}/history/"


def entry_counts() -> tuple[int, int]:
    return HistoricalOpportunity.objects.count(), HistoricalOpportunityTime.objects.count()


def weekly(*rows, initial=0):
    """The weekly-time formset's fields: (weekday, start, end, delete) tuples."""
    data = no_times(total=len(rows), initial=initial)
    for index, (weekday, start, end, delete) in enumerate(rows):
        data.update(
            {
                f"times-{index}-weekday": str(weekday),
                f"times-{index}-start_time": start,
                f"times-{index}-end_time": end,
            }
        )
        if delete:
            data[f"times-{index}-DELETE"] = "on"
    return data


TUESDAY = (Weekday.TUESDAY, "17:00", "19:00", False)
SATURDAY = (Weekday.SATURDAY, "10:00", "", False)


@pytest.fixture
def editor(association, client):
    user = MembershipFactory(association=association).user
    client.force_login(user)
    return user


@pytest.fixture
def opportunity(association, editor, client):
    """A draft made in the editor by `editor`, with the fields of `form_data`."""
    client.post(create_url(association), form_data(action="draft", categories=["youth"]))
    return association.opportunities.get()


# --- What the editor records ---------------------------------------------------------------


def test_a_new_opportunity_is_one_created_entry_by_its_author(opportunity, editor):
    [entry] = opportunity.history.all()
    assert (entry.history_type, entry.history_user_id) == ("+", editor.pk)
    assert [row.category.slug for row in entry.categories.all()] == ["youth"]


def test_an_edit_is_one_entry_and_an_unchanged_save_none(client, opportunity, editor):
    unchanged = form_data(action="save", categories=["youth"])
    client.post(edit_url(opportunity), unchanged)
    assert opportunity.history.count() == 1

    client.post(edit_url(opportunity), {**unchanged, "title": "Uusi nimi", "places": "3"})

    assert opportunity.history.count() == 2
    entry = opportunity.history.latest()
    assert (entry.history_type, entry.history_user_id) == ("~", editor.pk)
    assert (entry.title, entry.places) == ("Uusi nimi", 3)


def test_derived_fields_are_not_recorded(opportunity):
    recorded = {field.name for field in HistoricalOpportunity._meta.fields}
    assert not recorded & {"search_text", "search_vector", "is_evening", "is_weekend"}
    assert "updated_at" not in recorded
    counts = entry_counts()

    opportunity_refresh_derived_fields(opportunity=opportunity)

    assert entry_counts() == counts


def test_weekly_times_are_kept_updated_and_removed_in_place(client, opportunity, editor):
    recurring = form_data(action="save", categories=["youth"], schedule="recurring")
    client.post(edit_url(opportunity), {**recurring, **weekly(TUESDAY)})
    tuesday = opportunity.times.get()
    counts = entry_counts()

    # The same times again (as the browser sends them: the saved one is an initial row).
    client.post(edit_url(opportunity), {**recurring, **weekly(TUESDAY, initial=1)})
    assert entry_counts() == counts

    client.post(edit_url(opportunity), {**recurring, **weekly(TUESDAY, SATURDAY, initial=1)})
    saturday = opportunity.times.get(weekday=Weekday.SATURDAY)
    assert [entry.history_type for entry in saturday.history.all()] == ["+"]
    assert tuesday.history.count() == 1

    later = (Weekday.TUESDAY, "18:00", "20:00", False)
    client.post(edit_url(opportunity), {**recurring, **weekly(later, SATURDAY, initial=2)})
    assert opportunity.times.get(weekday=Weekday.TUESDAY).pk == tuesday.pk
    assert tuesday.history.latest().start_time == datetime.time(18, 0)

    client.post(
        edit_url(opportunity), {**recurring, **weekly((*later[:3], True), SATURDAY, initial=2)}
    )
    removed = HistoricalOpportunityTime.objects.filter(id=tuesday.pk).latest()
    assert (removed.history_type, removed.history_user_id) == ("-", editor.pk)
    assert opportunity.history.count() == 2  # the schedule changed once


def test_a_status_change_records_who_made_it(client, opportunity, editor):
    client.post(status_url(opportunity), {"action": "submit"})

    entry = opportunity.history.latest()
    assert (entry.status, entry.history_user_id) == ("pending", editor.pk)  # not verified


def test_a_service_records_who_made_the_change_outside_a_request(association):
    opportunity = OpportunityFactory(association=association)
    person = UserFactory()

    opportunity_update(opportunity=opportunity, fields={"title": "Muutettu"}, by=person)

    assert opportunity.history.latest().history_user_id == person.pk


# --- The page ------------------------------------------------------------------------------


def test_the_page_shows_the_changes_in_words(client, association, opportunity, editor):
    client.post(
        edit_url(opportunity),
        form_data(
            action="save",
            categories=["youth"],
            title="Uusi nimi",
            beginner_friendly="on",
            benefits=["meals"],
            start_date="2027-01-15",
            schedule="recurring",
            **weekly(TUESDAY),
        ),
    )
    client.force_login(MembershipFactory(association=association, owner=True).user)

    response = client.get(history_url(opportunity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>History: Uusi nimi</h1>" in html
    entries = response.context["entries"]
    [changed] = [entry for entry in entries if entry.subject == "Opportunity" and entry.changes]
    assert changed.who == editor.display_name
    changes = {str(change.label): (change.old, change.new) for change in changed.changes}
    assert changes["Title"] == ("Kahvilan apulainen", "Uusi nimi")
    assert changes["Suits beginners"] == ("no", "yes")
    assert changes["What you get"] == (None, "Meals")
    assert changes["First day"] == (None, "01/15/2027")
    assert changes["Schedule"] == ("Flexible: agree on the times", "Regularly, on given weekdays")
    [time] = [entry for entry in entries if entry.subject == "Weekly time"]
    assert (time.name, time.action) == ("Tuesday 17.00", "+")


def test_the_page_is_in_swedish_too(client, association, opportunity):
    client.force_login(MembershipFactory(association=association, owner=True).user)

    html = client.get(history_url(opportunity, prefix="/sv")).content.decode()

    assert "<h1>Ändringshistorik: Kahvilan apulainen</h1>" in html
    assert "skapad" in html


@pytest.mark.parametrize("edits", [3, 9])
def test_the_page_makes_a_constant_number_of_queries(
    client, association, opportunity, django_assert_max_num_queries, edits
):
    for number in range(edits):
        opportunity_update(
            opportunity=opportunity,
            fields={"title": f"Nimi {number}", "schedule": "recurring"},
            weekly_times=[{"weekday": number % 7, "start_time": datetime.time(10 + number)}],
            by=UserFactory(),
        )
    client.force_login(MembershipFactory(association=association, owner=True).user)

    with django_assert_max_num_queries(14):
        response = client.get(history_url(opportunity))

    assert len(response.context["entries"]) > edits


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
    opportunity = OpportunityFactory(association=association)
    client.logout()
    log_in(client, make_persona(persona, association))

    assert client.get(history_url(opportunity)).status_code == status


def test_anonymous_people_are_asked_to_log_in(client, association):
    opportunity = OpportunityFactory(association=association)

    response = client.get(history_url(opportunity))

    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/")


def test_another_associations_opportunity_is_not_found(client, association):
    other = OpportunityFactory()
    client.force_login(MembershipFactory(association=association, owner=True).user)

    url = f"/en/manage/{association.slug}/opportunities/{other.slug}/history/"
    assert client.get(url).status_code == 404


def test_the_editor_links_to_the_history_only_for_those_who_may_see_it(
    client, association, opportunity
):
    link = f'href="{history_url(opportunity)}"'
    assert link not in client.get(edit_url(opportunity)).content.decode()  # an editor

    client.force_login(MembershipFactory(association=association, owner=True).user)
    assert link in client.get(edit_url(opportunity)).content.decode()


def test_the_card_history_links_to_each_opportunity_for_coordinators(client, association):
    draft = OpportunityFactory(association=association, draft=True, title="Luonnos")
    OpportunityFactory(title="Toisen yhdistyksen tehtävä")
    client.force_login(make_persona("coordinator", association))

    html = client.get(f"/en/manage/{association.slug}/history/").content.decode()

    assert f'href="{history_url(draft)}"' in html
    assert "Toisen yhdistyksen tehtävä" not in html
    assert client.get(history_url(draft)).status_code == 200
