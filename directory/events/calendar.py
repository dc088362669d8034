"""The public event calendar: upcoming list, month and day views, archive, event pages, iCal.

Lists show *occurrences* (one row per date of a series), filtered through the events they belong
to with the same facets as the directory (:class:`EventFilter`). Each view runs a fixed number of
queries whatever the number of events: occurrences come with their event, organiser and
municipality in one query, and texts, themes and municipality names in one query each.
"""

import calendar as pycalendar
import datetime
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from directory.organisations.models import Organisation
from directory.taxonomy.models import attach_municipality_names, attach_theme_names
from portal.addresses import absolute
from portal.jsonld import json_ld_script
from portal.routing import localized_path

from . import ical
from .filters import FIRST_YEAR, LAST_YEAR, EventFilter, local_midnight, with_events
from .models import Event, EventOccurrence

PAGE_SIZE = 20


def prepare(occurrences):
    """Evaluate a page of occurrences and attach municipality names (one more query)."""
    occurrences = list(occurrences)
    attach_municipality_names([o.event for o in occurrences])
    return occurrences


def group_by_day(occurrences):
    groups = []
    for occurrence in occurrences:
        day = occurrence.local_start.date()
        if not groups or groups[-1]["date"] != day:
            groups.append({"date": day, "occurrences": []})
        groups[-1]["occurrences"].append(occurrence)
    return groups


def feed_links(page, event_filter, request):
    """The iCal feeds for the ``<link rel="alternate">`` tags and the subscribe box."""
    base = page.get_full_url(request) + page.reverse_subpage("feed")
    links = [{"title": _("All events (iCal)"), "url": base}]
    if event_filter.is_active:
        links.append(
            {"title": _("These events (iCal)"), "url": f"{base}?{event_filter.querystring()}"}
        )
    return links


def _listing_context(page, request, event_filter):
    facets = event_filter.facets(get_language())
    return {
        "filter": event_filter,
        "facets": facets,
        "free_count": event_filter.free_count(),
        "online_count": event_filter.online_count(),
        "chips": event_filter.chips(facets),
        "feeds": feed_links(page, event_filter, request),
        "today": timezone.localdate(),
    }


def upcoming_view(page, request, past=False):
    event_filter = EventFilter(request.GET)
    paginator = Paginator(event_filter.occurrences(past=past), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    occurrences = prepare(page_obj.object_list)
    now = timezone.localtime()
    context = _listing_context(page, request, event_filter)
    context.update(
        {
            "view": "archive" if past else "list",
            "breadcrumb_title": _("Past events") if past else None,
            "page_obj": page_obj,
            "days": group_by_day(occurrences),
            "month_url": page.url
            + page.reverse_subpage("month", kwargs={"year": now.year, "month": now.month}),
        }
    )
    return page.render(request, context_overrides=context)


def archive_view(page, request):
    return upcoming_view(page, request, past=True)


def _month_bounds(year, month):
    if not (1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR):
        raise Http404
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, pycalendar.monthrange(year, month)[1])
    return first, last


def month_view(page, request, year, month):
    first, last = _month_bounds(year, month)
    event_filter = EventFilter(request.GET)
    occurrences = prepare(
        with_events(
            EventOccurrence.objects.filter(
                event__in=event_filter.matching_ids(),
                start__lt=local_midnight(last + datetime.timedelta(days=1)),
                end__gte=local_midnight(first),
            ).order_by("start", "pk")
        )
    )
    by_day = {}
    for occurrence in occurrences:
        # An event lasting several days is shown on each of its days within the month.
        day = max(occurrence.local_start.date(), first)
        last_day = min(occurrence.local_end.date(), last)
        if occurrence.local_end.time() == datetime.time() and last_day > day:
            last_day -= datetime.timedelta(days=1)  # ends at midnight: not on the next day
        while day <= last_day:
            by_day.setdefault(day, []).append(occurrence)
            day += datetime.timedelta(days=1)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {"date": day, "in_month": day.month == month, "occurrences": by_day.get(day, [])}
                for day in week
            ]
        )
    previous_month = first - datetime.timedelta(days=1)
    next_month = last + datetime.timedelta(days=1)
    query = event_filter.querystring()

    def month_url(date):
        url = page.url + page.reverse_subpage(
            "month", kwargs={"year": date.year, "month": date.month}
        )
        return f"{url}?{query}" if query else url

    # The same events as a list: the upcoming view limited to this month.
    list_pairs = [p for p in event_filter.pairs() if p[0] not in ("from", "to")]
    list_pairs += [("from", first.isoformat()), ("to", last.isoformat())]
    list_url = page.url + "?" + urlencode(list_pairs)
    context = _listing_context(page, request, event_filter)
    context.update(
        {
            "view": "month",
            "breadcrumb_title": formats.date_format(first, "F Y"),
            "month": first,
            "weeks": weeks,
            "weekdays": [_weekday_name(day) for day in range(7)],
            "occurrence_count": len(occurrences),
            "previous_url": month_url(previous_month),
            "next_url": month_url(next_month),
            "list_url": list_url,
        }
    )
    return page.render(request, template="directory/calendar_month.html", context_overrides=context)


def _weekday_name(day):
    names = (
        gettext_lazy("Monday"),
        gettext_lazy("Tuesday"),
        gettext_lazy("Wednesday"),
        gettext_lazy("Thursday"),
        gettext_lazy("Friday"),
        gettext_lazy("Saturday"),
        gettext_lazy("Sunday"),
    )
    return names[day]


def day_view(page, request, year, month, day):
    _month_bounds(year, month)
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError) as error:  # e.g. 30 February, or a 20-digit day
        raise Http404 from error
    event_filter = EventFilter(request.GET)
    occurrences = prepare(
        with_events(
            EventOccurrence.objects.filter(
                event__in=event_filter.matching_ids(),
                start__lt=local_midnight(date + datetime.timedelta(days=1)),
                end__gte=local_midnight(date),
            ).order_by("start", "pk")
        )
    )
    query = event_filter.querystring()

    def day_url(other):
        url = page.url + page.reverse_subpage(
            "day", kwargs={"year": other.year, "month": other.month, "day": other.day}
        )
        return f"{url}?{query}" if query else url

    context = _listing_context(page, request, event_filter)
    context.update(
        {
            "view": "day",
            "breadcrumb_title": formats.date_format(date, "j.n.Y"),
            "date": date,
            "occurrences": occurrences,
            "previous_url": day_url(date - datetime.timedelta(days=1)),
            "next_url": day_url(date + datetime.timedelta(days=1)),
            "month_url": page.url
            + page.reverse_subpage("month", kwargs={"year": date.year, "month": date.month})
            + (f"?{query}" if query else ""),
        }
    )
    return page.render(request, template="directory/calendar_day.html", context_overrides=context)


def public_event(slug):
    return get_object_or_404(
        Event.objects.public()
        .select_related("organisation", "municipality", "image", "centre")
        .prefetch_related(
            "translations",
            "themes",
            "target_groups",
            "languages",
            Prefetch("occurrences", queryset=EventOccurrence.objects.order_by("start")),
        ),
        slug=slug,
    )


def event_view(page, request, slug):
    event = public_event(slug)
    attach_municipality_names([event])
    now = timezone.now()
    occurrences = list(event.occurrences.all())
    upcoming = [o for o in occurrences if o.end >= now]
    feed_url = page.get_full_url(request) + page.reverse_subpage("feed")
    return page.render(
        request,
        template="directory/event_page.html",
        context_overrides={
            "event": event,
            "item_languages": event.text_languages(),
            "breadcrumb_title": event.text("title").text,
            "occurrences": occurrences,
            "upcoming": upcoming,
            "next_occurrence": upcoming[0] if upcoming else None,
            "is_past": not upcoming,
            "ics_url": page.url + page.reverse_subpage("event_ics", kwargs={"slug": event.slug}),
            "json_ld": json_ld_script(
                event_json_ld(event, upcoming or occurrences[-1:], page, request)
            ),
            "feeds": [{"title": _("All events (iCal)"), "url": feed_url}],
            "calendar_page": page,
        },
    )


EVENT_STATUS = {
    Event.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
    Event.Status.POSTPONED: "https://schema.org/EventPostponed",
    Event.Status.RESCHEDULED: "https://schema.org/EventRescheduled",
}
ATTENDANCE_MODE = {
    Event.Channel.PLACE: "https://schema.org/OfflineEventAttendanceMode",
    Event.Channel.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.Channel.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(event, occurrences, page, request):
    """schema.org ``Event`` data: one object per listed occurrence (at most 10)."""
    url = page.get_full_url(request) + page.reverse_subpage("event", kwargs={"slug": event.slug})
    locations = []
    if event.has_place:
        locations.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.street_address or str(event.municipality_name),
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": event.street_address,
                    "postalCode": event.postal_code,
                    "addressLocality": event.municipality_name,
                    "addressCountry": "FI",
                },
            }
        )
    if event.is_online and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    base = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.text("title").text,
        "description": event.text("summary").text,
        "url": url,
        "inLanguage": [language.code for language in event.languages.all()]
        or [event.original_language],
        "eventStatus": EVENT_STATUS.get(event.status, EVENT_STATUS[Event.Status.SCHEDULED]),
        "eventAttendanceMode": ATTENDANCE_MODE.get(event.channel),
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": {
            "@type": "Organization",
            "name": str(event.organiser_name),
            **(
                {"url": absolute(event.organisation.get_absolute_url())}
                if event.organisation_id
                else {}
            ),
        },
        "isAccessibleForFree": event.is_free,
    }
    if event.is_free:
        base["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "url": url}
    if event.image_id:
        rendition = event.image.get_rendition("fill-1200x630")
        base["image"] = absolute(rendition.url)
    items = []
    for occurrence in occurrences[:10]:
        item = dict(base)
        if event.all_day:
            item["startDate"] = occurrence.local_start.date().isoformat()
            item["endDate"] = occurrence.local_end.date().isoformat()
        else:
            item["startDate"] = occurrence.local_start.isoformat()
            item["endDate"] = occurrence.local_end.isoformat()
        items.append(item)
    return items[0] if len(items) == 1 else items


def _feed_name(page, suffix=""):
    return f"{page.title} – {suffix}" if suffix else page.title


def _event_url_for(page, request):
    base = page.get_full_url(request)

    def url_for(event):
        return base + page.reverse_subpage("event", kwargs={"slug": event.slug})

    return url_for


def _feed_events(queryset):
    events = list(
        queryset.select_related("organisation", "municipality").prefetch_related(
            "translations", "themes"
        )
    )
    attach_municipality_names(events)
    attach_theme_names(events)
    return events


def feed_view(page, request):
    """All published events, or those matching the calendar's query string."""
    event_filter = EventFilter(request.GET)
    events = _feed_events(Event.objects.filter(pk__in=event_filter.matching_ids()))
    cal = ical.calendar(events, _feed_name(page), _event_url_for(page, request))
    return ical.response(cal, "calendar.ics")


def organisation_feed_view(page, request, slug):
    organisation = get_object_or_404(Organisation.objects.public(), slug=slug)
    events = _feed_events(Event.objects.public().filter(organisation=organisation))
    cal = ical.calendar(events, _feed_name(page, organisation.name), _event_url_for(page, request))
    return ical.response(cal, f"{organisation.slug}.ics")


def event_ics_view(page, request, slug):
    event = public_event(slug)
    attach_municipality_names([event])
    attach_theme_names([event])
    cal = ical.calendar([event], event.text("title").text, _event_url_for(page, request))
    return ical.response(cal, f"{event.slug}.ics")


def upcoming_events(limit=None, now=None, **filters):
    """The next occurrence of each public event (a weekly series once), soonest first, for the
    home, organisation and centre pages: one query whatever the number of series."""
    now = now or timezone.now()
    next_occurrence = (
        EventOccurrence.objects.filter(event=OuterRef("pk"), end__gte=now)
        .order_by("start", "pk")
        .values("pk")[:1]
    )
    next_ids = (
        Event.objects.public()
        .filter(**filters)
        .annotate(next_occurrence=Subquery(next_occurrence))
        .filter(next_occurrence__isnull=False)
        .values("next_occurrence")
    )
    occurrences = with_events(EventOccurrence.objects.filter(pk__in=next_ids)).order_by(
        "start", "pk"
    )
    return prepare(occurrences[:limit] if limit else occurrences)


urlpatterns = [
    path("", upcoming_view, name="upcoming"),
    *localized_path("{month}/<int:year>/<int:month>/", month_view, "month"),
    *localized_path("{day}/<int:year>/<int:month>/<int:day>/", day_view, "day"),
    *localized_path("{archive}/", archive_view, "archive"),
    path("ical/", feed_view, name="feed"),
    *localized_path(
        "{organisation}/<slug:slug>/ical/", organisation_feed_view, "organisation_feed"
    ),
    *localized_path("{event}/<slug:slug>/", event_view, "event"),
    *localized_path("{event}/<slug:slug>/ical/", event_ics_view, "event_ics"),
]
