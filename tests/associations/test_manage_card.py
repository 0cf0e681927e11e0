"""The card editor: /manage/<slug>/card/ (every card field, the logo and the meeting times)."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from associations.models import Association, Category, MeetingTime
from core.schedule import Weekday
from tests.factories import AssociationFactory, MeetingTimeFactory
from tests.personas import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def card_url(association, prefix="/en"):
    return f"{prefix}/manage/{association.slug}/card/"


def meeting_rows(rows, *, initial=0):
    """The formset's fields for `rows`: (weekday, start, end, description, delete) tuples."""
    data = {
        "meetings-TOTAL_FORMS": str(len(rows)),
        "meetings-INITIAL_FORMS": str(initial),
        "meetings-MIN_NUM_FORMS": "0",
        "meetings-MAX_NUM_FORMS": "20",
    }
    for index, (weekday, start, end, description, delete) in enumerate(rows):
        data.update(
            {
                f"meetings-{index}-weekday": weekday,
                f"meetings-{index}-start_time": start,
                f"meetings-{index}-end_time": end,
                f"meetings-{index}-description": description,
            }
        )
        if delete:
            data[f"meetings-{index}-DELETE"] = "on"
    return data


def card_data(rows=(), initial=0, **overrides):
    return {
        "name": "Kouvolan Nuorisoseura",
        "short_description": "Nuorten kerhoja ja tapahtumia Kouvolassa.",
        "description": "Teatteria ja **tanssia**.",
        "categories": ["youth"],
        "home_municipality": "kouvola",
        "municipalities": [],
        "step_free_access": "True",
        "contact_email": "info@nuorisoseura.example.fi",
        "contact_language": "sv",
        "website": "https://nuorisoseura.example.fi",
        "social_links": "https://instagram.com/nuorisoseura",
        "business_id": "1572860-0",
        "founded_year": "1923",
        **meeting_rows(rows, initial=initial),
        **overrides,
    }


def image_upload(format="PNG", size=(800, 600)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format=format)
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


# --- The page ------------------------------------------------------------------------------


def test_the_editor_shows_the_card_and_its_meeting_times(client, association, editor):
    MeetingTimeFactory(association=association, weekday=Weekday.MONDAY, description="Teatteri")
    client.force_login(editor)

    response = client.get(card_url(association))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Edit the card</h1>" in html
    assert 'value="Kouvolan Nuorisoseura"' in html
    assert 'enctype="multipart/form-data"' in html
    # One saved time and two empty rows, each a fieldset with a numbered legend.
    for number in (1, 2, 3):
        assert f"<legend>Meeting time {number}</legend>" in html
    assert "<legend>Meeting time 4</legend>" not in html
    assert 'value="Teatteri"' in html
    assert 'name="meetings-0-DELETE"' in html
    # Staff cannot publish, verify or move their own card.
    for field in ("status", "is_verified", "slug"):
        assert f'name="{field}"' not in html
    # No logo yet: no preview and nothing to remove.
    assert 'name="remove_logo"' not in html
    assert 'aria-current="page">Edit the card</a>' in html


def test_saving_changes_the_public_card_at_once(client, association, owner):
    MeetingTimeFactory(association=association, weekday=Weekday.MONDAY, description="Vanha")
    client.force_login(owner)

    response = client.post(
        card_url(association),
        card_data(
            rows=[
                (Weekday.MONDAY, "10:00", "12:00", "Vanha", True),  # removed
                (Weekday.THURSDAY, "18:00", "20:00", "Teatterikerho", False),  # added
                ("", "", "", "", False),  # an empty row is left out
            ],
            initial=1,
            municipalities=["kotka"],
            name="Kouvolan Nuorisoseura ry",
        ),
    )

    assert response.status_code == 302
    assert response.url == card_url(association)
    association.refresh_from_db()
    assert association.name == "Kouvolan Nuorisoseura ry"
    assert association.status == Association.Status.PUBLISHED
    assert association.contact_language == "sv"
    assert association.step_free_access is True
    assert association.founded_year == 1923
    assert [c.slug for c in association.categories.all()] == ["youth"]
    assert {m.slug for m in association.municipalities.all()} == {"kouvola", "kotka"}
    meetings = list(association.meeting_times.all())
    assert [(m.weekday, m.start_time, m.description) for m in meetings] == [
        (Weekday.THURSDAY, datetime.time(18), "Teatterikerho")
    ]
    assert association.has_evening_activity  # derived fields refreshed
    assert "teatterikerho" in association.search_text or "ry" in association.search_text

    page = client.get(response.url).content.decode()
    assert "The card was saved. The changes are public now." in page
    public = client.get(f"/en/associations/{association.slug}/").content.decode()
    assert "Kouvolan Nuorisoseura ry" in public


def test_status_and_verification_cannot_be_posted(client, owner):
    association = AssociationFactory(status=Association.Status.PENDING, published_at=None)
    client.force_login(make_persona("owner", association))

    response = client.post(
        card_url(association),
        card_data(status="published", is_verified="on", slug="kaappaus"),
    )

    assert response.status_code == 302
    association.refresh_from_db()
    assert association.status == Association.Status.PENDING
    assert not association.is_verified
    assert association.slug != "kaappaus"


def test_errors_are_shown_and_what_was_typed_is_kept(client, association, editor):
    client.force_login(editor)

    response = client.post(
        card_url(association),
        card_data(
            rows=[(Weekday.FRIDAY, "18:00", "17:00", "Väärin päin", False)],
            name="Uusi nimi",
            business_id="1234567-8",
            website="not a web address",
        ),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert 'href="#id_business_id"' in html
    assert "check digit does not match" in html
    assert "Meeting time 1, ends: The meeting must end after it starts." in html
    assert 'value="Uusi nimi"' in html
    assert "› Kouvolan Nuorisoseura</p>" in html  # the saved name, until it is saved
    assert 'value="Väärin päin"' in html
    association.refresh_from_db()
    assert association.name == "Kouvolan Nuorisoseura"
    assert not MeetingTime.objects.exists()


def test_the_page_speaks_finnish(client, association, editor):
    client.force_login(editor)

    html = client.get(card_url(association, prefix="")).content.decode()

    assert "<legend>Tapaamisaika 1</legend>" in html


# --- The logo --------------------------------------------------------------------------------


def test_a_logo_is_re_encoded_shown_and_can_be_removed(client, association, editor):
    client.force_login(editor)

    response = client.post(card_url(association), {**card_data(), "logo": image_upload()})

    assert response.status_code == 302
    association.refresh_from_db()
    assert association.logo.name.endswith(".png")
    with Image.open(association.logo.path) as logo:
        assert logo.format == "PNG"
        assert max(logo.size) == 512
    html = client.get(card_url(association)).content.decode()
    assert 'alt="The logo of Kouvolan Nuorisoseura"' in html
    assert 'name="remove_logo"' in html

    response = client.post(card_url(association), card_data(remove_logo="on"))

    assert response.status_code == 302
    association.refresh_from_db()
    assert not association.logo


def test_a_tiff_image_is_refused(client, association, editor):
    client.force_login(editor)

    response = client.post(card_url(association), {**card_data(), "logo": image_upload("TIFF")})

    assert response.status_code == 200
    assert "Choose a PNG, JPEG, WebP or GIF image." in response.content.decode()
    association.refresh_from_db()
    assert not association.logo


def test_a_file_that_is_not_an_image_is_refused(client, association, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("logo.png", b"<?php echo 1; ?>", content_type="image/png")

    response = client.post(card_url(association), {**card_data(), "logo": upload})

    assert response.status_code == 200
    assert "Upload a valid image." in response.content.decode()
    association.refresh_from_db()
    assert not association.logo


# --- Who may edit ----------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_log_in(client, association):
    response = client.get(card_url(association))

    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/")


@pytest.mark.parametrize("persona", ["outsider", "other_staff", "other_coordinator"])
def test_no_role_is_not_found(client, association, persona):
    client.force_login(make_persona(persona, association))

    assert client.get(card_url(association)).status_code == 404
    assert client.post(card_url(association), card_data(name="Kaapattu")).status_code == 404
    association.refresh_from_db()
    assert association.name == "Kouvolan Nuorisoseura"


def test_a_coordinator_may_not_edit(client, association, coordinator):
    client.force_login(coordinator)

    assert client.get(card_url(association)).status_code == 403
    assert client.post(card_url(association), card_data(name="Kaapattu")).status_code == 403
    association.refresh_from_db()
    assert association.name == "Kouvolan Nuorisoseura"


def test_a_superuser_may_edit(client, association, superuser):
    client.force_login(superuser)

    assert client.post(card_url(association), card_data(name="Uusi")).status_code == 302


# --- Query budget ----------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [2, 6])
def test_the_editor_makes_a_constant_number_of_queries(
    client, association, editor, django_assert_max_num_queries, rows
):
    for hour in range(rows):
        MeetingTimeFactory(association=association, start_time=datetime.time(8 + hour))
    association.categories.set(Category.objects.all()[:rows])
    client.force_login(editor)

    with django_assert_max_num_queries(16):
        assert client.get(card_url(association)).status_code == 200
    # The history records the card once (read before and after, then written), and each
    # meeting time removed by itself: two queries a row, at most MeetingTimeFormSet.max_num.
    with django_assert_max_num_queries(44 + 2 * rows):
        response = client.post(card_url(association), card_data(name="Uusi"))
    assert response.status_code == 302
