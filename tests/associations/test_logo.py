"""Uploaded logos are checked and re-encoded; a replaced or removed logo's file is deleted once
the card is saved (`association_update`), and only then."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from associations.images import reencode_logo
from associations.services import association_update
from tests.factories import AssociationFactory


def image_file(format="JPEG", size=(1600, 900), exif=True, name="logo.jpg"):
    image = Image.new("RGB", size, "teal")
    buffer = io.BytesIO()
    options = {}
    if exif:
        metadata = Image.Exif()
        metadata[0x010F] = "Secret Camera Maker"  # Make
        options["exif"] = metadata.tobytes()
    image.save(buffer, format=format, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{format.lower()}")


def test_a_photo_becomes_a_small_png_without_its_metadata():
    upload = image_file()
    assert b"Secret Camera Maker" in upload.read()
    upload.seek(0)

    logo = reencode_logo(upload)

    data = logo.read()
    with Image.open(io.BytesIO(data)) as result:
        assert result.format == "PNG"
        assert max(result.size) == 512
        assert not result.getexif()
    assert b"Secret Camera Maker" not in data


def test_something_that_is_not_an_image_is_refused():
    upload = SimpleUploadedFile("logo.png", b"<?php echo 'hi'; ?>", content_type="image/png")

    with pytest.raises(ValidationError) as error:
        reencode_logo(upload)

    assert error.value.code == "invalid"


def test_other_image_formats_are_refused():
    with pytest.raises(ValidationError) as error:
        reencode_logo(image_file(format="TIFF", size=(100, 100), exif=False, name="logo.tiff"))

    assert error.value.code == "format"


def test_a_too_large_file_is_refused():
    upload = SimpleUploadedFile("logo.png", b"0" * (2 * 1024 * 1024 + 1), content_type="image/png")

    with pytest.raises(ValidationError) as error:
        reencode_logo(upload)

    assert error.value.code == "too_large"


# --- The old file goes when the card is saved ------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def logo():
    return reencode_logo(image_file(format="PNG", size=(64, 64), exif=False, name="logo.png"))


def update(association, *, meeting_times=(), **fields):
    """Save the card as it is, with `fields` changed."""
    return association_update(
        association=association,
        fields=fields,
        categories=association.categories.all(),
        target_groups=association.target_groups.all(),
        languages=association.languages.all(),
        municipalities=association.municipalities.all(),
        meeting_times=meeting_times,
    )


@pytest.fixture
def card(db, media, django_capture_on_commit_callbacks):
    """A card with a logo, saved; returns the card and the logo's file name."""
    association = AssociationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        update(association, logo=logo())
    assert default_storage.exists(association.logo.name)
    return association, association.logo.name


def test_a_replaced_logo_is_deleted(card, django_capture_on_commit_callbacks):
    association, old = card

    with django_capture_on_commit_callbacks(execute=True):
        update(association, logo=logo())

    association.refresh_from_db()
    assert association.logo.name != old
    assert default_storage.exists(association.logo.name)
    assert not default_storage.exists(old)


def test_a_removed_logo_is_deleted(card, django_capture_on_commit_callbacks):
    association, old = card

    with django_capture_on_commit_callbacks(execute=True):
        update(association, logo=False)

    association.refresh_from_db()
    assert not association.logo
    assert not default_storage.exists(old)


def test_the_file_stays_until_the_save_commits(card, django_capture_on_commit_callbacks):
    association, old = card

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        update(association, logo=False)

    assert default_storage.exists(old)
    for callback in callbacks:
        callback()
    assert not default_storage.exists(old)


def test_saving_the_card_without_a_new_logo_keeps_it(card, django_capture_on_commit_callbacks):
    association, old = card

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        update(association, logo=None, name="Uusi nimi ry")

    # Nothing is deleted: the only thing left for the commit is making cached pages stale.
    assert {type(callback).__name__ for callback in callbacks} == {"_PendingBump"}
    association.refresh_from_db()
    assert association.logo.name == old
    assert default_storage.exists(old)


@pytest.mark.parametrize("failure", ["card", "meeting time"])
def test_a_failed_save_keeps_the_old_logo(card, django_capture_on_commit_callbacks, failure):
    """The card itself is invalid, or a meeting time fails after the card row was written: the
    transaction is rolled back and the old logo stays."""
    association, old = card
    if failure == "card":
        broken = {"name": ""}
    else:
        broken = {"meeting_times": [{"weekday": 9, "start_time": datetime.time(18)}]}

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        update(association, logo=False, **broken)

    association.refresh_from_db()
    assert association.logo.name == old
    assert default_storage.exists(old)


def test_a_file_another_card_points_to_is_kept(card, django_capture_on_commit_callbacks):
    association, old = card
    other = AssociationFactory(logo=old)  # e.g. copied in the admin

    with django_capture_on_commit_callbacks(execute=True):
        update(association, logo=False)

    assert default_storage.exists(old)
    assert other.logo.name == old
