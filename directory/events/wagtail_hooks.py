"""What the calendar adds to other pages: upcoming events on the home page, an organisation's
events on its page, events held at a sote-centre on the centre's page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from directory.listings.export import listing_export
from directory.listings.workflow import listing_state
from directory.organisations.personal_data import managed_organisations
from portal.personal_data import PERSONAL_DATA_HOOK, Category
from portal.sections import (
    CENTRE_SECTION_HOOK,
    HOME_SECTION_HOOK,
    ORGANISATION_SECTION_HOOK,
    Section,
)
from search.registry import SEARCH_TYPES_HOOK

from .calendar import upcoming_events
from .models import CalendarPage, Event
from .search_types import search_types


@hooks.register(HOME_SECTION_HOOK)
def upcoming_events_section(page, request):
    calendar_page = CalendarPage.for_language(page.locale.language_code)
    if calendar_page is None:
        return None
    return Section(
        key="events",
        title=_("Upcoming events"),
        items=upcoming_events(limit=4),
        template="directory/includes/home_events.html",
        more_url=calendar_page.get_url(request),
        more_label=_("All events"),
        order=20,
        context={"calendar_page": calendar_page},
    )


@hooks.register(ORGANISATION_SECTION_HOOK)
def organisation_events(organisation, request):
    calendar_page = CalendarPage.for_language()
    if calendar_page is None:
        return None
    feed_url = calendar_page.get_full_url(request) + calendar_page.reverse_subpage(
        "organisation_feed", kwargs={"slug": organisation.slug}
    )
    return Section(
        key="events",
        title=_("Upcoming events"),
        items=upcoming_events(limit=10, organisation=organisation),
        template="directory/includes/organisation_events.html",
        order=20,
        context={"calendar_page": calendar_page, "feed_url": feed_url},
        head_links=[
            {
                "type": "text/calendar",
                "title": _("Events of %(name)s (iCal)") % {"name": organisation.name},
                "url": feed_url,
            }
        ],
    )


@hooks.register(CENTRE_SECTION_HOOK)
def events_at_centre(centre, request):
    """The next public events held at the centre (in any language version of its page)."""
    calendar_page = CalendarPage.for_language(centre.locale.language_code)
    if calendar_page is None:
        return None
    return Section(
        key="centre-events",
        title=_("Upcoming events at the centre"),
        items=upcoming_events(limit=10, centre__translation_key=centre.translation_key),
        template="directory/includes/organisation_events.html",
        order=20,
        context={"calendar_page": calendar_page},
    )


hooks.register(SEARCH_TYPES_HOOK, search_types)


def export_events(user):
    events = Event.objects.filter(organisation__in=managed_organisations(user)).order_by("pk")
    return [listing_export(event, listing_state(event)[0]) for event in events]


@hooks.register(PERSONAL_DATA_HOOK)
def personal_data_category():
    # The notice's "listings you manage" row describes events too.
    return Category(
        key="events",
        title=_("Events you manage"),
        contents="",
        purpose="",
        retention="",
        removal="",
        order=26,
        export=export_events,
        in_notice=False,
    )
