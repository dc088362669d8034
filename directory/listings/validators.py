"""Validators for Finnish identifiers and contact details."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.fi import ytunnus

BUSINESS_ID_RE = re.compile(r"^\d{7}-\d$")  # the form in which a Y-tunnus is written
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{5,20}$")


def validate_business_id(value):
    match = BUSINESS_ID_RE.match(value or "")
    if not match:
        raise ValidationError(
            _("Enter the business ID in the form 1234567-8."), code="business_id_format"
        )
    if not ytunnus.is_valid(value):  # python-stdnum: the check digit (mod 11)
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
