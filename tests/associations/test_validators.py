"""The business ID (Y-tunnus) and association register number checks."""

import pytest
from django.core.exceptions import ValidationError

from associations.validators import (
    business_id_check_digit,
    validate_business_id,
    validate_register_number,
)
from tests.factories import AssociationFactory

# Real business IDs, with their check digits.
KNOWN_VALID = ["0737546-2", "0201256-6", "1572860-0", "2331972-7"]


def _first_seven_with(*, remainder_one: bool, count: int = 5) -> list[str]:
    """Seven-digit starts whose weighted sum leaves remainder 1 (no check digit exists) or not."""
    starts = []
    for number in range(1_000_000, 1_100_000):
        first_seven = f"{number:07}"
        if (business_id_check_digit(first_seven) is None) == remainder_one:
            starts.append(first_seven)
            if len(starts) == count:
                return starts
    raise AssertionError("no such numbers")


def _valid_ids():
    return [
        f"{first}-{business_id_check_digit(first)}"
        for first in _first_seven_with(remainder_one=False)
    ]


@pytest.mark.parametrize(("first_seven", "check_digit"), [(v[:7], int(v[-1])) for v in KNOWN_VALID])
def test_check_digit_of_known_business_ids(first_seven, check_digit):
    assert business_id_check_digit(first_seven) == check_digit


def test_check_digit_zero_when_the_sum_divides_by_eleven():
    # 7*1 + 9*0 + 10*0 + 5*0 + 8*0 + 4*1 + 2*0 = 11
    assert business_id_check_digit("1000010") == 0


def test_no_check_digit_when_the_remainder_is_one():
    for first_seven in _first_seven_with(remainder_one=True):
        weighted = sum(int(d) * w for d, w in zip(first_seven, (7, 9, 10, 5, 8, 4, 2), strict=True))
        assert weighted % 11 == 1
        assert business_id_check_digit(first_seven) is None


@pytest.mark.parametrize("value", KNOWN_VALID + _valid_ids())
def test_valid_business_ids(value):
    validate_business_id(value)


@pytest.mark.parametrize("value", _valid_ids() + KNOWN_VALID)
def test_every_other_check_digit_is_refused(value):
    for digit in "0123456789":
        if digit != value[-1]:
            with pytest.raises(ValidationError) as error:
                validate_business_id(value[:-1] + digit)
            assert error.value.code == "check_digit"


@pytest.mark.parametrize("first_seven", _first_seven_with(remainder_one=True))
def test_a_number_without_any_valid_check_digit_is_refused(first_seven):
    for digit in "0123456789":
        with pytest.raises(ValidationError) as error:
            validate_business_id(f"{first_seven}-{digit}")
        assert error.value.code == "check_digit"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "0737546",
        "07375462",
        "0737546 2",
        "0737546–2",  # an en dash
        "737546-2",
        "00737546-2",
        "0737546-22",
        "0737546-",
        "abcdefg-h",
        " 0737546-2",
        "0737546-2 ",
        "FI07375462",
    ],
)
def test_business_id_format_errors(value):
    with pytest.raises(ValidationError) as error:
        validate_business_id(value)

    assert error.value.code == "format"
    assert "1234567-1" in error.value.messages[0]


@pytest.mark.parametrize("value", ["1", "12", "123", "1.234", "12.345", "123.456", "1.234.567"])
def test_valid_register_numbers(value):
    validate_register_number(value)


@pytest.mark.parametrize(
    "value", ["", "1234", "123456", "123.45", "123,456", "123 456", ".123", "123.", "12a", "ry 123"]
)
def test_invalid_register_numbers(value):
    with pytest.raises(ValidationError) as error:
        validate_register_number(value)

    assert error.value.code == "format"


@pytest.mark.django_db
def test_the_card_checks_both_numbers():
    association = AssociationFactory.build(business_id="0737546-3", register_number="12,345")

    with pytest.raises(ValidationError) as error:
        association.full_clean()

    assert set(error.value.message_dict) == {"business_id", "register_number"}
    assert error.value.error_dict["business_id"][0].code == "check_digit"


@pytest.mark.django_db
def test_the_card_accepts_valid_numbers_and_empty_ones():
    AssociationFactory.build(business_id="0737546-2", register_number="123.456").full_clean()
    AssociationFactory.build(business_id="", register_number="").full_clean()
