"""Times read from query strings, made safe for every database.

An ISO 8601 time may carry any offset (``-19:13``) and any year; PostgreSQL refuses offsets
beyond ±15:59 ("time zone displacement out of range"), and a time near year 1 or 9999 may not
exist in UTC at all. Every time a client gives is turned into UTC here, or refused with 400.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError


def in_utc(moment, name, default_zone=None):
    """``moment`` in UTC (a naive one is taken to be in ``default_zone``, by default the
    portal's time zone); a ``400`` naming the parameter ``name`` when UTC cannot hold it."""
    if moment is None:
        return None
    try:
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=default_zone or timezone.get_default_timezone())
        return moment.astimezone(datetime.UTC)
    except (OverflowError, ValueError):
        raise ValidationError({name: [_("The time is out of range.")]}) from None
