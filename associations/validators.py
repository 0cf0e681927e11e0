import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_RE = re.compile(r"^(\d{7})-(\d)$")
REGISTER_NUMBER_RE = re.compile(r"^\d{1,3}(\.\d{3})*$")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(first_seven: str) -> int | None:
    """The check digit of a Finnish business ID (Y-tunnus), or None when no valid one exists."""
    remainder = sum(int(d) * w for d, w in zip(first_seven, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def validate_business_id(value: str) -> None:
    match = BUSINESS_ID_RE.match(value)
    if not match:
        raise ValidationError(
            _(
                "Enter the business ID as seven digits, a hyphen and a check digit, for example 1234567-1."
            ),
            code="format",
        )
    if business_id_check_digit(match.group(1)) != int(match.group(2)):
        raise ValidationError(
            _(
                "This business ID is not valid: its check digit does not match. Please check the number."
            ),
            code="check_digit",
        )


def validate_register_number(value: str) -> None:
    if not REGISTER_NUMBER_RE.match(value):
        raise ValidationError(
            _("Enter the register number of the association as digits, for example 123.456."),
            code="format",
        )


def validate_web_address_lines(value: str) -> None:
    """Each non-empty line is an http or https address (shown as a link on the card)."""
    url_validator = URLValidator(schemes=["http", "https"])
    for line in filter(None, (line.strip() for line in value.splitlines())):
        try:
            url_validator(line)
        except ValidationError:
            raise ValidationError(
                _(
                    "“%(line)s” is not a web address. Give one address starting with https:// a line."
                ),
                code="invalid_url",
                params={"line": line},
            ) from None
