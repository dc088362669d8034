from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from portal.jsonld import json_ld_script

register = template.Library()


@register.simple_tag
def listing_text(listing, field_name):
    """The listing's text in the reader's language, or the original (see ``lang_attr``)."""
    return listing.text(field_name)


@register.filter
def lang_attr(text):
    """` lang="xx"` when a text is not in the page's language (WCAG 3.1.2)."""
    language = getattr(text, "language", None)
    if language and language != get_language():
        return format_html(' lang="{}"', language)
    return ""


@register.simple_tag(takes_context=True)
def listing_url(context, listing):
    page = context.get("directory_page") or context.get("page")
    return page.listing_url(listing, context.get("request"))


@register.simple_tag(takes_context=True)
def activity_json_ld(context, activity):
    """schema.org data for an activity (a recurring, free or paid event series)."""
    request = context.get("request")
    url = request.build_absolute_uri(listing_url(context, activity)) if request else ""
    organisation = activity.organisation
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "name": str(activity.text("title")),
        "description": str(activity.text("summary")),
        "url": url,
        "inLanguage": [language.code for language in activity.languages.all()],
        "isAccessibleForFree": activity.is_free,
        "organizer": {
            "@type": "Organization",
            "name": organisation.name,
            **({"url": organisation.website} if organisation.website else {}),
        },
        "eventAttendanceMode": {
            "place": "https://schema.org/OfflineEventAttendanceMode",
            "phone": "https://schema.org/OnlineEventAttendanceMode",
            "online": "https://schema.org/OnlineEventAttendanceMode",
            "hybrid": "https://schema.org/MixedEventAttendanceMode",
        }[activity.channel],
    }
    if activity.street_address or activity.municipality_id:
        data["location"] = {
            "@type": "Place",
            "name": activity.venue_name or organisation.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": activity.street_address,
                "postalCode": activity.postal_code,
                "addressLocality": activity.municipality.name if activity.municipality else "",
                "addressCountry": "FI",
            },
        }
    elif activity.online_url:
        data["location"] = {"@type": "VirtualLocation", "url": activity.online_url}
    if activity.min_age is not None:
        data["typicalAgeRange"] = f"{activity.min_age}-{activity.max_age or ''}"
    if not activity.is_free and activity.fee_description:
        data["offers"] = {"@type": "Offer", "description": str(activity.text("fee_description"))}
    if activity.last_confirmed:
        data["dateModified"] = activity.last_confirmed.isoformat()
    return json_ld_script(data)


@register.simple_tag
def term_names(terms):
    """Names of taxonomy terms in the reader's language, with one query for all of them."""
    from directory.models import localized_names

    terms = list(terms)
    if not terms:
        return []
    names = localized_names(type(terms[0]), terms)
    return [names[term.slug] for term in terms]


@register.filter
def model_name(obj):
    return obj._meta.model_name


@register.simple_tag(takes_context=True)
def event_url(context, event):
    """The event's page in the calendar of the page's language."""
    page = context.get("calendar_page")
    if page is None:
        from directory.models import CalendarPage

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
