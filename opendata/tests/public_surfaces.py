"""Where listings appear in the open data (used by portal.tests.support.assert_not_public):
the portal API here, HSDS (``surfaces_hsds``), Linked Events (``surfaces_linkedevents``) and
the embeddable widgets (``surfaces_widgets``).

Besides the lists (no text of the listing) and the detail (404), ``?ids=<id>`` must count
nothing: a count is data too.
"""

from directory.events.models import Event
from directory.organisations.models import Activity, Organisation
from portal.tests.support import NO_TEXT, NOT_FOUND

from . import surfaces_hsds, surfaces_linkedevents, surfaces_widgets


def _v1(path, obj):
    base = f"/api/v1/{path}/"
    return [
        (base, NO_TEXT),
        (f"{base}?page_size=500", NO_TEXT),
        (f"{base}?ids={obj.pk}", '"count":1'),
        (f"{base}?ids={obj.pk}", f'"slug":"{obj.slug}"'),
        (f"{base}?modified_since=2000-01-01T00:00:00Z&page_size=500", NO_TEXT),
        (f"{base}{obj.pk}/", NOT_FOUND),
    ]


def _tombstone(kind, obj):
    """A listing never published leaves no tombstone: its id is never given out."""
    if getattr(obj, "first_published_at", None) is not None:
        return []  # once public: its tombstone (an id and a time) is the point
    return [("/api/v1/tombstones/?page_size=500", f'"kind":"{kind}","id":{obj.pk},')]


def surfaces(obj):
    outputs = []
    if isinstance(obj, Organisation):
        outputs += _v1("organisations", obj) + _tombstone("organisation", obj)
        outputs += [
            (f"/api/v1/activities/?organisation={obj.pk}", f'"slug":"{obj.slug}"'),
            (f"/api/v1/events/?organisation={obj.pk}", f'"slug":"{obj.slug}"'),
        ]
    elif isinstance(obj, Activity):
        outputs += _v1("activities", obj) + _tombstone("activity", obj)
        outputs.append((f"/api/v1/activities/?q={obj.title[:40]}", f'"slug":"{obj.slug}"'))
    elif isinstance(obj, Event):
        outputs += _v1("events", obj) + _tombstone("event", obj)
        outputs += [
            ("/api/v1/occurrences/?page_size=500", NO_TEXT),
            ("/api/v1/occurrences/?from=2000-01-01&page_size=500", NO_TEXT),
            (f"/api/v1/occurrences/?ids={obj.pk}", f'"slug":"{obj.slug}"'),
        ]
    return (
        outputs
        + surfaces_hsds.surfaces(obj)
        + surfaces_linkedevents.surfaces(obj)
        + surfaces_widgets.surfaces(obj)
    )
