"""Reading the Linked Events query parameters: every value that cannot be read is a ``400``
with ``{"<parameter>": ["…"]}``, never a server error."""

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.exceptions import ValidationError

from directory.events.recurrence import HELSINKI

from ..http import MAX_PAGE_SIZE
from ..moments import in_utc

MAX_VALUES = 200
DEFAULT_PAGE_SIZE = 20
FIRST_YEAR, LAST_YEAR = 1900, 2200
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no")


def refuse(name, message):
    raise ValidationError({name: [message]})


def values(params, name):
    """Comma-separated (or repeated) values, at most ``MAX_VALUES``."""
    found = []
    for raw in params.getlist(name):
        found += [value.strip() for value in raw.split(",") if value.strip()]
    return found[:MAX_VALUES]


def boolean(params, name):
    value = params.get(name)
    if value is None or value == "":
        return None
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    return refuse(name, "Give true or false.")


def integer(params, name, minimum=0, maximum=None):
    value = params.get(name)
    if value is None or value == "":
        return None
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 9:
        return refuse(name, "Give a whole number.")
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        return refuse(name, f"Give a number from {minimum} to {maximum or '…'}.")
    return number


def moment(params, name, end_of_day=False):
    """``today``, ``now``, a date (the day's start; with ``end_of_day`` its end) or an ISO 8601
    date-time (Finnish time if it has no offset)."""
    value = (params.get(name) or "").strip()
    if not value:
        return None
    now = timezone.now()
    if value == "now":
        return now
    if value == "today":
        day = now.astimezone(HELSINKI).date()
    else:
        try:
            day = parse_date(value)
            exact = None if day else parse_datetime(value.replace(" ", "+"))
        except ValueError:
            day = exact = None
        if exact is not None:
            if not FIRST_YEAR <= exact.year <= LAST_YEAR:
                return refuse(name, f"Give a year from {FIRST_YEAR} to {LAST_YEAR}.")
            return in_utc(exact, name, default_zone=HELSINKI)
        if day is None:
            return refuse(name, "Give a date (YYYY-MM-DD), a date-time (ISO 8601), today or now.")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return refuse(name, f"Give a year from {FIRST_YEAR} to {LAST_YEAR}.")
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=HELSINKI)
    return start + datetime.timedelta(days=1) if end_of_day else start


def paging(params):
    page = integer(params, "page", minimum=1) or 1
    size = integer(params, "page_size", minimum=1, maximum=MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE
    return page, size


def choices(params, name, allowed):
    chosen = values(params, name)
    wrong = [value for value in chosen if value not in allowed]
    if wrong:
        refuse(name, f"Unknown value {wrong[0]!r}; give one of {', '.join(allowed)}.")
    return chosen


def check_characters(params):
    """Refuse a NUL character anywhere (PostgreSQL cannot compare with one)."""
    for name, given in params.lists():
        if "\x00" in name or any("\x00" in value for value in given):
            refuse(name.replace("\x00", ""), "Remove the NUL character.")
