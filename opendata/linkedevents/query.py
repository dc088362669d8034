"""Which rows an event list holds, from the Linked Events query parameters.

A list holds three kinds of rows: events (a repeating one as its ``recurring`` super event),
the dates of repeating events (their sub-events), and, with ``show_deleted=true``, tombstones.
Each row is first read as a small key ``(sort value, kind, event id, date start)`` (one query per
kind), sorted and paged in Python; only the page's events are then loaded, with their
prefetches, so a list runs the same number of queries whatever its size.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from directory.events.filters import EventFilter
from directory.events.models import Event, EventOccurrence
from directory.listings.filters import words_condition
from directory.taxonomy.models import Municipality
from pilots.models import CentrePage

from .. import public
from ..models import Tombstone
from . import ids, objects, params

EVENT, SUB, DELETED = "event", "sub", "deleted"
SORTS = ("start_time", "end_time", "last_modified_time")
STATUSES = {value: key for key, value in objects.STATUS.items()}
EVENT_TYPES = ("General", "Course", "Volunteering")
SUPER_EVENT_TYPES = ("recurring", "umbrella", "none")
AGE_FILTERS = tuple(f"audience_{which}_age_{op}" for which in ("min", "max") for op in ("lt", "gt"))


@dataclass
class Query:
    events: object  # filtered public events (attributes only)
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    kinds: set = field(default_factory=lambda: {EVENT, SUB})
    series_only: bool | None = None  # True: only super events; False: only single events
    sub_of: int | None = None  # only the dates of this event
    sub_ids: list = field(default_factory=list)  # [(event pk, start)]: only these dates
    event_pks: list | None = None  # only these events (``ids``)
    since: datetime.datetime | None = None
    deleted: bool = False
    sort: str = "start_time"
    descending: bool = False


def read(request_params):
    """A :class:`Query` from the request's parameters (``ValidationError`` on bad ones)."""
    p = request_params
    params.check_characters(p)
    events = public.events()
    query = Query(events=events)
    query.start = params.moment(p, "start")
    query.end = params.moment(p, "end", end_of_day=True)
    days = params.integer(p, "days", minimum=1, maximum=3660)
    if days is not None:
        if query.start or query.end:
            params.refuse("days", "Give days or start/end, not both.")
        query.start = timezone.now()
        query.end = query.start + datetime.timedelta(days=days)
    sort = (p.get("sort") or "start_time").strip()
    query.descending = sort.startswith("-")
    query.sort = sort.lstrip("-")
    if query.sort not in SORTS:
        params.refuse("sort", f"Sort by one of {', '.join(SORTS)} (- for descending).")
    query.since = params.moment(p, "last_modified_since")
    query.deleted = bool(params.boolean(p, "show_deleted"))
    for name in (*AGE_FILTERS, "suitable_for"):
        params.integer(p, name, maximum=200)
    if any(p.get(name) for name in AGE_FILTERS):
        query.kinds = set()  # no event has an age limit: an age comparison matches none
    query.events = attributes(p, events, query)
    # A series asked for by id lists all its dates, past ones too; ``super_event=none`` does not.
    series_asked = (p.get("super_event") or "none").strip() != "none"
    upcoming_only = not series_asked and not any(
        p.get(name) for name in ("start", "end", "days", "last_modified_since", "ids")
    )
    if upcoming_only:
        query.start = timezone.now()
    return query


def attributes(p, events, query):
    """The filters on what an event is (its dates' rows inherit them)."""
    keywords = values_ids(p, "keyword")
    if keywords is not None:
        events = events.filter(keyword_condition(keywords))
    for value in params.values(p, "keyword_AND"):
        events = events.filter(pk__in=Event.objects.filter(keyword_condition([value])).values("pk"))
    places = params.values(p, "location")
    if places:
        events = events.filter(location_condition(places))
    divisions = params.values(p, "division")
    if divisions:
        events = events.filter(division_condition(divisions))
    publishers = params.values(p, "publisher")
    if publishers:
        events = events.filter(publisher_condition(publishers))
    text = (p.get("text") or "").strip()
    if text:
        events = events.filter(pk__in=text_matches(text))
    is_free = params.boolean(p, "is_free")
    if is_free is not None:
        events = events.filter(is_free=is_free)
    languages = params.values(p, "language")
    if languages:
        written = Q(original_language__in=languages) | Q(translations__language__in=languages)
        held = Q(languages__code__in=languages)
        events = events.filter(pk__in=Event.objects.filter(written | held).values("pk"))
    held_in = params.values(p, "in_language")
    if held_in:
        events = events.filter(
            pk__in=Event.objects.filter(languages__code__in=held_in).values("pk")
        )
    statuses = params.choices(p, "event_status", tuple(STATUSES))
    if statuses:
        events = events.filter(status__in=[STATUSES[value] for value in statuses])
    types = params.choices(p, "event_type", EVENT_TYPES)
    if types and "General" not in types:
        events = events.none()
    if query.since is not None:
        events = events.filter(updated_at__gte=query.since)
    return super_event_filters(p, events_by_ids(p, events, query), query)


def values_ids(p, name):
    chosen = params.values(p, name)
    return chosen or None


def keyword_condition(values):
    """Any of the keywords, among the themes or the target groups (``audience``)."""
    themes = [n for n in (ids.parse_prefixed(v, "theme") for v in values) if n is not None]
    targets = [n for n in (ids.parse_prefixed(v, "target") for v in values) if n is not None]
    return Q(
        pk__in=Event.objects.filter(
            Q(themes__pk__in=themes) | Q(target_groups__pk__in=targets)
        ).values("pk")
    )


def location_condition(values):
    centres = [n for n in (ids.parse_prefixed(v, "centre") for v in values) if n is not None]
    venues = [n for n in (ids.parse_prefixed(v, "venue") for v in values) if n is not None]
    keys = CentrePage.objects.filter(pk__in=centres).values("translation_key")
    condition = Q(centre__in=CentrePage.objects.filter(translation_key__in=keys).values("pk"))
    condition |= Q(pk__in=venues)
    if ids.make(objects.INTERNET) in values:
        condition |= Q(channel=Event.Channel.ONLINE)
    return condition


def division_condition(values):
    """Municipalities by OCD id (``ocd-division/country:fi/kunta:kuopio``), slug or name in any
    language (``Kuopio``, ``Helsingfors``)."""
    names = [value.rsplit(":", 1)[-1] if "/" in value else value for value in values]
    condition = Q(slug__in=[name.lower() for name in names])
    for name in names:
        condition |= Q(name__iexact=name)
    keys = Municipality.objects.filter(condition).values("translation_key")
    return Q(municipality__translation_key__in=keys)


def publisher_condition(values):
    organisations = [n for n in (ids.parse_prefixed(v, "org") for v in values) if n is not None]
    condition = Q(organisation__pk__in=organisations)
    if ids.make(objects.PROJECT) in values:
        condition |= Q(organisation__isnull=True)
    return condition


def text_matches(text):
    """The calendar's text rule (its filter's fields), so ``text`` finds what its search does."""
    return Event.objects.filter(words_condition(text, EventFilter.text_fields)).values("pk")


def events_by_ids(p, events, query):
    chosen = params.values(p, "ids")
    if not chosen:
        return events
    parsed = [ids.parse_event(value) for value in chosen]
    parsed = [value for value in parsed if value is not None]
    query.sub_ids = [(pk, start) for pk, start in parsed if start is not None]
    event_pks = [pk for pk, start in parsed if start is None]
    if not query.sub_ids:
        query.kinds.discard(SUB)
    if not event_pks:
        query.kinds.discard(EVENT)
    query.event_pks = event_pks
    return events.filter(pk__in=event_pks + [pk for pk, _start in query.sub_ids])


def super_event_filters(p, events, query):
    value = (p.get("super_event") or "").strip()
    if value == "none":
        query.kinds.discard(SUB)
    elif value:
        parsed = ids.parse_event(value)
        query.kinds.discard(EVENT)
        query.sub_of = parsed[0] if parsed and parsed[1] is None else 0
    types = params.choices(p, "super_event_type", SUPER_EVENT_TYPES)
    if types:
        wanted_series = "recurring" in types
        wanted_others = "none" in types
        if not wanted_others:
            query.kinds.discard(SUB)
        if wanted_series != wanted_others:
            query.series_only = wanted_series
        elif not wanted_series:
            query.kinds = set()
    return events


# --- the rows -----------------------------------------------------------------------------------
def first_start():
    dates = EventOccurrence.objects.filter(event=OuterRef("pk"))
    return Coalesce(Subquery(dates.order_by("start").values("start")[:1]), F("start"))


def last_end():
    dates = EventOccurrence.objects.filter(event=OuterRef("pk"))
    return Coalesce(Subquery(dates.order_by("-end").values("end")[:1]), F("end"))


SORT_COLUMN = {
    "start_time": "row_start",
    "end_time": "row_end",
    "last_modified_time": "row_modified",
}


def event_keys(query):
    if EVENT not in query.kinds:
        return []
    rows = query.events.annotate(row_start=first_start(), row_end=last_end())
    rows = rows.annotate(row_modified=F("updated_at"))
    if query.event_pks is not None:
        rows = rows.filter(pk__in=query.event_pks)
    if query.series_only is True:
        rows = rows.exclude(frequency="")
    elif query.series_only is False:
        rows = rows.filter(frequency="")
    rows = in_range(rows, query)
    return [
        (row[3], EVENT, row[0], None)
        for row in rows.values_list(
            "pk", "row_start", "row_end", SORT_COLUMN[query.sort]
        ).order_by()
    ]


def sub_keys(query):
    if SUB not in query.kinds:
        return []
    rows = EventOccurrence.objects.filter(
        event__in=query.events.exclude(frequency="").values("pk")
    ).annotate(row_start=F("start"), row_end=F("end"), row_modified=F("event__updated_at"))
    if query.sub_of is not None:
        rows = rows.filter(event_id=query.sub_of)
    rows = in_range(rows, query)
    keys = []
    wanted = {(pk, ids.stamp(start)) for pk, start in query.sub_ids}
    for pk, start, sort_value in rows.values_list(
        "event_id", "start", SORT_COLUMN[query.sort]
    ).order_by():
        if wanted and (pk, ids.stamp(start)) not in wanted:
            continue
        keys.append((sort_value, SUB, pk, start))
    return keys


def in_range(rows, query):
    if query.start is not None:
        rows = rows.filter(row_end__gte=query.start)
    if query.end is not None:
        rows = rows.filter(row_start__lt=query.end)
    return rows


def deleted_keys(query):
    if not query.deleted:
        return []
    rows = Tombstone.objects.since(Tombstone.Kind.EVENT, query.since, public.events().values("pk"))
    return [
        (removed, DELETED, pk, None) for pk, removed in rows.values_list("object_id", "removed_at")
    ]


def keys(query):
    """Every row's key, sorted (ties by event id and date)."""
    found = event_keys(query) + sub_keys(query) + deleted_keys(query)
    minimum = datetime.datetime.min.replace(tzinfo=datetime.UTC)

    def order(key):
        return (key[0] or minimum, key[2], key[3] or minimum)

    return sorted(found, key=order, reverse=query.descending)
