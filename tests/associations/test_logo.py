"""Uploaded logos are checked and re-encoded (through the admin, the only upload path so far)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from associations.images import reencode_logo


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
