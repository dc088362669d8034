"""Linked Events objects (events, places, keywords, organisations, languages) as plain dicts.

Everything a page needs is loaded by the views up front (``Context``): events with their
translations, terms and dates prefetched (``opendata.v1.views.event_queryset``), term names
per taxonomy (``TermNames``), the public centres. Building an object runs no query.
"""

from django.conf import settings
from django.utils import timezone

from directory.registrations import services as registrations
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme
from portal.addresses import absolute
from portal.languages import language_codes

from ..links import image_data, listing_urls
from ..texts import TermNames, gettext_map, listing_text_map
from . import ids

CONTEXT = "http://schema.org"
PROJECT = "project"
INTERNET = "internet"
STATUS = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
    "rescheduled": "EventRescheduled",
}
INCLUDES = ("location", "keywords", "audience", "in_language", "publisher")


class Context:
    """What building the objects of one answer needs, loaded once per request."""

    def __init__(self, include=(), centres=None):
        self.include = set(include)
        self.now = timezone.now()
        self.terms = {model: TermNames(model) for model in (Theme, TargetGroup, Municipality)}
        # {centre page pk: (default-language centre page, {language: page})}
        self.centres = centres or {}


def iso(moment):
    return moment.isoformat() if moment else None


def same_in_every_language(text):
    return dict.fromkeys(language_codes(), text) if text else None


def text_map(listing, field_name):
    return listing_text_map(listing, field_name) or None


# --- keywords, languages, organisations ---------------------------------------------------------
KEYWORD_PREFIX = {Theme: "theme", TargetGroup: "target"}


def keyword_id(term):
    return ids.make(f"{KEYWORD_PREFIX[type(term)]}-{term.pk}")


def keyword_object(term, context):
    return {
        "@id": ids.api_url("keyword", keyword_id(term)),
        "@context": CONTEXT,
        "@type": "Keyword",
        "id": keyword_id(term),
        "data_source": ids.data_source(),
        "publisher": None,
        "name": context.terms[type(term)].names(term) or {settings.LANGUAGE_CODE: term.name},
        "alt_labels": [],
        "aggregate": False,
        "deprecated": False,
        "has_upcoming_events": None,
        "created_time": None,
        "last_modified_time": None,
    }


def keyword(term, context, field):
    if field in context.include:
        return keyword_object(term, context)
    return ids.ref("keyword", keyword_id(term))


def language_object(language):
    return {
        "@id": ids.api_url("language", language.code),
        "@context": CONTEXT,
        "@type": "Language",
        "id": language.code,
        "translation_available": language.code in language_codes(),
        "name": gettext_map(ServiceLanguage.Code(language.code).label),
    }


def organisation_id(organisation):
    return ids.make(f"org-{organisation.pk}") if organisation else ids.make(PROJECT)


def organisation_object(organisation):
    """An organisation, or the project itself (``None``: the publisher of its own events)."""
    value = organisation_id(organisation)
    return {
        "@id": ids.api_url("organization", value),
        "@context": CONTEXT,
        "@type": "Organization",
        "id": value,
        "data_source": ids.data_source(),
        "name": organisation.name if organisation else str(settings.WAGTAIL_SITE_NAME),
        "classification": organisation.type if organisation else "project",
        "parent_organization": None,
        "sub_organizations": [],
        "affiliated_organizations": [],
        "is_affiliated": False,
        "founding_date": None,
        "dissolution_date": None,
        "replaced_by": None,
        "created_time": iso(organisation.created_at) if organisation else None,
        "last_modified_time": iso(organisation.updated_at) if organisation else None,
    }


# --- places -------------------------------------------------------------------------------------
def place_base(value, name, info_url=None):
    return {
        "@id": ids.api_url("place", value),
        "@context": CONTEXT,
        "@type": "Place",
        "id": value,
        "data_source": ids.data_source(),
        "publisher": None,
        "name": name,
        "street_address": None,
        "postal_code": None,
        "address_locality": None,
        "address_region": None,
        "position": None,
        "info_url": info_url,
        "description": None,
        "email": None,
        "telephone": None,
        "divisions": [],
        "deleted": False,
        "has_upcoming_events": None,
        "created_time": None,
        "last_modified_time": None,
    }


def divisions(municipality, context):
    """The municipality as a Linked Events division (an OCD id from its slug)."""
    if municipality is None:
        return []
    names = context.terms[Municipality].names(municipality) or None
    return [
        {
            "type": "muni",
            "ocd_id": f"ocd-division/country:fi/kunta:{municipality.slug}",
            "municipality": names,
            "name": names,
        }
    ]


def centre_place_id(centre):
    return ids.make(f"centre-{centre.pk}")


def centre_place(centre, pages, context):
    """A sote-centre (its default-language page ``centre``; ``pages``: ``{language: page}``)."""
    place = place_base(
        centre_place_id(centre),
        {language: page.title for language, page in pages.items() if page.title},
        {language: absolute(page.url) for language, page in pages.items() if page.url},
    )
    municipality = context.terms[Municipality].names(centre.municipality)
    return place | {
        "street_address": same_in_every_language(centre.street_address),
        "postal_code": centre.postal_code or None,
        "address_locality": municipality or same_in_every_language(centre.post_office),
        "divisions": divisions(centre.municipality, context),
        "last_modified_time": iso(centre.last_published_at),
    }


def venue_place_id(event):
    return ids.make(f"venue-{event.pk}")


def has_venue(event):
    return bool(event.venue_name or event.street_address)


def venue_place(event, context):
    """The venue an event names (venue, street address, postal code, municipality)."""
    place = place_base(venue_place_id(event), same_in_every_language(event.venue_name))
    locality = None
    if event.municipality_id:
        locality = context.terms[Municipality].names(event.municipality) or None
    return place | {
        "street_address": same_in_every_language(event.street_address),
        "postal_code": event.postal_code or None,
        "address_locality": locality,
        "divisions": divisions(event.municipality if event.municipality_id else None, context),
        "last_modified_time": iso(event.updated_at),
    }


def internet_place():
    return place_base(ids.make(INTERNET), {"fi": "Internet", "sv": "Internet", "en": "Internet"})


def event_place(event, context):
    """The event's place object: its public centre, its venue, the internet, or ``None``."""
    if event.centre_id and event.centre_id in context.centres:
        centre, pages = context.centres[event.centre_id]
        return centre_place(centre, pages, context)
    if has_venue(event):
        return venue_place(event, context)
    if event.channel == event.Channel.ONLINE:
        return internet_place()
    return None


def location(event, context):
    place = event_place(event, context)
    if place is None:
        return None
    if "location" in context.include:
        return place
    return {"@id": place["@id"]}


# --- events -------------------------------------------------------------------------------------
def is_series(event):
    """A repeating event is a ``recurring`` super event; its dates are its sub-events."""
    return bool(event.frequency)


def event_times(event):
    occurrences = list(event.occurrences.all())
    if occurrences:
        return occurrences[0].start, occurrences[-1].end
    return event.start, event.end


def find_occurrence(event, start):
    """The event's date starting at ``start`` (to the minute, Finnish time), or ``None``."""
    wanted = ids.stamp(start)
    for occurrence in event.occurrences.all():
        if ids.stamp(occurrence.start) == wanted:
            return occurrence
    return None


def offers(event):
    fee = text_map(event, "fee_description")
    info_url = None
    if event.registration == event.Registration.LINK and event.registration_url:
        info_url = same_in_every_language(event.registration_url)
    return [
        {
            "is_free": event.is_free,
            "price": None if event.is_free else fee,
            "description": fee,
            "info_url": info_url,
        }
    ]


def images(event):
    data = image_data(event.image, event.image_alt_text)
    if data is None:
        return []
    return [
        {
            "@id": None,
            "@context": CONTEXT,
            "@type": "ImageObject",
            "id": event.image.pk,
            "url": data["url"],
            "name": event.image.title,
            "alt_text": data["alt_text"] or None,
            "license": "event_only",
            "photographer_name": None,
            "data_source": ids.data_source(),
        }
    ]


def enrolment(event, context):
    """Sign-up on the portal: when it opens and closes, places and places left."""
    empty = {
        "enrolment_start_time": None,
        "enrolment_end_time": None,
        "maximum_attendee_capacity": None,
        "minimum_attendee_capacity": None,
        "remaining_attendee_capacity": None,
    }
    if event.registration != event.Registration.PORTAL:
        return empty
    state = registrations.registration_state(event, now=context.now)
    return empty | {
        "enrolment_start_time": iso(event.registration_opens),
        "enrolment_end_time": iso(event.registration_closes),
        "maximum_attendee_capacity": event.capacity,
        "remaining_attendee_capacity": state.places_left,
    }


def publisher(event, context):
    if "publisher" in context.include:
        return organisation_object(event.organisation)
    return organisation_id(event.organisation)


def event_object(event, context, occurrence=None):
    """The event, or (``occurrence`` given) one date of a repeating event as its sub-event."""
    series = is_series(event)
    if occurrence is not None:
        value = ids.event_id(event.pk, occurrence.start)
        start, end = occurrence.start, occurrence.end
    else:
        value = ids.event_id(event.pk)
        start, end = event_times(event)
    sub_events = []
    if series and occurrence is None:
        sub_events = [
            ids.ref("event", ids.event_id(event.pk, o.start)) for o in event.occurrences.all()
        ]
    organiser = event.organisation.name if event.organisation_id else None
    return {
        "@id": ids.api_url("event", value),
        "@context": CONTEXT,
        "@type": "Event/LinkedEvent",
        "id": value,
        "data_source": ids.data_source(),
        "publisher": publisher(event, context),
        "name": text_map(event, "title"),
        "short_description": text_map(event, "summary"),
        "description": text_map(event, "description"),
        "info_url": listing_urls(event) or None,
        "provider": same_in_every_language(organiser),
        "location_extra_info": None,
        "start_time": iso(start),
        "end_time": iso(end),
        "has_start_time": not event.all_day,
        "has_end_time": not event.all_day,
        "event_status": STATUS.get(event.status, "EventScheduled"),
        "type_id": "General",
        "location": location(event, context),
        "is_virtualevent": event.channel != event.Channel.PLACE,
        "virtualevent_url": event.online_url or None,
        "keywords": [keyword(term, context, "keywords") for term in event.themes.all()],
        "audience": [keyword(term, context, "audience") for term in event.target_groups.all()],
        "in_language": [
            language_object(language)
            if "in_language" in context.include
            else ids.ref("language", language.code)
            for language in event.languages.all()
        ],
        "offers": offers(event),
        "images": images(event),
        "external_links": [],
        "videos": [],
        "audience_min_age": None,
        "audience_max_age": None,
        **enrolment(event, context),
        "super_event": ids.ref("event", ids.event_id(event.pk)) if occurrence else None,
        "super_event_type": "recurring" if series and occurrence is None else None,
        "sub_events": sub_events,
        "created_time": iso(event.created_at),
        "last_modified_time": iso(event.updated_at),
        "date_published": iso(event.first_published_at),
        "deleted": False,
        "replaced_by": None,
    }
