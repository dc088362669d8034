"""Registration's routes under the calendar page, and its admin hooks (bulk actions, the
participants button; registered when :mod:`.viewsets` is imported)."""

from wagtail import hooks

from directory.events.pages import CALENDAR_ROUTES_HOOK

from . import viewsets  # noqa: F401 - registers the bulk actions and listing buttons
from .views import calendar_routes

hooks.register(CALENDAR_ROUTES_HOOK, calendar_routes)
