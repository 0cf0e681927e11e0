"""A person's control of their own data: /me/data/ (the download) and /me/delete/ (deleting the
account), through core/personal_data.py and every app's section.

The deletion is checked table by table: every model of every installed app, every foreign key to
the user model, every text column against markers only the deleted person's data holds.
"""

import datetime
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from associations.models import Invitation, JoinRequest, Membership
from associations.services import association_update, invitation_create, join_request_answer
from coordination.models import Report
from coordination.statistics import Period, region_statistics
from core import personal_data
from core.audit import AuditEntry
from tests.core.queue import run_worker, use_database_queue
from tests.factories import (
    PASSWORD,
    AssociationFactory,
    JoinRequestFactory,
    MembershipFactory,
    OpportunityFactory,
    ProfileFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from volunteering.models import SignUp
from volunteering.services import signup_create

pytestmark = pytest.mark.django_db

DATA_URL = "/en/me/data/"
DOWNLOAD_URL = "/en/me/data/download/"
DELETE_URL = "/en/me/delete/"

# Strings that only the person's own data holds: none may be left anywhere after deletion.
EMAIL = "zorblax.quux@example.com"
NAME = "Zorblax"
SURNAME = "Quuxington"
PHONE = "040 717 2929"
MARKERS = {
    "email": EMAIL,
    "name": NAME,
    "surname": SURNAME,
    "phone": PHONE,
    "message": "ZX-signup-message",
    "interests": "ZX-interests",
    "accessibility": "ZX-wheelchair",
    "staff message": "ZX-welcome-aboard",
    "reference": "ZX-reliable-helper",
    "join message": "ZX-join-message",
    "preferences": "ZX-own-skills",
    "alert": "ZX-alert-summary",
    "shortlist": "ZX-shortlist-note",
}

# Kept on purpose, and said in the privacy notice: the audit log cannot be changed, and keeps
# the name a person had when they decided something, or when a decision concerned them.
KEPT = {
    ("portal", "auditentry"): {"actor_name", "target_repr", "reason", "details"},
}


@pytest.fixture
def person():
    """A person with data in every app: profile, preferences, sign-ups open and completed, a
    join request, a staff role, an invitation, a report, an alert and a short list."""
    user = UserFactory(
        email=EMAIL, first_name=NAME, last_name=SURNAME, preferred_name=f"{NAME} {SURNAME}"
    )
    ProfileFactory(
        user=user,
        birth_year=years_ago(17),
        phone=PHONE,
        interests=MARKERS["interests"],
        accessibility_needs=MARKERS["accessibility"],
    )
    return user


@pytest.fixture
def everything(person):
    """The rest of the person's data; returns what the tests look at."""
    data = {}
    # An open sign-up with a place on a full opportunity: someone waits for it.
    full = OpportunityFactory(title="Iltaleiri", places=1, association__name="Leiriseura")
    data["open"] = SignUpFactory(
        user=person,
        opportunity=full,
        message=MARKERS["message"],
        phone=PHONE,
        interests=MARKERS["interests"],
        accessibility_needs=MARKERS["accessibility"],
        birth_year=years_ago(17),
    )
    data["waiting"] = SignUpFactory(opportunity=full, waitlisted=True)
    # A completed one with the association's answer, hours and a reference.
    data["completed"] = SignUpFactory(
        user=person,
        opportunity=OpportunityFactory(title="Kirpputori"),
        status=SignUp.Status.COMPLETED,
        staff_message=MARKERS["staff message"],
        hours_done=12,
        reference=MARKERS["reference"],
        birth_year=years_ago(17),
    )
    # A join request the association answered.
    join_request = JoinRequestFactory(user=person, message=MARKERS["join message"])
    owner = MembershipFactory(association=join_request.association, owner=True).user
    join_request_answer(
        join_request=join_request, accept=True, response="Tervetuloa", handled_by=owner
    )
    # The person is an editor of an association, and answers someone's join request there.
    membership = MembershipFactory(user=person, association__name="Toimitusseura")
    MembershipFactory(association=membership.association, owner=True)
    asked = JoinRequestFactory(association=membership.association)
    join_request_answer(join_request=asked, accept=False, response="Ei nyt", handled_by=person)
    # ...and changes its card: the card's history records that.
    data["card"] = membership.association
    association_update(
        association=membership.association,
        fields={"meeting_place": "Seurantalo"},
        categories=[],
        target_groups=[],
        languages=[],
        municipalities=[],
        meeting_times=[],
        by=person,
    )
    # An invitation to the person's address.
    invitation_create(
        association=AssociationFactory(name="Kutsuseura"),
        email=EMAIL,
        role=Membership.Role.EDITOR,
        language="fi",
        invited_by=owner,
    )
    # A report sent with the person's address.
    Report.objects.create(
        association=full.association,
        reason=Report.Reason.OTHER,
        text="Osoite on väärin.",
        reporter_email=EMAIL,
        language="fi",
    )
    if apps.is_installed("matching"):
        Preferences = apps.get_model("matching", "Preferences")
        Preferences.objects.create(user=person, own_skills=MARKERS["preferences"])
    if apps.is_installed("alerts"):
        Alert = apps.get_model("alerts", "Alert")
        Alert.objects.create(user=person, query="evening=on", summary=MARKERS["alert"])
    if apps.is_installed("shortlists"):
        ShortList = apps.get_model("shortlists", "ShortList")
        ShortList.objects.create(owner=person, note=MARKERS["shortlist"])
    mail.outbox = []
    return data


def log_in(client, user):
    client.force_login(user)
    return client


def download(client) -> dict:
    response = client.get(DOWNLOAD_URL)
    assert response.status_code == 200
    return json.loads(response.content)


# --- The download ------------------------------------------------------------------------------


def test_the_page_explains_the_download(client, person):
    response = log_in(client, person).get(DATA_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>My data</h1>" in html
    assert f'href="{DOWNLOAD_URL}"' in html
    assert "accessibility needs" in html


def test_the_download_is_a_dated_json_attachment(client, person):
    response = log_in(client, person).get(DOWNLOAD_URL)

    assert response["Content-Type"].startswith("application/json")
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="yhdistysinfo-')
    assert disposition.endswith('.json"')
    assert response["Cache-Control"] == "private, no-store"


def test_the_download_holds_everything_the_database_has_on_the_person(client, person, everything):
    data = download(log_in(client, person))
    text = json.dumps(data, ensure_ascii=False)

    for what, marker in MARKERS.items():
        if what in {"preferences", "alert", "shortlist"}:
            continue  # their apps' sections, below, when those apps are installed
        assert marker in text, what
    assert data["account"]["email"] == EMAIL
    assert data["account"]["email_addresses"] == [
        {"email": EMAIL, "verified": True, "primary": True}
    ]
    assert data["profile"]["accessibility_needs"] == MARKERS["accessibility"]
    assert data["profile"]["birth_year"] == years_ago(17)
    signups = {signup["opportunity"]: signup for signup in data["signups"]}
    assert signups["Iltaleiri"]["message"] == MARKERS["message"]
    assert signups["Iltaleiri"]["accessibility_needs"] == MARKERS["accessibility"]
    assert signups["Kirpputori"]["hours_done"] == "12.0"
    assert signups["Kirpputori"]["reference"] == MARKERS["reference"]
    assert [m["association"] for m in data["memberships"]] == ["Toimitusseura"]
    assert data["join_requests"][0]["message"] == MARKERS["join message"]
    assert data["join_requests"][0]["answer"] == "Tervetuloa"
    assert data["join_requests_answered"][0]["answer"] == "Ei nyt"
    assert data["invitations"]["received"][0]["association"] == "Kutsuseura"
    assert data["reports"][0]["what_is_wrong"] == "Osoite on väärin."
    assert [entry["item"] for entry in data["decisions"]] != []
    for app, marker in (
        ("matching", "preferences"),
        ("alerts", "alert"),
        ("shortlists", "shortlist"),
    ):
        if apps.is_installed(app):
            assert MARKERS[marker] in text, app


def test_the_download_holds_only_the_persons_own_data(client, person, everything):
    other = UserFactory(email="toinen@example.com")

    data = download(log_in(client, other))

    assert data["account"]["email"] == "toinen@example.com"
    text = json.dumps(data, ensure_ascii=False)
    for what, marker in MARKERS.items():
        assert marker not in text, what


@pytest.mark.parametrize("count", [2, 6])
def test_the_download_reads_a_bounded_number_of_queries(
    client, person, count, django_assert_max_num_queries
):
    for _ in range(count):
        SignUpFactory(user=person)
        JoinRequestFactory(user=person)
    log_in(client, person)

    with django_assert_max_num_queries(40):
        download(client)


@pytest.mark.parametrize("url", [DATA_URL, DOWNLOAD_URL, DELETE_URL])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"/en/accounts/login/?next={url}"


def test_anonymous_posts_delete_nothing(client, person):
    response = client.post(DELETE_URL, {"password": PASSWORD})

    assert response.status_code == 302
    assert get_user_model().objects.filter(pk=person.pk).exists()


# --- Deleting the account ----------------------------------------------------------------------


def test_the_page_says_what_happens(client, person):
    response = log_in(client, person).get(DELETE_URL)

    html = response.content.decode()
    assert "<h1>Delete my account</h1>" in html
    assert "withdrawn" in html
    assert "statistics" in html
    assert 'type="password"' in html
    assert "This cannot be undone." in html


def test_a_wrong_password_deletes_nothing_and_says_so_beside_the_field(client, person):
    response = log_in(client, person).post(DELETE_URL, {"password": "not-my-password"})

    assert response.status_code == 200
    assert response.context["form"].errors["password"] == [
        "The password is not right. Write the password you log in with."
    ]
    html = response.content.decode()
    assert 'aria-describedby="id_password_error' in html or "id_password_error" in html
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_an_empty_password_deletes_nothing(client, person):
    response = log_in(client, person).post(DELETE_URL, {})

    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_deleting_logs_out_and_goes_home_with_a_message(client, person):
    response = log_in(client, person).post(DELETE_URL, {"password": PASSWORD}, follow=True)

    assert response.redirect_chain[0] == ("/en/", 302)
    assert "Your account has been deleted." in response.content.decode()
    assert not response.context["user"].is_authenticated
    assert not get_user_model().objects.filter(pk=person.pk).exists()


def test_every_session_of_the_person_ends(client, person):
    other_device = type(client)()
    other_device.force_login(person)
    assert other_device.get("/en/me/").status_code == 200

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    assert other_device.get("/en/me/").status_code == 302  # to the login page
    # A later account never gets the old sessions: the id is not given again.
    newcomer = UserFactory()
    assert newcomer.pk != person.pk


def test_deleting_one_account_leaves_the_others(client, person, everything):
    other = UserFactory(email="toinen@example.com")

    log_in(client, other).post(DELETE_URL, {"password": PASSWORD})

    assert not get_user_model().objects.filter(pk=other.pk).exists()
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert SignUp.objects.filter(user=person).count() == 2


def test_an_account_without_a_password_confirms_with_a_tick(client):
    user = UserFactory(password=None)
    user.set_unusable_password()
    user.save()
    log_in(client, user)

    response = client.post(DELETE_URL, {})
    assert response.status_code == 200
    assert "confirm" in response.context["form"].errors
    assert get_user_model().objects.filter(pk=user.pk).exists()

    client.post(DELETE_URL, {"confirm": "on"})
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_the_only_owner_of_a_card_is_told_what_to_do_first(client, person):
    MembershipFactory(user=person, association__name="Yksinseura", owner=True)
    log_in(client, person)

    page = client.get(DELETE_URL)
    response = client.post(DELETE_URL, {"password": PASSWORD})

    for html in (page.content.decode(), response.content.decode()):
        assert "You cannot delete your account yet" in html
        assert "You are the only owner of “Yksinseura”" in html
        assert 'type="password"' not in html  # nothing to confirm until then
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert Membership.objects.filter(user=person).exists()


def test_an_owner_beside_another_owner_can_delete(client, person):
    membership = MembershipFactory(user=person, association__name="Kaksoisseura", owner=True)
    MembershipFactory(association=membership.association, owner=True)

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert membership.association.memberships.count() == 1


def test_the_only_owner_is_checked_again_under_the_staffs_lock_as_the_data_is_erased(person):
    # As if the other owner had left between the first check and the erasing.
    MembershipFactory(user=person, association__name="Yksinseura", owner=True)

    with pytest.raises(ValidationError) as refused, transaction.atomic():
        personal_data.erase_for(person)

    assert "”Yksinseura” ainoa omistaja" in str(refused.value)  # Finnish: the default language
    assert Membership.objects.filter(user=person).exists()


def test_the_admins_log_keeps_no_entry_that_names_the_person(client, person):
    from django.contrib.admin.models import CHANGE, LogEntry

    signup = SignUpFactory(user=person)
    admin = UserFactory(is_staff=True, is_superuser=True)
    for thing in (signup, signup.opportunity):
        LogEntry.objects.log_actions(
            user_id=admin.pk, queryset=type(thing).objects.filter(pk=thing.pk), action_flag=CHANGE
        )

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [str(signup.opportunity)]


def test_open_sign_ups_are_withdrawn_and_the_associations_told(client, person, everything):
    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    opened = SignUp.objects.get(pk=everything["open"].pk)
    assert opened.status == SignUp.Status.WITHDRAWN
    # The place went to the first on the waiting list, who was told.
    waiting = SignUp.objects.get(pk=everything["waiting"].pk)
    assert waiting.status == SignUp.Status.ACCEPTED
    association_mail = [m for m in mail.outbox if "info@" in m.to[0]]
    assert any(EMAIL in m.body and "Iltaleiri" in m.subject for m in association_mail)
    assert any(waiting.user.email in m.to for m in mail.outbox)
    # The completed one stays completed, without the person.
    completed = SignUp.objects.get(pk=everything["completed"].pk)
    assert completed.status == SignUp.Status.COMPLETED
    assert completed.hours_done == 12
    assert completed.birth_year == years_ago(17)
    assert completed.user is None
    assert completed.former_person == opened.former_person is not None


@pytest.mark.clock
def test_a_place_on_a_task_that_is_over_is_kept_for_the_counts(client, person):
    over = OpportunityFactory(
        one_off=True, start_date=timezone.localdate() - datetime.timedelta(days=3)
    )
    signup = SignUpFactory(user=person, opportunity=over, status=SignUp.Status.ACCEPTED)
    mail.outbox = []

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    signup.refresh_from_db()
    assert (signup.status, signup.user) == (SignUp.Status.ACCEPTED, None)
    assert not mail.outbox  # nobody is told of a withdrawal from what is over


def _personal_leftovers(user_pk: int) -> list[str]:
    """Every row of every table that still points at the account or holds a marker."""
    User = get_user_model()
    leftovers = []
    for model in apps.get_models(include_auto_created=True):
        kept = KEPT.get((model._meta.app_label, model._meta.model_name), set())
        rows = model._base_manager.all()
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            if field.is_relation and field.related_model is User:
                if rows.filter(**{field.attname: user_pk}).exists():
                    leftovers.append(f"{label} points at the account")
            elif field.name in kept:
                continue
            elif isinstance(field, models.CharField | models.TextField):
                for what, marker in MARKERS.items():
                    if rows.filter(**{f"{field.attname}__icontains": marker}).exists():
                        leftovers.append(f"{label} holds the {what}")
            elif isinstance(field, models.JSONField):
                as_text = rows.annotate(_text=Cast(field.attname, models.TextField()))
                for what, marker in MARKERS.items():
                    if as_text.filter(_text__icontains=marker).exists():
                        leftovers.append(f"{label} holds the {what}")
    return leftovers


def test_deleting_leaves_no_personal_data_behind_table_by_table(client, person, everything):
    assert _personal_leftovers(person.pk)  # the check sees the data before the deletion

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    assert _personal_leftovers(person.pk) == []
    assert not JoinRequest.objects.filter(message=MARKERS["join message"]).exists()
    assert not Invitation.objects.filter(email__iexact=EMAIL).exists()
    assert Report.objects.get().reporter_email == ""
    assert Session.objects.count() == 0  # the deleting browser's session ended


def test_the_decision_log_keeps_the_names_but_not_the_account(client, person, everything):
    entries = AuditEntry.objects.filter(actor=person)
    assert entries.exists()
    entry_ids = list(entries.values_list("pk", flat=True))

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    kept = AuditEntry.objects.filter(pk__in=entry_ids)
    assert [entry.actor_id for entry in kept] == [None] * len(entry_ids)
    assert {entry.actor_name for entry in kept} == {f"{NAME} {SURNAME}"}


def test_the_statistics_are_the_same_before_and_after(client, person):
    """Withdrawing a sign-up with a place changes the accepted count, as it always does; so
    here the person has completed tasks and a place on a waiting list."""
    for title in ("Kirpputori", "Siivoustalkoot"):
        SignUpFactory(
            user=person,
            opportunity=OpportunityFactory(title=title),
            status=SignUp.Status.COMPLETED,
            hours_done=5,
            birth_year=years_ago(17),
        )
    SignUpFactory(user=person, waitlisted=True, birth_year=years_ago(17))
    for _ in range(6):
        other = ProfileFactory(birth_year=years_ago(30)).user
        SignUpFactory(user=other, status=SignUp.Status.COMPLETED, hours_done=3)
    period = Period.last_months(12)

    def figures():
        stats = region_statistics(regions=None, period=period)
        rows = [*stats.associations, *stats.opportunities, *stats.people, *stats.age_bands]
        return {row.key: row.figure.value for row in rows}, [
            (month.signups.value, month.accepted.value, month.completed.value, month.hours.value)
            for month in stats.months
        ]

    before = figures()
    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})
    after = figures()

    assert SignUp.objects.filter(user__isnull=True).count() == 3
    assert after == before
    assert before[0]["participants"] == 7


def test_another_person_cannot_reach_someone_elses_data(client, person, everything):
    """No URL names a person: each page answers about whoever asks, and no one else."""
    other = UserFactory(email="toinen@example.com")
    log_in(client, other)

    client.post(DELETE_URL, {"password": "wrong"})  # other's own form, other's own password
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert SignUp.objects.filter(user=person).count() == 2


def test_the_card_history_names_a_person_who_no_longer_has_an_account(client, person, everything):
    """The history is the card's record: it keeps the bare number of the account that made a
    change, which names nobody once the account is gone (core/personal_records.py)."""
    card = everything["card"]
    owner = card.memberships.get(role=Membership.Role.OWNER).user

    log_in(client, person).post(DELETE_URL, {"password": PASSWORD})

    assert card.history.filter(history_user_id=person.pk).exists()
    entries = log_in(client, owner).get(f"/en/manage/{card.slug}/history/").context["entries"]
    assert "a person who no longer has an account" in [entry.who for entry in entries]


@pytest.mark.django_db(transaction=True)
def test_the_email_queue_keeps_no_copies_to_or_about_the_person(client, settings, person):
    """As deployed, emails wait in the database and their copies stay after sending: the
    download lists those to the person, and deletion removes the copies to them or about them,
    while the notice that tells the association of the withdrawal is still sent."""

    use_database_queue(settings)
    opportunity = OpportunityFactory(title="Iltaleiri")

    signup_create(
        user=person,
        opportunity=opportunity,
        birth_year=years_ago(17),
        home_municipality=opportunity.municipality,
        message=MARKERS["message"],
        consent=True,
    )
    other = UserFactory(email="toinen@example.com")
    signup_create(
        user=other,
        opportunity=OpportunityFactory(association=opportunity.association),
        birth_year=years_ago(30),
        home_municipality=opportunity.municipality,
        consent=True,
    )
    run_worker()
    assert DBTaskResult.objects.filter(args_kwargs__kwargs__to=EMAIL).exists()
    emails = download(log_in(client, person))["emails"]
    assert [email["to"] for email in emails] == [EMAIL]

    client.post(DELETE_URL, {"password": PASSWORD})

    mentioning = [row for row in DBTaskResult.objects.all() if EMAIL in json.dumps(row.args_kwargs)]
    assert [row.args_kwargs["kwargs"]["to"] for row in mentioning] == [
        opportunity.association.contact_email  # the withdrawal notice, waiting to be sent
    ]
    assert DBTaskResult.objects.filter(args_kwargs__kwargs__to="toinen@example.com").exists()
    mail.outbox = []
    run_worker()
    assert [m.to for m in mail.outbox] == [[opportunity.association.contact_email]]
