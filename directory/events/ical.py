"""iCalendar (RFC 5545) output of published events.

Every event is one ``VEVENT`` with a UID that never changes (``Event.uid``) and a ``SEQUENCE``
that grows with each publication, so calendar apps update their copy instead of adding a second
one. A series is written as its first occurrence plus ``RRULE`` and ``EXDATE`` (in Helsinki time,
with icalendar's ``VTIMEZONE`` for the dates used), a cancelled event as ``STATUS:CANCELLED``.
"""

import datetime
from collections import deque
from itertools import islice

from dateutil.rrule import rrulestr
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from .recurrence import HELSINKI, MAX_OCCURRENCES

STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
UID_DOMAIN = "tapahtumat.portaali"


def event_uid(event):
    return f"{event.uid}@{UID_DOMAIN}"


def _location(event):
    parts = [event.venue_name, event.street_address]
    municipality = getattr(event, "municipality_name", "") or (
        event.municipality.name if event.municipality_id else ""
    )
    parts.append(" ".join(p for p in (event.postal_code, municipality) if p))
    place = ", ".join(p for p in parts if p)
    if event.channel == "online":
        return event.online_url or _("Online")
    if event.channel == "hybrid" and event.online_url:
        return f"{place} / {event.online_url}" if place else event.online_url
    return place


def vevent(event, url):
    """The event as a VEVENT component; ``url`` is its absolute public address."""
    component = VEvent()
    component.add("uid", event_uid(event))
    component.add("sequence", event.sequence)
    component.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    component.add("last-modified", event.updated_at.astimezone(datetime.UTC))
    start = event.start.astimezone(HELSINKI)
    end = event.end.astimezone(HELSINKI)
    if event.all_day:
        component.add("dtstart", start.date())
        component.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    title = event.text("title").text
    if event.is_cancelled:
        title = _("Cancelled: %(title)s") % {"title": title}
    component.add("summary", title)
    description = event.text("description").text
    note = event.text("status_note").text
    component.add("description", "\n\n".join(p for p in (note, description, url) if p))
    component.add("url", url)
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("status", STATUS.get(event.status, "CONFIRMED"))
    component.add(
        "organizer",
        "mailto:"
        + (
            event.contact_email
            or (event.organisation.email if event.organisation_id else "")
            or settings.DEFAULT_FROM_EMAIL
        ),
        parameters={"CN": str(event.organiser_name)},
    )
    rule = event.rule
    if rule.repeats:
        component.add("rrule", rule.as_ical(all_day=event.all_day))
        for excluded in rule.excluded:
            if event.all_day:
                component.add("exdate", excluded)
            else:
                component.add(
                    "exdate",
                    datetime.datetime.combine(
                        excluded, start.timetz().replace(tzinfo=None)
                    ).replace(tzinfo=HELSINKI),
                )
    categories = [str(theme) for theme in getattr(event, "theme_names", [])]
    if categories:
        component.add("categories", categories)
    return component


def calendar(events, name, url_for):
    """A VCALENDAR with the events; ``url_for(event)`` gives each event's absolute address."""
    cal = Calendar()
    cal.add("prodid", "-//Järjestöt ja sote-keskukset//Tapahtumakalenteri//FI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Helsinki")
    for event in events:
        cal.add_component(vevent(event, url_for(event)))
    add_time_zone(cal)
    return cal


def add_time_zone(cal):
    """icalendar's own VTIMEZONE for Europe/Helsinki, covering the dates the feed uses."""
    dates = []
    for component in cal.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            if name in component:
                dates.append(component.decoded(name))
        if "RRULE" in component:
            # The last date of a series (its rules always end: COUNT or UNTIL).
            start = component.decoded("DTSTART")
            if not isinstance(start, datetime.datetime):
                start = datetime.datetime.combine(start, datetime.time())
            rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=start)
            dates.extend(deque(islice(rule, MAX_OCCURRENCES), maxlen=1))
    dates = [value.date() if isinstance(value, datetime.datetime) else value for value in dates]
    if dates:
        cal.add_missing_timezones(first_date=min(dates), last_date=max(dates))


def response(cal, filename):
    result = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    result["Cache-Control"] = "public, max-age=900"
    return result
