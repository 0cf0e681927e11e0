"""Certificates (todistus): one task (/me/record/<pk>/certificate/) or all of them
(/me/record/certificates/) for their owner, and a share link (/certificate/<token>/) that shows
one certificate to anyone who has it until it is revoked."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from associations.models import Association
from core import personal_data
from tests.factories import AssociationFactory, SignUpFactory, UserFactory
from volunteering import record
from volunteering.models import CertificateLink, SignUp

pytestmark = pytest.mark.django_db


def certificate_url(signup, language="en"):
    return f"/{language}/me/record/{signup.pk}/certificate/".replace("/fi/", "/")


def link_create_url(signup):
    return f"/en/me/record/{signup.pk}/certificate/links/"


def shared_url(link, language="en"):
    return f"/{language}/certificate/{link.token}/".replace("/fi/", "/")


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def verified_association():
    association = AssociationFactory(name="Kouvolan Nuorisoseura")
    Association.objects.filter(pk=association.pk).update(
        is_verified=True, verified_at=datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC)
    )
    association.refresh_from_db()
    return association


def completed(user, *, reference="Aino oli luotettava ja iloinen.", **opportunity):
    return SignUpFactory(
        user=user,
        status=SignUp.Status.COMPLETED,
        hours_done=Decimal("12.5"),
        reference=reference,
        decided_at=timezone.now(),
        **{f"opportunity__{key}": value for key, value in opportunity.items()},
    )


@pytest.fixture
def signup(person, verified_association):
    return completed(
        person,
        association=verified_association,
        title="Kesäleirin apuohjaaja",
        skills=["sports-coaching", "events"],
        start_date=datetime.date(2026, 6, 1),
        end_date=datetime.date(2026, 6, 5),
    )


# --- The owner's certificate ---------------------------------------------------------------------


def test_the_certificate_shows_everything_it_certifies(client, person, signup):
    client.force_login(person)

    response = client.get(certificate_url(signup))

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Aino Virtanen",  # the person's name, never their email address
        "Kesäleirin apuohjaaja",
        "Volunteer task",
        "Kouvolan Nuorisoseura",
        "Verified association (verified on 2.3.2026)",
        "Kouvola",
        "1.6.2026–5.6.2026",
        "12.5",
        "Sports coaching, Events",
        "Aino oli luotettava ja iloinen.",
        f"Date of issue: {timezone.localdate():%-d.%-m.%Y}",
        "Yhdistysinfo · http://127.0.0.1:8000",
    ):
        assert text in html, text
    assert "aino@example.com" not in html
    # Prints on A4 from the portal's stylesheet; nothing to print but the certificate.
    assert 'class="certificate"' in html


def test_the_certificate_uses_the_name_the_person_asked_for(client, person, signup):
    person.preferred_name = "Aikku"
    person.save()
    client.force_login(person)

    assert "Aikku" in client.get(certificate_url(signup)).content.decode()


def test_without_a_name_the_person_is_asked_to_give_one(client, signup):
    person = signup.user
    person.first_name = person.last_name = person.preferred_name = ""
    person.save()
    client.force_login(person)

    html = client.get(certificate_url(signup)).content.decode()

    assert person.email not in html
    assert "Add your name on your profile" in html
    assert 'href="/en/me/profile/"' in html
    assert "Make a link to share" not in html
    # Nor can a link be made by posting.
    response = client.post(link_create_url(signup), follow=True)
    assert messages_of(response) == [
        "Add your name on your profile first: a certificate names the person."
    ]
    assert not CertificateLink.objects.exists()


@pytest.mark.parametrize(
    ("language", "heading", "verified"),
    [
        ("fi", "Todistus", "Tarkistettu yhdistys (tarkistettu 2.3.2026)"),
        ("sv", "Intyg", "Granskad förening (granskad 2.3.2026)"),
        ("en", "Certificate", "Verified association (verified on 2.3.2026)"),
    ],
)
def test_the_certificate_is_in_the_page_language(
    client, person, signup, language, heading, verified
):
    client.force_login(person)

    html = client.get(certificate_url(signup, language)).content.decode()

    assert f'<html lang="{language}">' in html
    assert f">{heading}</h1>" in html
    assert verified in html


def test_the_certificate_offers_the_persons_own_language_first(client, person, signup):
    person.language = "sv"
    person.save()
    client.force_login(person)

    response = client.get(certificate_url(signup, "en"))

    html = response.content.decode()
    assert "This page is not in your language (Svenska)." in html
    assert f'href="/sv/me/record/{signup.pk}/certificate/"' in html
    assert [language["code"] for language in response.context["other_languages"]] == ["sv", "fi"]


def test_a_person_whose_language_is_the_page_language_is_not_told_otherwise(client, person, signup):
    person.language = "en"
    person.save()
    client.force_login(person)

    html = client.get(certificate_url(signup, "en")).content.decode()

    assert "not in your language" not in html
    assert f'href="/me/record/{signup.pk}/certificate/"' in html  # still offered the others


def test_someone_elses_certificate_is_not_found(client, signup):
    client.force_login(UserFactory())

    assert client.get(certificate_url(signup)).status_code == 404
    assert client.post(link_create_url(signup)).status_code == 404


@pytest.mark.parametrize("status", ["accepted", "pending", "waitlisted", "declined", "withdrawn"])
def test_a_task_not_completed_has_no_certificate(client, person, status):
    signup = SignUpFactory(user=person, status=status)
    client.force_login(person)

    assert client.get(certificate_url(signup)).status_code == 404
    assert client.post(link_create_url(signup)).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/me/record/1/certificate/", "/en/me/record/certificates/", "/sv/me/record/1/certificate/"],
)
def test_anonymous_visitors_are_asked_to_log_in(client, path):
    response = client.get(path)

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_the_certificate_of_all_tasks(client, person, signup):
    completed(person, title="Läksykerhon ohjaaja", skills=["languages"])
    completed(UserFactory(), title="Jonkun muun tehtävä")
    client.force_login(person)

    html = client.get("/en/me/record/certificates/").content.decode()

    assert html.count("Aino Virtanen") >= 1
    assert "Kesäleirin apuohjaaja" in html
    assert "Läksykerhon ohjaaja" in html
    assert "Jonkun muun tehtävä" not in html
    assert "In all: 25 hours in 2 tasks." in html


def test_the_certificate_of_all_tasks_without_any(client, person):
    client.force_login(person)

    response = client.get("/en/me/record/certificates/")

    assert response.status_code == 200
    assert "You have no completed tasks yet" in response.content.decode()


def test_certificates_take_the_same_queries_however_many_tasks(
    client, person, signup, django_assert_max_num_queries
):
    client.force_login(person)
    for count in (2, 6):
        while SignUp.objects.filter(user=person).count() < count:
            completed(person, skills=["cooking"], association=AssociationFactory())
        with django_assert_max_num_queries(4):
            response = client.get("/en/me/record/certificates/")
        assert len(response.context["entries"]) == count
        for _ in range(count):
            record.certificate_link_create(signup=signup)
        with django_assert_max_num_queries(5):
            client.get(certificate_url(signup))
        CertificateLink.objects.all().delete()


# --- Share links ------------------------------------------------------------------------------


def test_the_owner_makes_a_link_and_sees_it_to_copy(client, person, signup):
    client.force_login(person)

    response = client.post(link_create_url(signup), follow=True)

    assert response.redirect_chain == [(f"/en/me/record/{signup.pk}/certificate/#share", 302)]
    link = CertificateLink.objects.get()
    assert link.signup == signup and link.is_active
    html = response.content.decode()
    assert f"http://testserver/en/certificate/{link.token}/" in html
    assert messages_of(response) == [
        "A link to this certificate is ready. Copy it from the list and send it on."
    ]


def test_making_a_link_needs_post(client, person, signup):
    client.force_login(person)

    assert client.get(link_create_url(signup)).status_code == 405


def test_a_shared_link_shows_only_that_certificate(client, person, signup):
    other = completed(person, title="Toinen tehtävä", reference="Toinen suositus")
    SignUpFactory(user=person, opportunity__title="Tuleva tehtävä")
    link = record.certificate_link_create(signup=signup)

    response = client.get(shared_url(link))  # no log-in

    assert response.status_code == 200
    html = response.content.decode()
    assert "Aino Virtanen" in html
    assert "Kesäleirin apuohjaaja" in html
    assert "Kouvolan Nuorisoseura" in html
    assert "Verified association (verified on 2.3.2026)" in html
    assert "Aino oli luotettava ja iloinen." in html
    for other_thing in (other.opportunity.title, "Toinen suositus", "Tuleva tehtävä"):
        assert other_thing not in html
    assert "aino@example.com" not in html
    assert "/me/record/" not in html  # no links to the person's other pages
    assert "Make a link to share" not in html and "Revoke" not in html
    # Neither indexed nor cached, and the link is not passed on to the next page.
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(("language", "heading"), [("fi", "Todistus"), ("sv", "Intyg")])
def test_the_shared_certificate_is_in_the_viewers_language(client, signup, language, heading):
    link = record.certificate_link_create(signup=signup)

    html = client.get(shared_url(link, language)).content.decode()

    assert f">{heading}</h1>" in html


def test_the_shared_page_is_not_served_from_the_public_page_cache(client, signup, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    link = record.certificate_link_create(signup=signup)
    assert client.get(shared_url(link)).status_code == 200

    client.post(f"/en/me/record/links/{link.pk}/revoke/")  # anonymous: to the log-in
    record.certificate_link_revoke(link=link)

    assert client.get(shared_url(link)).status_code == 404


def test_the_owner_revokes_a_link(client, person, signup):
    link = record.certificate_link_create(signup=signup)
    client.force_login(person)

    response = client.post(f"/en/me/record/links/{link.pk}/revoke/", follow=True)

    assert response.redirect_chain == [(f"/en/me/record/{signup.pk}/certificate/#share", 302)]
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert link.token not in response.content.decode()
    client.logout()
    assert client.get(shared_url(link)).status_code == 404


def test_someone_else_cannot_revoke_a_link(client, signup):
    link = record.certificate_link_create(signup=signup)
    client.force_login(UserFactory())

    assert client.post(f"/en/me/record/links/{link.pk}/revoke/").status_code == 404
    link.refresh_from_db()
    assert link.is_active


def test_an_unknown_link_is_not_found(client):
    assert client.get("/en/certificate/no-such-token/").status_code == 404


def test_a_link_stops_working_when_the_task_is_no_longer_completed(client, signup):
    link = record.certificate_link_create(signup=signup)
    SignUp.objects.filter(pk=signup.pk).update(status=SignUp.Status.ACCEPTED)

    assert client.get(shared_url(link)).status_code == 404


def test_an_anonymised_sign_up_has_no_certificate(client, signup):
    link = record.certificate_link_create(signup=signup)
    SignUp.objects.filter(pk=signup.pk).update(user=None)

    assert client.get(shared_url(link)).status_code == 404
    signup.refresh_from_db()
    with pytest.raises(Exception, match="completed"):
        record.certificate_link_create(signup=signup)


def test_a_certificate_has_at_most_so_many_links(client, person, signup):
    for _ in range(record.MAX_ACTIVE_LINKS):
        record.certificate_link_create(signup=signup)
    client.force_login(person)

    response = client.post(link_create_url(signup), follow=True)

    assert CertificateLink.objects.count() == record.MAX_ACTIVE_LINKS
    assert messages_of(response) == [
        f"This certificate already has {record.MAX_ACTIVE_LINKS} links. Revoke one you no "
        "longer need first."
    ]
    assert "Make a link to share" not in response.content.decode()


# --- The person's data ------------------------------------------------------------------------


def test_the_links_are_in_the_persons_data_and_go_with_the_account(person, signup):
    link = record.certificate_link_create(signup=signup)
    revoked = record.certificate_link_revoke(link=record.certificate_link_create(signup=signup))
    others = record.certificate_link_create(signup=completed(UserFactory()))

    exported = personal_data.export_for(person)["certificate_links"]

    assert [item["token"] for item in exported] == [link.token, revoked.token]
    assert exported[0]["opportunity"] == "Kesäleirin apuohjaaja"
    assert exported[0]["revoked_at"] is None and exported[1]["revoked_at"] is not None

    record.certificate_links_erase(person)
    assert list(CertificateLink.objects.all()) == [others]
