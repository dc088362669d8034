"""Linked Events ids: ``"<data source>:<origin id>"`` (``settings.OPENDATA_DATA_SOURCE``).

- An event: ``jarjestoportaali:12`` (the event's id in the portal).
- A date of a repeating event (a sub-event of the series): ``jarjestoportaali:12.20261208T1600``,
  the series' id and the date's start in Finnish time. Occurrence rows are rewritten (with new
  ids) when a series' schedule changes, so the start, not the row, names the date: a date that
  stays keeps its id.
- Places: ``jarjestoportaali:centre-7`` (a sote-centre's page in the default language),
  ``jarjestoportaali:venue-12`` (the venue given on event 12), ``jarjestoportaali:internet``.
- Keywords: ``jarjestoportaali:theme-3`` (themes), ``jarjestoportaali:target-5`` (target groups,
  the events' ``audience``).
- Organisations: ``jarjestoportaali:org-4``, and ``jarjestoportaali:project`` for the project's
  own events (they have no organisation).
- Languages: the language code (``fi``), as in Linked Events.
"""

import datetime
import re

from django.conf import settings
from django.urls import reverse

from directory.events.recurrence import HELSINKI
from portal.addresses import absolute
from portal.numbers import parse_id

STAMP = "%Y%m%dT%H%M"
EVENT_ID = re.compile(r"^(?P<pk>[0-9]{1,12})(?:\.(?P<stamp>[0-9]{8}T[0-9]{4}))?$")
PREFIXED = re.compile(r"^(?P<prefix>[a-z]+)-(?P<pk>[0-9]{1,12})$")


def data_source():
    return settings.OPENDATA_DATA_SOURCE


def make(origin):
    return f"{data_source()}:{origin}"


def origin(value):
    """The part after ``"<data source>:"``, or ``None`` for another data source's id."""
    prefix = data_source() + ":"
    value = str(value or "").strip()
    return value[len(prefix) :] if value.startswith(prefix) else None


def stamp(moment):
    return moment.astimezone(HELSINKI).strftime(STAMP)


def event_id(event_pk, start=None):
    return make(f"{event_pk}.{stamp(start)}" if start is not None else event_pk)


def parse_event(value):
    """``(event pk, start or None)`` of an event or sub-event id, or ``None``."""
    match = EVENT_ID.match(origin(value) or "")
    if not match:
        return None
    start = None
    if match["stamp"]:
        try:
            local = datetime.datetime.strptime(match["stamp"], STAMP)
        except ValueError:
            return None
        start = local.replace(tzinfo=HELSINKI)
    return int(match["pk"]), start


def parse_prefixed(value, prefix):
    """The number of ``"<data source>:<prefix>-<n>"``, or ``None``."""
    match = PREFIXED.match(origin(value) or "")
    if not match or match["prefix"] != prefix:
        return None
    return parse_id(match["pk"])


def api_url(kind, value):
    """The absolute ``@id`` of an object: ``kind`` is event, place, keyword, organization or
    language."""
    return absolute(reverse(f"opendata_linkedevents:{kind}-detail", kwargs={"id": value}))


def ref(kind, value):
    return {"@id": api_url(kind, value)}
