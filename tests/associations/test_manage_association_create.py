"""A new association (/manage/new/), and asking for access to an existing card instead
(/manage/<slug>/ask-access/)."""

import pytest
from django.core import mail
from django.db import connection

from accounts.models import RegionCoordinator
from associations import services
from associations.models import Association, Membership
from core.models import Region
from tests.factories import AssociationFactory, MembershipFactory, UserFactory
from tests.personas import make_persona

pytestmark = pytest.mark.django_db

CREATE_URL = "/en/manage/new/"


def ask_url(association, prefix="/en"):
    return f"{prefix}/manage/{association.slug}/ask-access/"


def new_card(**overrides):
    return {
        "name": "Kotkan Kuoro",
        "business_id": "",
        "home_municipality": "kotka",
        "short_description": "Laulamme yhdessä tiistai-iltaisin.",
        "contact_email": "kuoro@example.fi",
        "contact_language": "fi",
        **overrides,
    }


# --- Creating ------------------------------------------------------------------------------


def test_the_form(client):
    client.force_login(UserFactory())

    response = client.get(CREATE_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>A new association</h1>" in html
    assert 'name="business_id"' in html
    assert 'type="checkbox" name="different_association"' not in html


def test_a_new_card_waits_for_verification_and_its_creator_owns_it(client):
    person = UserFactory()
    client.force_login(person)

    response = client.post(CREATE_URL, new_card(business_id="1572860-0"))

    association = Association.objects.get()
    assert response.status_code == 302
    assert response.url == f"/en/manage/{association.slug}/card/"
    assert association.slug == "kotkan-kuoro"
    assert association.status == Association.Status.PENDING
    assert not association.is_verified
    assert association.business_id == "1572860-0"
    assert [m.slug for m in association.municipalities.all()] == ["kotka"]
    membership = Membership.objects.get()
    assert (membership.user, membership.role) == (person, Membership.Role.OWNER)
    page = client.get(response.url).content.decode()
    assert "The card of Kotkan Kuoro was created." in page


def test_the_web_address_name_is_made_unique():
    AssociationFactory(name="Kotkan Kuoro", slug="kotkan-kuoro")
    AssociationFactory(name="Muu", slug="kotkan-kuoro-2")

    assert services.unique_slug("Kotkan kuoro!") == "kotkan-kuoro-3"
    assert services.unique_slug("Ääni ja Öljy") == "aani-ja-oljy"


def test_bad_input_is_shown_and_kept(client):
    client.force_login(UserFactory())

    response = client.post(
        CREATE_URL, new_card(name="", business_id="1234567-8", contact_email="kuoro")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "check digit does not match" in html
    assert 'value="1234567-8"' in html
    assert 'value="Laulamme yhdessä tiistai-iltaisin."' in html
    assert not Association.objects.exists()


@pytest.mark.parametrize(
    ("existing", "typed"),
    [
        (
            {"name": "Etelä-Kymen Laulajat", "business_id": "1572860-0"},
            {"business_id": "1572860-0"},
        ),
        ({"name": "Kotkan Kuoro ry"}, {"name": "  kotkan   KUORO "}),
        ({"name": "kotkan kuoro"}, {"name": "Kotkan Kuoro r.y."}),
    ],
    ids=["business id", "name with ry", "name typed with ry"],
)
def test_a_similar_card_is_shown_before_a_duplicate_is_made(client, existing, typed):
    match = AssociationFactory(municipality="kotka", **existing)
    client.force_login(UserFactory())

    response = client.post(CREATE_URL, new_card(**typed))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Is it one of these?" in html
    assert f'href="/en/associations/{match.slug}/"' in html
    assert f'action="/en/manage/{match.slug}/ask-access/"' in html
    assert 'type="checkbox" name="different_association"' in html
    assert Association.objects.count() == 1  # nothing made yet

    # "No, mine is a different association": the card is made after all.
    response = client.post(CREATE_URL, new_card(**typed, different_association="on"))

    assert response.status_code == 302
    assert Association.objects.count() == 2


def test_different_names_are_not_matched(client):
    AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    client.force_login(UserFactory())

    response = client.post(CREATE_URL, new_card(name="Kotkan Kuorolaiset"))

    assert response.status_code == 302
    assert Association.objects.count() == 2


def test_a_card_that_is_not_public_is_named_but_not_linked(client):
    AssociationFactory(name="Kotkan Kuoro", municipality="kotka", draft=True)
    client.force_login(UserFactory())

    html = client.post(CREATE_URL, new_card()).content.decode()

    assert "Is it one of these?" in html
    assert "This card is not public yet." in html
    assert "ask-access" not in html


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.post(CREATE_URL, new_card())

    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/")
    assert not Association.objects.exists()


@pytest.mark.parametrize("cards", [3, 9])
def test_creating_makes_a_constant_number_of_queries(client, django_assert_max_num_queries, cards):
    for number in range(cards):
        AssociationFactory(name=f"Kotkan Kuoro {number}", business_id="1572860-0")
    client.force_login(UserFactory())

    with django_assert_max_num_queries(12):
        response = client.post(CREATE_URL, new_card(business_id="1572860-0"))
    assert response.status_code == 200
    # With the card's first history entry, its activities read for its search text, and its
    # audit entry (the card's regions, the entry, its regions and, the first time in a process,
    # the content type of the card).
    with django_assert_max_num_queries(51):
        response = client.post(
            CREATE_URL, new_card(business_id="1572860-0", different_association="on")
        )
    assert response.status_code == 302


# --- Asking for access -----------------------------------------------------------------------


def test_the_owners_are_asked_in_their_own_language(client):
    association = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    finnish = MembershipFactory(association=association, owner=True, user__language="fi").user
    swedish = MembershipFactory(association=association, owner=True, user__language="sv").user
    MembershipFactory(association=association)  # an editor is not asked
    person = UserFactory(preferred_name="Aino Anttila")
    client.force_login(person)

    response = client.post(ask_url(association))

    assert response.status_code == 302
    assert response.url == "/en/manage/"
    emails = {message.to[0]: message for message in mail.outbox}
    assert set(emails) == {finnish.email, swedish.email}
    for message in emails.values():
        assert "Aino Anttila" in message.body
        assert person.email in message.body
    assert emails[finnish.email].subject == "Kotkan Kuoro: pyyntö päästä muokkaamaan korttia"
    assert f"/associations/{association.slug}/" in emails[finnish.email].body
    assert emails[swedish.email].subject == "Kotkan Kuoro: en begäran om att få redigera kortet"
    assert f"/sv/associations/{association.slug}/" in emails[swedish.email].body
    page = client.get(response.url).content.decode()
    assert "We asked the people who look after Kotkan Kuoro to give you access." in page


def test_without_owners_the_coordinators_of_its_region_are_asked(client):
    association = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    coordinator = make_persona("coordinator", association)
    make_persona("other_coordinator", association)
    client.force_login(UserFactory())

    client.post(ask_url(association))

    assert [message.to[0] for message in mail.outbox] == [coordinator.email]


def test_nobody_to_ask(client):
    association = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    RegionCoordinator.objects.filter(region=Region.objects.get(slug="kymenlaakso")).delete()
    client.force_login(UserFactory())

    response = client.post(ask_url(association), follow=True)

    assert not mail.outbox
    assert "Nobody looks after Kotkan Kuoro on the portal yet." in response.content.decode()


@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_a_card_that_is_not_public_is_not_found(client, persona):
    association = AssociationFactory(draft=True)
    MembershipFactory(association=association, owner=True)
    client.force_login(make_persona(persona, association))

    assert client.post(ask_url(association)).status_code == 404
    assert not mail.outbox


def test_asking_takes_a_post(client):
    association = AssociationFactory()
    client.force_login(UserFactory())

    assert client.get(ask_url(association)).status_code == 405


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram similarity needs PostgreSQL (pg_trgm)"
)
def test_on_postgresql_a_name_with_a_typo_is_matched():
    match = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")

    assert services.association_find_similar(name="Kotkan Kuorro") == [match]
    assert services.association_find_similar(name="Haminan Kuorolaiset") == []
