"""Where events appear publicly (used by portal.tests.support.assert_not_public)."""

from urllib.parse import quote

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from directory.events.models import CalendarPage, Event
from directory.events.recurrence import HELSINKI
from directory.organisations.models import DirectoryPage
from portal.tests.support import NO_TEXT, NOT_FOUND


def surfaces(event):
    if not isinstance(event, Event):
        return []
    outputs = [("/sitemap.xml", f"/tapahtuma/{event.slug}/")]
    start = event.start.astimezone(HELSINKI)
    for language, _name in settings.LANGUAGES:
        page = CalendarPage.for_language(language)
        if page is None:
            continue
        with translation.override(language):
            base = page.url
            own_url = page.event_url(event)

            def route(name, **kwargs):
                return base + page.reverse_subpage(name, kwargs=kwargs)  # noqa: B023

            outputs += [
                (page.get_parent().url, NO_TEXT),
                (base, NO_TEXT),
                (f"{base}?q={quote(str(event)[:60])}", own_url),
                (route("archive"), NO_TEXT),
                (route("month", year=start.year, month=start.month), NO_TEXT),
                (route("day", year=start.year, month=start.month, day=start.day), NO_TEXT),
                (route("feed"), NO_TEXT),
                (own_url, NOT_FOUND),
                (route("event_ics", slug=event.slug), NOT_FOUND),
                (reverse("directory_report_error", args=["event", event.slug]), NOT_FOUND),
            ]
            if event.organisation_id and event.organisation.live:
                outputs += [
                    (route("organisation_feed", slug=event.organisation.slug), NO_TEXT),
                    (DirectoryPage.for_language(language).listing_url(event.organisation), NO_TEXT),
                ]
            if event.centre_id:
                for centre in event.centre.get_translations(inclusive=True).live():
                    outputs.append((centre.url, NO_TEXT))
    return outputs
