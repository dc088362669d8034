import datetime

import pytest
from django.core.exceptions import ValidationError

from directory.listings.validators import (
    validate_business_id,
    validate_phone,
    validate_portal_year,
)


@pytest.mark.parametrize("value", ["0112038-9", "1572860-0", "2617416-4"])
def test_valid_business_ids(value):
    validate_business_id(value)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("0112038-8", "business_id_check"),
        ("112038-9", "business_id_format"),
        ("01120389", "business_id_format"),
        ("abcdefg-1", "business_id_format"),
    ],
)
def test_invalid_business_ids_explain_the_problem(value, code):
    with pytest.raises(ValidationError) as error:
        validate_business_id(value)
    assert error.value.code == code


@pytest.mark.parametrize("check", range(10))
def test_seven_digits_with_remainder_one_have_no_valid_check_digit(check):
    # 0000006: the weighted sum leaves remainder 1, so no check digit is valid.
    with pytest.raises(ValidationError) as error:
        validate_business_id(f"0000006-{check}")
    assert error.value.code == "business_id_check"


@pytest.mark.parametrize("value", ["040 123 4567", "+358 40 123 4567", "(09) 123 456"])
def test_phone_numbers(value):
    validate_phone(value)


def test_phone_rejects_letters():
    with pytest.raises(ValidationError):
        validate_phone("soita minulle")


@pytest.mark.parametrize("value", ["٠١١٢٠٣٨-٩", "0112038-9\n", "０１１２０３８-９"])
def test_business_ids_take_ascii_digits_only(value):
    # Other scripts' digits are not a business ID at all, whatever their check digit says.
    with pytest.raises(ValidationError) as error:
        validate_business_id(value)
    assert error.value.code == "business_id_format"


@pytest.mark.parametrize("value", ["٠٤٠ ١٢٣ ٤٥٦٧", "040 123 4567\n"])
def test_phone_numbers_take_ascii_digits_on_one_line(value):
    with pytest.raises(ValidationError):
        validate_phone(value)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (datetime.date(2000, 1, 1), True),
        (datetime.datetime(2100, 12, 31, 23, 59), True),
        (datetime.date(1999, 12, 31), False),
        (datetime.datetime(1, 1, 1), False),
        (datetime.date(9999, 12, 31), False),
    ],
)
def test_dates_within_the_portals_years(value, valid):
    if valid:
        validate_portal_year(value)
    else:
        with pytest.raises(ValidationError) as error:
            validate_portal_year(value)
        assert error.value.code == "year"
