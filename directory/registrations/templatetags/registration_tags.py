"""Registration on the portal in templates: the state of an event's registration and its form."""

from django import template

from directory.events.pages import CalendarPage

from ..services import registration_state

register = template.Library()


@register.simple_tag
def event_registration_state(event):
    """The event's :class:`~directory.registrations.services.RegistrationState` (one query)."""
    return registration_state(event)


@register.simple_tag(takes_context=True)
def event_register_url(context, event, calendar_page=None):
    """The address of the event's registration form in the calendar of the page's language."""
    page = calendar_page or context.get("calendar_page") or CalendarPage.for_language()
    if page is None:
        return ""
    return page.get_url(context.get("request")) + page.reverse_subpage(
        "register", kwargs={"slug": event.slug}
    )
