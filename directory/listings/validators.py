"""Validators for Finnish identifiers, contact details and dates."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.fi import ytunnus

# ASCII digits only: ``\d`` would take other scripts' digits (e.g. "٣"), and ``$`` a final line
# break.
BUSINESS_ID_RE = re.compile(r"\A[0-9]{7}-[0-9]\Z")  # the form in which a Y-tunnus is written
PHONE_RE = re.compile(r"\A\+?[0-9 ()-]{5,20}\Z")

# The years a date on the portal can be in: the calendar shows them (month and day routes, date
# filters), and the public forms take only them. Other years are typing errors, and the first
# hours of year 1 cannot even be stored: 0001-01-01T00:00 in Helsinki is year 0 in UTC.
FIRST_YEAR, LAST_YEAR = 2000, 2100


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


def validate_portal_year(value):
    """A date or date and time within the portal's years (``FIRST_YEAR``–``LAST_YEAR``)."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _("Give a date within the years %(first)s–%(last)s."),
            code="year",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
