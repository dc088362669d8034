"""Validators for Finnish identifiers and contact details."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_RE = re.compile(r"^(\d{7})-(\d)$")
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{5,20}$")


def business_id_check_digit(digits):
    """The check digit of the seven digits of a Y-tunnus, or None if no valid one exists."""
    remainder = sum(int(d) * w for d, w in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def validate_business_id(value):
    match = BUSINESS_ID_RE.match(value or "")
    if not match:
        raise ValidationError(
            _("Enter the business ID in the form 1234567-8."), code="business_id_format"
        )
    digits, check = match.groups()
    if business_id_check_digit(digits) != int(check):
        raise ValidationError(
            _("The check digit of this business ID does not match. Check the number."),
            code="business_id_check",
        )


def validate_phone(value):
    if value and not PHONE_RE.match(value):
        raise ValidationError(
            _("Enter a phone number with digits, for example 040 123 4567 or +358 40 123 4567."),
            code="phone",
        )
