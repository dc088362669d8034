"""Where an event's registration could be reached publicly (``assert_not_public``)."""

from django.conf import settings
from django.utils import translation

from directory.events.models import CalendarPage, Event
from portal.tests.support import NOT_FOUND


def surfaces(event):
    if not isinstance(event, Event):
        return []
    outputs = []
    for language, _name in settings.LANGUAGES:
        page = CalendarPage.for_language(language)
        if page is None:
            continue
        with translation.override(language):
            register = page.url + page.reverse_subpage("register", kwargs={"slug": event.slug})
            outputs.append((register, NOT_FOUND))
    return outputs
