"""Addresses in the calendar: an event's page, a day's view."""

from django import template

from ..pages import CalendarPage

register = template.Library()


@register.simple_tag(takes_context=True)
def event_url(context, event):
    """The event's page in the calendar of the page's language."""
    page = context.get("calendar_page")
    if page is None:
        page = context.get("page")
        if not isinstance(page, CalendarPage):
            page = CalendarPage.for_language()
            context["calendar_page"] = page
    return page.event_url(event, context.get("request"))


@register.filter
def day_url(page, date):
    """The calendar's day view for ``date``."""
    return page.url + page.reverse_subpage(
        "day", kwargs={"year": date.year, "month": date.month, "day": date.day}
    )
