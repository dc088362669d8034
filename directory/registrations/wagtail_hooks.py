"""Registration's routes under the calendar page, and its admin hooks (bulk actions, the
participants button; registered when :mod:`.viewsets` is imported)."""

from wagtail import hooks

from directory.events.pages import CALENDAR_ROUTES_HOOK
from portal.personal_data import PERSONAL_DATA_HOOK, Category

from . import (
    privacy,
    viewsets,  # noqa: F401 - registers the bulk actions and listing buttons
)
from .views import calendar_routes

hooks.register(CALENDAR_ROUTES_HOOK, calendar_routes)


@hooks.register(PERSONAL_DATA_HOOK)
def personal_data_category():
    return Category(
        key="event_registrations",
        **privacy.TEXTS,
        retention=privacy.retention,
        order=50,
        export=privacy.export,
        erase=privacy.erase,
        prune=privacy.prune,
        deletion_summary=privacy.deletion_summary,
        deletion_fields=privacy.deletion_fields,
    )
