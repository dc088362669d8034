"""Events: one-off or recurring, moderated like activities, with optional registration.

An event is a :class:`~directory.models.listings.Listing`, so it has the same drafts, revisions,
"Directory moderation" workflow and "my listings" as activities: the row holds the live version.
Each save expands the recurrence into :class:`EventOccurrence` rows (one per date, in Helsinki
time), so calendars filter and sort occurrences with plain SQL and each occurrence has its own
date in queries. The iCal ``UID`` (``uid``) never changes; ``sequence`` grows with every
publication, as RFC 5545 asks.
"""

from ..pages import CalendarPage, calendar_url
from .event import Event, EventQuerySet
from .related import EventOccurrence, EventTranslation, OccurrenceQuerySet
from .report import EventErrorReport

__all__ = [
    "CalendarPage",
    "Event",
    "EventErrorReport",
    "EventOccurrence",
    "EventQuerySet",
    "EventTranslation",
    "OccurrenceQuerySet",
    "calendar_url",
]
