"""Where events and organisations appear in the Linked Events API (``/api/linkedevents/v1/``),
for ``portal.tests.support.assert_not_public``: ``surfaces(obj)`` gives ``(url, check)`` pairs.

Besides the lists (no text of the listing) and the details (404), a list asked for the object
by id must not name it: its id in quotes (``"jarjestoportaali:12"``) must not appear, so a count
or a tombstone-free row cannot give it away either.
"""

from urllib.parse import quote

from directory.events.models import Event
from directory.organisations.models import Organisation
from opendata.linkedevents import ids
from portal.tests.support import NO_TEXT, NOT_FOUND

BASE = "/api/linkedevents/v1"
EVERYTHING = "start=2000-01-01&page_size=500"
MAX_DATES = 3


def _event(event):
    value = ids.event_id(event.pk)
    quoted = f'"{value}"'
    venue = f'"{ids.make(f"venue-{event.pk}")}"'
    outputs = [
        (f"{BASE}/event/", NO_TEXT),
        (f"{BASE}/event/?{EVERYTHING}", NO_TEXT),
        (f"{BASE}/event/?{EVERYTHING}", quoted),
        (f"{BASE}/event/?ids={value}&{EVERYTHING}", quoted),
        (f"{BASE}/event/?ids={value}", '"count":1'),
        (f"{BASE}/event/?last_modified_since=2000-01-01T00:00:00Z&page_size=500", NO_TEXT),
        (f"{BASE}/event/?super_event={value}&page_size=500", NO_TEXT),
        (f"{BASE}/event/?text={quote(event.title[:40])}&{EVERYTHING}", quoted),
        (f"{BASE}/event/{value}/", NOT_FOUND),
        (f"{BASE}/place/?page_size=500", venue),
        (f"{BASE}/place/{ids.make(f'venue-{event.pk}')}/", NOT_FOUND),
    ]
    for occurrence in event.occurrences.order_by("start")[:MAX_DATES]:
        outputs.append((f"{BASE}/event/{ids.event_id(event.pk, occurrence.start)}/", NOT_FOUND))
    return outputs


def _organisation(organisation):
    value = ids.make(f"org-{organisation.pk}")
    return [
        (f"{BASE}/organization/?page_size=500", f'"{value}"'),
        (f"{BASE}/organization/{value}/", NOT_FOUND),
        (f"{BASE}/event/?publisher={value}&{EVERYTHING}", NO_TEXT),
        (f"{BASE}/event/?publisher={value}&{EVERYTHING}", '"count":1'),
    ]


def surfaces(obj):
    if isinstance(obj, Event):
        return _event(obj)
    if isinstance(obj, Organisation):
        return _organisation(obj)
    return []
