"""HSDS ids: UUIDs derived from the portal's own keys, so they stay the same between requests.

``hsds_id("activity", 12)`` is ``uuid5(NAMESPACE, "activity:12")``. A UUID cannot be turned back
into its key, so a detail view looks it up among the public rows' keys (:class:`IdMap`).
"""

import uuid

NAMESPACE = uuid.UUID("5f0b1c3e-8a4d-5c6e-9f70-2b1d4e6a8c90")

ORGANISATION = "organisation"
ACTIVITY = "activity"
VENUE = "venue"  # an activity's venue as a location
CENTRE = "centre"  # a centre (all its language versions): keyed by translation_key
AT_VENUE = "service-at-venue"
AT_CENTRE = "service-at-centre"
TAXONOMY = "taxonomy"
THEME = "theme"
TARGET_GROUP = "target-group"


def hsds_id(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def sub_id(parent_id, part):
    """An id for a part of an object (a phone, a schedule): derived from the parent's id."""
    return str(uuid.uuid5(NAMESPACE, f"{parent_id}/{part}"))


def parse_uuid(value):
    """The canonical form of ``value`` when it is a UUID, else ``None``."""
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        return None


class IdMap:
    """``{hsds id: key}`` for the given keys of one kind."""

    def __init__(self, kind, keys):
        self.map = {hsds_id(kind, key): key for key in keys}

    def key(self, value):
        return self.map.get(parse_uuid(value))
