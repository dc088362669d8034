"""Structured data (schema.org) of an activity page."""

from django import template

from directory.listings.templatetags.directory_tags import listing_url as context_listing_url
from portal.addresses import absolute
from portal.jsonld import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def activity_json_ld(context, activity):
    """schema.org data for an activity (a recurring, free or paid event series)."""
    url = absolute(context_listing_url(context, activity))
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
