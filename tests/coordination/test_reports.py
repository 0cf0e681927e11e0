"""Reports from the public: the "report this" form (no account), its honeypot and rate limit,
the coordinators' emails, and the coordinator's list and detail page, scoped to their regions."""

import datetime
import itertools

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from coordination.models import Report
from coordination.reports import report_create
from core.audit import AuditAction, AuditEntry
from tests.factories import AssociationFactory, MembershipFactory, OpportunityFactory, UserFactory

from .conftest import coordinator_of

pytestmark = pytest.mark.django_db

LIST = reverse("coordinate:reports")
VALID = {
    "reason": Report.Reason.WRONG_INFORMATION,
    "text": "Kerho ei enää kokoonnu tiistaisin.",
    "reporter_email": "",
    "homepage": "",
}


@pytest.fixture(autouse=True)
def _empty_cache():
    """The rate limit counts in the cache: each test starts from nothing."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def card(db):
    return AssociationFactory(name="Kouvolan Kerho")  # Kouvola, Kymenlaakso


@pytest.fixture
def coordinator(db):
    return coordinator_of("kymenlaakso")


@pytest.fixture
def other_coordinator(db):
    return coordinator_of("uusimaa")


def card_url(association):
    return reverse("reports:association", args=[association.slug])


def opportunity_url(opportunity):
    return reverse("reports:opportunity", args=[opportunity.slug])


ADDRESSES = (f"198.51.100.{n % 250}" for n in itertools.count(1))


def make_report(association, **fields):
    """A report through the service, each from its own address unless one is given."""
    return report_create(
        association=association,
        reason=fields.pop("reason", Report.Reason.OTHER),
        text=fields.pop("text", "Jotain on pielessä."),
        client_ip=fields.pop("client_ip", None) or next(ADDRESSES),
        **fields,
    )


# --- The public form ---------------------------------------------------------------------------


def test_anyone_can_report_a_card_without_an_account(client, card):
    response = client.get(card_url(card))
    assert response.status_code == 200
    assert 'name="homepage"' in response.text
    assert 'tabindex="-1"' in response.text and 'autocomplete="off"' in response.text

    response = client.post(card_url(card), {**VALID, "reporter_email": "kysyja@example.com"})

    sent = reverse("reports:association-sent", args=[card.slug])
    assert response.status_code == 302 and response.url == sent
    report = Report.objects.get()
    assert report.association == card and report.opportunity is None
    assert report.status == Report.Status.OPEN
    assert report.reporter_email == "kysyja@example.com"
    assert report.language == "fi"
    assert "Kiitos" in client.get(sent).text


def test_anyone_can_report_an_opportunity(client):
    opportunity = OpportunityFactory()
    response = client.post(
        "/en" + opportunity_url(opportunity), {**VALID, "reason": Report.Reason.UNSAFE}
    )
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.opportunity == opportunity
    assert report.association == opportunity.association
    assert report.language == "en"


def test_the_public_pages_link_to_the_form(client, card):
    opportunity = OpportunityFactory(association=card)
    assert card_url(card) in client.get(card.get_absolute_url()).text
    assert opportunity_url(opportunity) in client.get(opportunity.get_absolute_url()).text


def test_a_draft_does_not_link_to_the_form(client):
    association = AssociationFactory(draft=True)
    opportunity = OpportunityFactory(association=association)
    client.force_login(MembershipFactory(association=association, owner=True).user)
    assert card_url(association) not in client.get(association.get_absolute_url()).text
    assert opportunity_url(opportunity) not in client.get(opportunity.get_absolute_url()).text


@pytest.mark.parametrize("trait", ["draft", "hidden"])
def test_a_card_that_is_not_public_cannot_be_reported(client, trait):
    association = AssociationFactory(**{trait: True})
    owner = MembershipFactory(association=association, owner=True).user
    client.force_login(owner)  # not even by its own staff, who can see it
    assert client.get(card_url(association)).status_code == 404
    assert client.post(card_url(association), VALID).status_code == 404
    sent = reverse("reports:association-sent", args=[association.slug])
    assert client.get(sent).status_code == 404
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "kwargs", [{"draft": True}, {"archived": True}, {"association__draft": True}]
)
def test_an_opportunity_that_is_not_public_cannot_be_reported(client, kwargs):
    opportunity = OpportunityFactory(**kwargs)
    assert client.get(opportunity_url(opportunity)).status_code == 404
    assert client.post(opportunity_url(opportunity), VALID).status_code == 404
    assert not Report.objects.exists()


def test_a_missing_card_is_404(client):
    assert client.get(reverse("reports:association", args=["ei-ole"])).status_code == 404


def test_field_errors_keep_what_was_typed(client, card):
    response = client.post(
        card_url(card), {"reason": "", "text": "Tämä jää talteen", "reporter_email": "huono"}
    )
    assert response.status_code == 200
    page = response.text
    assert "Valitse, mikä on ongelmana." in page
    assert "Tämä jää talteen" in page
    assert 'value="huono"' in page
    assert not Report.objects.exists()
    assert mail.outbox == []


def test_a_text_that_is_too_long_is_an_error(client, card):
    response = client.post(card_url(card), {**VALID, "text": "x" * 2001})
    assert response.status_code == 200
    assert not Report.objects.exists()


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(client, card, coordinator):
    response = client.post(card_url(card), {**VALID, "homepage": "https://spam.example.com"})
    assert response.status_code == 302
    assert response.url == reverse("reports:association-sent", args=[card.slug])
    assert not Report.objects.exists()
    assert mail.outbox == []


def test_the_rate_limit_stops_an_address_and_not_another(client, card):
    for _ in range(5):
        assert client.post(card_url(card), VALID, REMOTE_ADDR="203.0.113.7").status_code == 302
    response = client.post(
        card_url(card), {**VALID, "text": "Kuudes raportti"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 200
    assert "Olet lähettänyt monta ilmoitusta" in response.text
    assert "Kuudes raportti" in response.text  # kept
    assert Report.objects.count() == 5

    assert client.post(card_url(card), VALID, REMOTE_ADDR="203.0.113.8").status_code == 302
    assert Report.objects.count() == 6
    # Only a hash of the address is kept in the cache.
    assert not any("203.0.113.7" in key for key in _cache_keys())


def test_the_honeypot_counts_against_the_address(client, card):
    for _ in range(5):
        client.post(card_url(card), {**VALID, "homepage": "x"}, REMOTE_ADDR="203.0.113.5")
    response = client.post(card_url(card), VALID, REMOTE_ADDR="203.0.113.5")
    assert response.status_code == 200
    assert not Report.objects.exists()


def test_the_daily_limit_counts_across_hours(card, time_machine):
    start = timezone.now()
    for batch in range(4):  # five an hour, each hour a new window
        time_machine.move_to(start + datetime.timedelta(minutes=61 * batch))
        for _ in range(5):
            make_report(card, client_ip="203.0.113.9")
    time_machine.move_to(start + datetime.timedelta(minutes=61 * 4))
    with pytest.raises(ValidationError, match="monta ilmoitusta"):
        make_report(card, client_ip="203.0.113.9")
    assert Report.objects.count() == 20


def _cache_keys():
    from django.db import connection

    table = connection.ops.quote_name("portal_cache")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {table}")
        return [row[0] for row in cursor.fetchall()]


def test_coordinators_of_the_regions_are_emailed_in_their_language(client):
    # Home in Kouvola (Kymenlaakso), also active in Lappeenranta (Etelä-Karjala).
    association = AssociationFactory(name="Kaakon Kerho", municipalities=["lappeenranta"])
    home = coordinator_of("kymenlaakso")
    home.language = "sv"
    home.save()
    active = coordinator_of("etela-karjala")
    active.language = "en"
    active.save()
    both = coordinator_of("kymenlaakso", "etela-karjala")
    outside = coordinator_of("uusimaa")
    MembershipFactory(association=association, owner=True)

    client.post(card_url(association), {**VALID, "reporter_email": "kysyja@example.com"})

    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {home.email, active.email, both.email}
    assert outside.email not in by_address
    assert association.contact_email not in by_address  # the association is not told
    assert "Kaakon Kerho" in by_address[home.email].subject
    assert "anmälan" in by_address[home.email].subject.lower()
    assert by_address[active.email].subject == "A report about Kaakon Kerho"
    assert "ilmoitus" in by_address[both.email].subject
    report = Report.objects.get()
    assert reverse("coordinate:report-detail", args=[report.pk]) in by_address[both.email].body
    # Nobody is told who reported.
    assert all("kysyja@example.com" not in message.body for message in mail.outbox)


# --- The coordinator's side --------------------------------------------------------------------


def test_anonymous_visitors_log_in_first(client, card):
    report = make_report(card)
    for url in (LIST, reverse("coordinate:report-detail", args=[report.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


def test_people_without_a_region_get_404(client, card):
    report = make_report(card)
    client.force_login(MembershipFactory(association=card, owner=True).user)
    detail = reverse("coordinate:report-detail", args=[report.pk])
    assert client.get(LIST).status_code == 404
    assert client.get(detail).status_code == 404
    assert client.post(detail, {"resolution_note": "Hoidettu"}).status_code == 404


def test_the_list_shows_only_the_coordinators_regions(client, card, coordinator):
    mine = make_report(card, text="Kouvolan ongelma")
    active_here = AssociationFactory(municipality="helsinki", municipalities=["kotka"])
    also_mine = make_report(active_here, text="Kotkassakin toimiva")
    make_report(AssociationFactory(municipality="helsinki"), text="Helsingin ongelma")
    client.force_login(coordinator)

    page = client.get(LIST).text

    assert "Kouvolan ongelma" in page and "Kotkassakin toimiva" in page
    assert "Helsingin ongelma" not in page
    assert reverse("coordinate:report-detail", args=[mine.pk]) in page
    assert reverse("coordinate:report-detail", args=[also_mine.pk]) in page
    assert card.get_absolute_url() in page


def test_the_list_filters_by_state_and_region(client, card):
    coordinator = coordinator_of("kymenlaakso", "etela-karjala")
    make_report(card, text="Avoin Kouvolassa")
    resolved = make_report(card, text="Ratkaistu Kouvolassa")
    resolved.status, resolved.resolved_at, resolved.resolution_note = (
        "resolved",
        timezone.now(),
        "ok",
    )
    resolved.save()
    make_report(AssociationFactory(municipality="lappeenranta"), text="Avoin Lappeenrannassa")
    client.force_login(coordinator)

    page = client.get(LIST).text
    assert "Avoin Kouvolassa" in page and "Avoin Lappeenrannassa" in page
    assert "Ratkaistu Kouvolassa" not in page

    page = client.get(LIST, {"region": "etela-karjala"}).text
    assert "Avoin Lappeenrannassa" in page and "Avoin Kouvolassa" not in page

    page = client.get(LIST, {"status": "resolved"}).text
    assert "Ratkaistu Kouvolassa" in page and "Avoin Kouvolassa" not in page

    # Another person's region is not a choice: the defaults are shown.
    response = client.get(LIST, {"region": "uusimaa"})
    assert response.status_code == 200
    assert "Avoin Kouvolassa" in response.text


def test_a_report_in_another_region_is_404(client, card, other_coordinator):
    report = make_report(card)
    client.force_login(other_coordinator)
    detail = reverse("coordinate:report-detail", args=[report.pk])
    assert "Jotain on pielessä" not in client.get(LIST).text
    assert client.get(detail).status_code == 404
    assert client.post(detail, {"resolution_note": "Hoidettu"}).status_code == 404
    report.refresh_from_db()
    assert report.status == Report.Status.OPEN


def test_a_superuser_sees_every_report(client, card):
    make_report(card, text="Kouvolan ongelma")
    report = make_report(AssociationFactory(municipality="helsinki"), text="Helsingin ongelma")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page = client.get(LIST).text
    assert "Kouvolan ongelma" in page and "Helsingin ongelma" in page
    assert client.get(reverse("coordinate:report-detail", args=[report.pk])).status_code == 200


def test_the_detail_shows_the_report(client, card, coordinator):
    opportunity = OpportunityFactory(association=card, title="Kahvinkeitto")
    report = report_create(
        association=card,
        opportunity=opportunity,
        reason=Report.Reason.UNSAFE,
        text="Ei turvallinen nuorille.",
        reporter_email="kysyja@example.com",
        client_ip="198.51.100.1",
    )
    client.force_login(coordinator)
    page = client.get(reverse("coordinate:report-detail", args=[report.pk])).text
    assert "Kahvinkeitto" in page and opportunity.get_absolute_url() in page
    assert "Ei turvallinen nuorille." in page
    assert "mailto:kysyja@example.com" in page
    assert reverse("manage:opportunity-history", args=[card.slug, opportunity.slug]) in page


def test_resolving_records_who_when_and_the_note(client, card, coordinator):
    report = make_report(card)
    detail = reverse("coordinate:report-detail", args=[report.pk])
    client.force_login(coordinator)

    response = client.post(detail, {"resolution_note": ""})
    assert response.status_code == 200
    assert "Kirjoita, mitä tehtiin." in response.text
    report.refresh_from_db()
    assert report.status == Report.Status.OPEN

    response = client.post(
        detail, {"resolution_note": "Korjattu kortti yhdessä yhdistyksen kanssa."}
    )
    assert response.status_code == 302 and response.url == LIST
    report.refresh_from_db()
    assert report.status == Report.Status.RESOLVED
    assert report.resolved_by == coordinator
    assert report.resolved_at is not None
    assert report.resolution_note == "Korjattu kortti yhdessä yhdistyksen kanssa."
    assert "Korjattu kortti" in client.get(detail).text
    entry = AuditEntry.objects.get(action=AuditAction.REPORT_RESOLVED)
    assert entry.actor == coordinator
    assert entry.target == card
    assert entry.reason == "Korjattu kortti yhdessä yhdistyksen kanssa."

    # A second resolve does not change the first.
    client.post(detail, {"resolution_note": "Toinen"})
    report.refresh_from_db()
    assert report.resolution_note.startswith("Korjattu")


def test_the_start_page_counts_open_reports(client, card, coordinator):
    make_report(card)
    make_report(card)
    make_report(AssociationFactory(municipality="helsinki"))
    client.force_login(coordinator)
    page = client.get(reverse("coordinate:home")).text
    assert LIST in page
    assert "2 avointa" in page


def test_the_list_takes_a_constant_number_of_queries(
    client, coordinator, django_assert_max_num_queries
):
    def add_reports(count):
        for _ in range(count):
            association = AssociationFactory()
            make_report(association)
            make_report(association, opportunity=OpportunityFactory(association=association))

    client.force_login(coordinator)
    add_reports(2)
    with django_assert_max_num_queries(12) as few:
        assert client.get(LIST).status_code == 200
    add_reports(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(LIST).status_code == 200
