"""Logos uploaded by associations: checked, shrunk and re-encoded, so that no file of ours
serves what was uploaded as such (no hidden payloads, no camera or location metadata)."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_SOURCE_PIXELS = 40_000_000
LOGO_SIZE = (512, 512)
ACCEPTED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}


def reencode_logo(upload) -> ContentFile:
    """A PNG of at most 512 × 512 pixels made from the upload, without its metadata."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The logo is too large. Choose an image of at most 2 MB."), code="too_large"
        )
    try:
        with Image.open(upload) as image:
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(_("Choose a PNG, JPEG, WebP or GIF image."), code="format")
            if image.width * image.height > MAX_SOURCE_PIXELS:
                raise ValidationError(
                    _("The logo has too many pixels. Choose a smaller image."), code="too_large"
                )
            image.load()
            logo = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image that can be opened. Choose a PNG or JPEG image."),
            code="invalid",
        ) from None
    logo.thumbnail(LOGO_SIZE)
    output = io.BytesIO()
    logo.save(output, format="PNG", optimize=True)  # a fresh file: no EXIF or other metadata
    return ContentFile(output.getvalue(), name="logo.png")
