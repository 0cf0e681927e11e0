"""Posting and editing opportunities in the association's workspace: /manage/<slug>/opportunities/."""

import datetime

import pytest
from django.core import mail

from core.schedule import Weekday
from tests.factories import (
    AssociationFactory,
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
)
from tests.personas import log_in, make_persona
from tests.volunteering.helpers import days_from_today
from volunteering.models import Opportunity, SignUp

pytestmark = pytest.mark.django_db

Status = Opportunity.Status


def list_url(association):
    return f"/en/manage/{association.slug}/opportunities/"


def create_url(association):
    return f"/en/manage/{association.slug}/opportunities/new/"


def edit_url(opportunity):
    return f"/en/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/edit/"


def duplicate_url(opportunity):
    return f"/en/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/duplicate/"


def status_url(opportunity):
    return f"/en/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/status/"


def no_times(total=2, initial=0):
    return {
        "times-TOTAL_FORMS": str(total),
        "times-INITIAL_FORMS": str(initial),
        "times-MIN_NUM_FORMS": "0",
        "times-MAX_NUM_FORMS": "1000",
    }


def form_data(**overrides):
    """What staff fill in for a simple flexible task in Kouvola."""
    data = {
        "title": "Kahvilan apulainen",
        "type": "volunteer",
        "short_description": "Keität kahvia ja juttelet kävijöiden kanssa.",
        "plain_language_summary": "",
        "description": "",
        "municipality": "kouvola",
        "address": "Kauppalankatu 1",
        "schedule": "flexible",
        "contact_language": "fi",
        **no_times(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def verified():
    return AssociationFactory(name="Kouvolan Nuorisoseura", is_verified=True)


@pytest.fixture
def unverified():
    return AssociationFactory(name="Uusi Yhdistys", is_verified=False)


@pytest.fixture
def editor_of(client):
    def log_in_as_editor(association):
        user = MembershipFactory(association=association).user
        client.force_login(user)
        return user

    return log_in_as_editor


# --- The list ------------------------------------------------------------------------------


def test_list_shows_every_status_with_the_numbers_of_signups(client, verified, editor_of):
    editor_of(verified)
    published = OpportunityFactory(association=verified, title="Julkaistu tehtävä", places=2)
    SignUpFactory(opportunity=published)
    SignUpFactory(opportunity=published, status=SignUp.Status.PENDING)
    OpportunityFactory(association=verified, title="Luonnostehtävä", draft=True)
    OpportunityFactory(association=verified, title="Arkistoitu tehtävä", archived=True)
    OpportunityFactory(title="Toisen yhdistyksen tehtävä")

    response = client.get(list_url(verified))

    html = response.content.decode()
    titles = {opportunity.title for opportunity in response.context["opportunities"]}
    assert titles == {"Julkaistu tehtävä", "Luonnostehtävä", "Arkistoitu tehtävä"}
    assert "1 sign-up waits for an answer" in html
    assert "2 new sign-ups" in html
    assert "1 of 2 places taken" in html
    assert "Draft" in html and "Archived" in html and "Published" in html


def test_list_tells_an_unverified_association_about_the_review(client, unverified, editor_of):
    editor_of(unverified)

    html = client.get(list_url(unverified)).content.decode()

    assert "a coordinator reviews each new opportunity" in html


def test_the_workspace_navigation_links_to_the_opportunities(client, verified, editor_of):
    editor_of(verified)

    html = client.get(list_url(verified)).content.decode()

    assert f'href="{list_url(verified)}"' in html


# --- Creating ------------------------------------------------------------------------------


def test_save_draft_creates_a_draft_with_a_slug_from_the_title(client, verified, editor_of):
    editor_of(verified)

    response = client.post(create_url(verified), form_data(action="draft"))

    opportunity = verified.opportunities.get()
    assert opportunity.status == Status.DRAFT
    assert opportunity.slug == "kahvilan-apulainen"
    assert opportunity.published_at is None
    assert response.status_code == 302
    assert response.url == edit_url(opportunity)


def test_a_new_opportunity_starts_in_the_home_municipality(client, verified, editor_of):
    editor_of(verified)

    form = client.get(create_url(verified)).context["form"]

    assert form["municipality"].value() == verified.home_municipality.slug


def test_staff_can_choose_the_people_themselves(client, verified, editor_of):
    editor_of(verified)

    client.post(create_url(verified), form_data(action="draft", chooses_people="on"))

    assert verified.opportunities.get().chooses_people is True


def test_the_slug_is_unique(client, verified, editor_of):
    editor_of(verified)
    OpportunityFactory(title="Kahvilan apulainen", slug="kahvilan-apulainen")

    client.post(create_url(verified), form_data(action="draft"))

    assert verified.opportunities.get().slug == "kahvilan-apulainen-2"


def test_a_verified_association_publishes_at_once(client, verified, editor_of):
    editor_of(verified)

    client.post(create_url(verified), form_data(action="submit"))

    opportunity = verified.opportunities.get()
    assert opportunity.status == Status.PUBLISHED
    assert opportunity.published_at is not None
    assert client.get(opportunity.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(opportunity.get_absolute_url()).status_code == 200


def test_an_unverified_association_waits_for_review(client, unverified, editor_of):
    editor_of(unverified)

    response = client.post(create_url(unverified), form_data(action="submit"), follow=True)

    opportunity = unverified.opportunities.get()
    assert opportunity.status == Status.PENDING
    assert opportunity.published_at is None
    assert "waits for a coordinator" in response.content.decode()
    client.logout()
    assert client.get(opportunity.get_absolute_url()).status_code == 404


def test_the_editor_names_the_button_by_the_review_rule(client, verified, unverified, editor_of):
    editor_of(verified)
    assert ">Publish</button>" in client.get(create_url(verified)).content.decode()
    editor_of(unverified)
    html = client.get(create_url(unverified)).content.decode()
    assert ">Submit for review</button>" in html
    assert ">Publish</button>" not in html


def test_every_field_is_saved(client, verified, editor_of):
    editor_of(verified)
    data = form_data(
        action="submit",
        type="event-help",
        plain_language_summary="Autat juhlissa.",
        description="Pitkä kuvaus.",
        categories=["youth"],
        languages=["fi", "en"],
        schedule="one-off",
        start_date=days_from_today(10).isoformat(),
        end_date=days_from_today(11).isoformat(),
        start_time="17:00",
        end_time="20:00",
        hours_per_week="2.5",
        total_days="2",
        places="5",
        application_deadline=days_from_today(5).isoformat(),
        min_age="13",
        max_age="17",
        beginner_friendly="on",
        is_supported="on",
        for_english_speakers="on",
        for_under_18s="on",
        is_popup="on",
        criminal_record_required="on",
        requirements="Rikosrekisteriote.",
        benefits=["meals", "certificate"],
        accessibility_notes="Esteetön sisäänkäynti.",
        contact_name="Satu",
        contact_email="satu@example.com",
        contact_language="sv",
    )

    client.post(create_url(verified), data)

    opportunity = verified.opportunities.get()
    assert opportunity.type == "event-help"
    assert opportunity.plain_language_summary == "Autat juhlissa."
    assert {c.slug for c in opportunity.categories.all()} == {"youth"}
    assert {language.slug for language in opportunity.languages.all()} == {"fi", "en"}
    assert opportunity.schedule == "one-off"
    assert opportunity.start_date == days_from_today(10)
    assert opportunity.end_time == datetime.time(20, 0)
    assert opportunity.is_evening  # derived from the times
    assert opportunity.places == 5
    assert (opportunity.min_age, opportunity.max_age) == (13, 17)
    assert opportunity.is_supported and opportunity.for_english_speakers
    assert opportunity.for_under_18s and opportunity.is_popup
    assert opportunity.criminal_record_required and opportunity.beginner_friendly
    assert opportunity.benefits == ["meals", "certificate"]
    assert opportunity.contact_language == "sv"
    html = client.get(opportunity.get_absolute_url()).content.decode()
    assert "extract from the criminal record" in html
    assert "Supported volunteering" in html
    assert "Pop-up: a one-off task of a few hours." in html


def test_a_remote_task_needs_no_municipality(client, verified, editor_of):
    editor_of(verified)

    client.post(create_url(verified), form_data(action="draft", municipality="", is_remote="on"))

    opportunity = verified.opportunities.get()
    assert opportunity.is_remote and opportunity.municipality is None


def test_weekly_times_with_a_period(client, verified, editor_of):
    editor_of(verified)
    data = form_data(
        action="submit",
        schedule="recurring",
        start_date=days_from_today(1).isoformat(),
        end_date=days_from_today(60).isoformat(),
        **{
            "times-0-weekday": str(Weekday.TUESDAY),
            "times-0-start_time": "17:00",
            "times-0-end_time": "19:00",
            "times-1-weekday": str(Weekday.SATURDAY),
            "times-1-start_time": "10:00",
        },
    )

    client.post(create_url(verified), data)

    opportunity = verified.opportunities.get()
    times = [(t.weekday, t.start_time, t.end_time) for t in opportunity.times.all()]
    assert times == [
        (Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0)),
        (Weekday.SATURDAY, datetime.time(10, 0), None),
    ]
    assert opportunity.is_evening and opportunity.is_weekend
    assert opportunity.end_date == days_from_today(60)


def test_weekly_times_of_another_schedule_are_not_kept(client, verified, editor_of):
    editor_of(verified)
    data = form_data(
        action="draft",
        schedule="flexible",
        **{"times-0-weekday": str(Weekday.TUESDAY), "times-0-start_time": "17:00"},
    )

    client.post(create_url(verified), data)

    assert not verified.opportunities.get().times.exists()


# --- Bad input -----------------------------------------------------------------------------


def errors_of(response):
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"municipality": "", "address": "Kauppalankatu 1"},
            "municipality",
            "Choose the municipality where this happens, or mark it as remote.",
        ),
        (
            {"start_date": days_from_today(10).isoformat(), "end_date": days_from_today(9)},
            "end_date",
            "The last day cannot be before the first day.",
        ),
        (
            {"min_age": "18", "max_age": "15"},
            "max_age",
            "The maximum age cannot be lower than the minimum age.",
        ),
        (
            {"schedule": "one-off"},
            "start_date",
            "Give the first day of a task on given days.",
        ),
        ({"title": ""}, "title", "This field is required."),
    ],
    ids=["place-neither", "end-before-start", "ages-reversed", "one-off-without-day", "no-title"],
)
@pytest.mark.parametrize("action", ["draft", "submit"])
def test_bad_input_is_shown_beside_the_field_and_kept(
    client, verified, editor_of, overrides, field, message, action
):
    editor_of(verified)
    data = form_data(action=action, short_description="Tämä teksti säilyy.", **overrides)

    response = client.post(create_url(verified), data)

    assert response.status_code == 200
    assert errors_of(response) == {field: [message]}
    html = response.content.decode()
    assert "Tämä teksti säilyy." in html
    assert f'href="#id_{field}"' in html  # the error summary links to the field
    assert not Opportunity.objects.exists()


def test_a_bad_weekly_time_is_shown_and_nothing_is_saved(client, verified, editor_of):
    editor_of(verified)
    data = form_data(
        action="submit",
        schedule="recurring",
        **{"times-0-weekday": str(Weekday.MONDAY), "times-0-start_time": "kello viisi"},
    )

    response = client.post(create_url(verified), data)

    assert response.status_code == 200
    assert response.context["times"].forms[0].errors == {"start_time": ["Enter a valid time."]}
    assert 'value="kello viisi"' in response.content.decode()
    assert not Opportunity.objects.exists()


# --- Editing -------------------------------------------------------------------------------


def test_changes_to_a_published_opportunity_are_live_at_once(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, title="Vanha nimi")
    slug = opportunity.slug
    data = form_data(action="save", title="Uusi nimi", short_description="Uusi kuvaus.")

    response = client.post(edit_url(opportunity), data)

    opportunity.refresh_from_db()
    assert response.status_code == 302
    assert opportunity.status == Status.PUBLISHED
    assert opportunity.title == "Uusi nimi"
    assert opportunity.slug == slug  # the address stays
    client.logout()
    assert "Uusi kuvaus." in client.get(opportunity.get_absolute_url()).content.decode()


def test_changes_of_an_unverified_association_published_are_live_too(client, unverified, editor_of):
    editor_of(unverified)
    opportunity = OpportunityFactory(association=unverified)

    client.post(edit_url(opportunity), form_data(action="save", title="Korjattu"))

    opportunity.refresh_from_db()
    assert (opportunity.title, opportunity.status) == ("Korjattu", Status.PUBLISHED)


def test_more_places_go_to_the_people_waiting(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, full=True)
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True, user__email="odo@example.com")

    client.post(edit_url(opportunity), form_data(action="save", places="2"))

    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED
    assert "odo@example.com" in [message.to[0] for message in mail.outbox]


def test_editing_shows_and_replaces_the_weekly_times(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(
        association=verified,
        schedule=Opportunity.Schedule.RECURRING,
        times=[
            (Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0)),
            (Weekday.THURSDAY, datetime.time(9, 0), None),
        ],
    )
    html = client.get(edit_url(opportunity)).content.decode()
    assert 'name="times-0-start_time" value="17:00"' in html
    assert 'name="times-1-start_time" value="09:00"' in html

    data = form_data(
        action="save",
        schedule="recurring",
        **no_times(total=4, initial=2),
        **{
            "times-0-weekday": str(Weekday.TUESDAY),
            "times-0-start_time": "17:00",
            "times-0-end_time": "19:00",
            "times-0-DELETE": "on",
            "times-1-weekday": str(Weekday.THURSDAY),
            "times-1-start_time": "09:00",
            "times-2-weekday": str(Weekday.SUNDAY),
            "times-2-start_time": "12:00",
        },
    )
    client.post(edit_url(opportunity), data)

    opportunity.refresh_from_db()
    assert [(t.weekday, t.start_time) for t in opportunity.times.all()] == [
        (Weekday.THURSDAY, datetime.time(9, 0)),
        (Weekday.SUNDAY, datetime.time(12, 0)),
    ]
    assert opportunity.is_weekend and not opportunity.is_evening


def test_a_draft_is_submitted_from_the_editor(client, unverified, editor_of):
    editor_of(unverified)
    opportunity = OpportunityFactory(association=unverified, draft=True)

    client.post(edit_url(opportunity), form_data(action="submit"))

    opportunity.refresh_from_db()
    assert opportunity.status == Status.PENDING


def test_bad_input_when_editing_changes_nothing(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, title="Ennallaan")

    response = client.post(
        edit_url(opportunity),
        form_data(action="save", title="Muutettu", min_age="20", max_age="10"),
    )

    assert errors_of(response) == {
        "max_age": ["The maximum age cannot be lower than the minimum age."]
    }
    assert 'value="Muutettu"' in response.content.decode()
    opportunity.refresh_from_db()
    assert opportunity.title == "Ennallaan"


# --- Duplicating ---------------------------------------------------------------------------


def test_duplicate_makes_a_draft_copy_and_opens_its_editor(client, verified, editor_of):
    editor_of(verified)
    original = OpportunityFactory(
        association=verified,
        title="Läksykerho",
        categories=["youth"],
        languages=["fi"],
        schedule=Opportunity.Schedule.RECURRING,
        times=[(Weekday.TUESDAY, datetime.time(17, 0), datetime.time(19, 0))],
        is_supported=True,
        places=4,
    )
    SignUpFactory(opportunity=original)

    response = client.post(duplicate_url(original))

    copy = verified.opportunities.exclude(pk=original.pk).get()
    assert response.status_code == 302
    assert response.url == edit_url(copy)
    assert copy.status == Status.DRAFT and copy.published_at is None
    assert copy.title == "Läksykerho"
    assert copy.slug == "laksykerho" != original.slug
    assert copy.places == 4 and copy.is_supported
    assert [c.slug for c in copy.categories.all()] == ["youth"]
    assert [(t.weekday, t.start_time) for t in copy.times.all()] == [
        (Weekday.TUESDAY, datetime.time(17, 0))
    ]
    assert copy.is_evening
    assert not copy.signups.exists()
    original.refresh_from_db()
    assert original.status == Status.PUBLISHED


def test_duplicate_is_a_post(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified)

    assert client.get(duplicate_url(opportunity)).status_code == 405


# --- Status --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("is_verified", "start", "action", "end"),
    [
        (True, "draft", "submit", Status.PUBLISHED),
        (False, "draft", "submit", Status.PENDING),
        (True, "published", "close", Status.CLOSED),
        (True, "published", "archive", Status.ARCHIVED),
        (True, "published", "draft", Status.DRAFT),
        (False, "pending", "draft", Status.DRAFT),
        (True, "closed", "reopen", Status.PUBLISHED),
        (False, "closed", "reopen", Status.PENDING),
        (True, "archived", "reopen", Status.PUBLISHED),
        (True, "draft", "archive", Status.ARCHIVED),
    ],
)
def test_status_actions(client, editor_of, is_verified, start, action, end):
    association = AssociationFactory(is_verified=is_verified)
    editor_of(association)
    traits = {} if start == "published" else {start: True}
    opportunity = OpportunityFactory(association=association, **traits)

    response = client.post(status_url(opportunity), {"action": action})

    assert response.status_code == 302
    assert response.url == list_url(association)
    opportunity.refresh_from_db()
    assert opportunity.status == end


@pytest.mark.parametrize(
    ("start", "action"),
    [("published", "submit"), ("draft", "close"), ("archived", "archive"), ("draft", "reopen")],
)
def test_a_status_action_not_allowed_changes_nothing(client, verified, editor_of, start, action):
    editor_of(verified)
    traits = {} if start == "published" else {start: True}
    opportunity = OpportunityFactory(association=verified, **traits)

    response = client.post(status_url(opportunity), {"action": action}, follow=True)

    opportunity.refresh_from_db()
    assert opportunity.status == start
    assert "This cannot be done" in response.content.decode()


def test_an_unknown_action_changes_nothing(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified)

    client.post(status_url(opportunity), {"action": "delete"})

    opportunity.refresh_from_db()
    assert opportunity.status == Status.PUBLISHED


def test_publishing_again_gives_free_places_to_the_people_waiting(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, closed=True, places=1)
    waiting = SignUpFactory(opportunity=opportunity, waitlisted=True)

    client.post(status_url(opportunity), {"action": "reopen"})

    waiting.refresh_from_db()
    assert waiting.status == SignUp.Status.ACCEPTED


def test_the_editor_offers_only_the_allowed_actions(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, closed=True)

    html = client.get(edit_url(opportunity)).content.decode()

    assert 'value="reopen"' in html and 'value="archive"' in html and 'value="draft"' in html
    assert 'value="close"' not in html and 'value="submit"' not in html


# --- Permissions ---------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_people_without_a_role_get_404(client, verified, persona):
    opportunity = OpportunityFactory(association=verified)
    log_in(client, make_persona(persona, verified))

    assert client.get(list_url(verified)).status_code == 404
    assert client.get(create_url(verified)).status_code == 404
    assert client.get(edit_url(opportunity)).status_code == 404
    assert client.post(status_url(opportunity), {"action": "close"}).status_code == 404
    assert client.post(duplicate_url(opportunity)).status_code == 404
    assert Opportunity.objects.count() == 1


def test_a_coordinator_gets_403(client, verified):
    opportunity = OpportunityFactory(association=verified)
    log_in(client, make_persona("coordinator", verified))

    assert client.get(list_url(verified)).status_code == 403
    assert client.post(create_url(verified), form_data(action="submit")).status_code == 403
    assert client.post(edit_url(opportunity), form_data(action="save")).status_code == 403
    assert client.post(status_url(opportunity), {"action": "close"}).status_code == 403
    opportunity.refresh_from_db()
    assert opportunity.status == Status.PUBLISHED


def test_another_associations_opportunity_is_not_found_through_mine(client, verified, editor_of):
    editor_of(verified)
    theirs = OpportunityFactory(title="Ei minun")
    through_mine = f"/en/manage/{verified.slug}/opportunities/{theirs.slug}/"

    assert client.get(through_mine + "edit/").status_code == 404
    assert client.post(through_mine + "status/", {"action": "close"}).status_code == 404
    assert client.post(through_mine + "duplicate/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Status.PUBLISHED
    assert Opportunity.objects.count() == 1


def test_anonymous_is_sent_to_log_in(client, verified):
    response = client.get(list_url(verified))

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_owner_and_superuser_may_edit(client, verified):
    opportunity = OpportunityFactory(association=verified)
    for persona in ("owner", "superuser"):
        log_in(client, make_persona(persona, verified))
        assert client.get(edit_url(opportunity)).status_code == 200


# --- Query budgets -------------------------------------------------------------------------


def _many(association, count):
    for number in range(count):
        opportunity = OpportunityFactory(
            association=association,
            categories=["youth"],
            schedule=Opportunity.Schedule.RECURRING,
            times=[(Weekday.TUESDAY, datetime.time(17, 0), None)],
            places=3,
            status=[Status.PUBLISHED, Status.DRAFT, Status.CLOSED][number % 3],
        )
        SignUpFactory(opportunity=opportunity)
    return opportunity


@pytest.mark.parametrize("count", [4, 12], ids=["N", "3N"])
def test_query_budget_of_the_list(
    client, verified, editor_of, django_assert_max_num_queries, count
):
    editor_of(verified)
    _many(verified, count)

    with django_assert_max_num_queries(6):
        response = client.get(list_url(verified))

    assert len(response.context["opportunities"]) == count


@pytest.mark.parametrize("times", [1, 3], ids=["N", "3N"])
def test_query_budget_of_the_editor(
    client, verified, editor_of, django_assert_max_num_queries, times
):
    editor_of(verified)
    opportunity = OpportunityFactory(
        association=verified,
        categories=["youth", "seniors", "education"][:times],
        schedule=Opportunity.Schedule.RECURRING,
        times=[(day, datetime.time(17, 0), None) for day in range(times)],
    )

    # (one of them: whether the editor coordinates a region, for the header's link)
    with django_assert_max_num_queries(11):
        response = client.get(edit_url(opportunity))

    assert response.status_code == 200


def test_the_heading_keeps_the_saved_title_while_the_form_has_errors(client, verified, editor_of):
    editor_of(verified)
    opportunity = OpportunityFactory(association=verified, title="Tallennettu nimi")

    response = client.post(edit_url(opportunity), form_data(action="save", title=""))

    assert "<h1>Edit: Tallennettu nimi</h1>" in response.content.decode()
