"""Portal rows as HSDS 3.0 objects: organizations, locations, taxonomies and their terms.

Each function takes a row and the request's :class:`~opendata.hsds.context.Context` and gives
a ``dict`` in the HSDS shape. Optional fields without a value are left out (HSDS fields are not
nullable). Texts are in ``context.language`` when the row has them in it, else in the original
language (:meth:`directory.listings.models.Listing.text`); the ``text_language`` attribute tells
which.
"""

from directory.listings.filters import ACCESSIBILITY_CHOICES
from portal.addresses import absolute

from ..links import listing_urls
from . import ids
from .context import TAXONOMIES, TAXONOMY_OF_MODEL, in_language

COUNTRY = "FI"
BUSINESS_ID_SCHEME = "FI-YTUNNUS"
BUSINESS_ID_TYPE = "Y-tunnus"


def put(data, **values):
    """Add the ``values`` that are not empty to ``data``."""
    for key, value in values.items():
        if value not in (None, "", []):
            data[key] = value
    return data


def listing_text(listing, field_name, context):
    """The text of ``field_name`` in the chosen language, else the original (``str``)."""
    return listing.text(field_name, context.language).text or ""


def listing_url(listing, context):
    urls = listing_urls(listing)
    return urls.get(context.language) or urls.get(listing.original_language) or ""


def text_language_attribute(object_id, entity, language):
    """Says which language the object's texts are in (``link_type`` ``text_language``)."""
    return {
        "id": ids.sub_id(object_id, "text-language"),
        "link_id": object_id,
        "link_entity": entity,
        "link_type": "text_language",
        "value": language,
    }


def listing_language(listing, field_name, context):
    return listing.text(field_name, context.language).language


# --- taxonomies ---------------------------------------------------------------------------------
def taxonomy(slug, context):
    spec = TAXONOMIES[slug]
    return {
        "id": ids.hsds_id(ids.TAXONOMY, slug),
        "name": in_language(spec["name"], context.language),
        "description": in_language(spec["description"], context.language),
        "uri": absolute(f"/api/hsds/taxonomies/{ids.hsds_id(ids.TAXONOMY, slug)}"),
        "version": "1",
    }


def term_kind(model):
    return ids.THEME if TAXONOMY_OF_MODEL[model] == "themes" else ids.TARGET_GROUP


def taxonomy_term(term, context):
    """A theme or target group (its default-locale row, the one listings point to)."""
    slug = TAXONOMY_OF_MODEL[type(term)]
    name, language = context.term_name(term)
    return {
        "id": ids.hsds_id(term_kind(type(term)), term.pk),
        "code": term.slug,
        "name": name,
        "description": context.term_field(term, "description"),
        "taxonomy": slug,
        "taxonomy_detail": taxonomy(slug, context),
        "language": language,
        "taxonomy_id": ids.hsds_id(ids.TAXONOMY, slug),
    }


def term_attribute(object_id, entity, term, context):
    term_data = taxonomy_term(term, context)
    return {
        "id": ids.sub_id(object_id, f"term:{term_data['id']}"),
        "link_id": object_id,
        "link_entity": entity,
        "link_type": TAXONOMY_OF_MODEL[type(term)],
        "taxonomy_term_id": term_data["id"],
        "taxonomy_term": term_data,
    }


# --- organizations ------------------------------------------------------------------------------
def organization_id(organisation):
    return ids.hsds_id(ids.ORGANISATION, organisation.pk)


def organization_list(organisation, context):
    """The one-to-one fields (``compiled/organization_list.json``).

    Prefetch ``translations`` and ``parent`` with a public queryset (a parent that is not
    public is left out)."""
    data = {
        "id": organization_id(organisation),
        "name": organisation.name,
        "description": listing_text(organisation, "description", context),
    }
    parent = organisation.public_parent
    logo = organisation.logo
    return put(
        data,
        alternate_name=organisation.abbreviation,
        email=organisation.email,
        website=organisation.website,
        logo=absolute(logo.file.url) if logo else "",
        uri=listing_url(organisation, context),
        parent_organization_id=organization_id(parent) if parent else "",
    )


def organization_full(organisation, context, services):
    """The nested organization (``compiled/organization.json``) with ``services`` given."""
    data = organization_list(organisation, context)
    object_id = data["id"]
    if organisation.business_id:
        data["organization_identifiers"] = [
            {
                "id": ids.sub_id(object_id, "business-id"),
                "organization_id": object_id,
                "identifier_scheme": BUSINESS_ID_SCHEME,
                "identifier_type": BUSINESS_ID_TYPE,
                "identifier": organisation.business_id,
            }
        ]
    if organisation.phone:
        data["phones"] = [
            {
                "id": ids.sub_id(object_id, "phone"),
                "organization_id": object_id,
                "number": organisation.phone,
            }
        ]
    if organisation.street_address:
        data["locations"] = [organisation_location(organisation, context)]
    data["services"] = services
    data["attributes"] = [
        text_language_attribute(
            object_id,
            "organization",
            listing_language(organisation, "description", context),
        )
    ]
    return data


def organisation_location(organisation, context):
    """The organisation's own (postal) address: shown inside the organization only."""
    location_id = ids.sub_id(organization_id(organisation), "address")
    return {
        "id": location_id,
        "location_type": "postal",
        "organization_id": organization_id(organisation),
        "name": organisation.name,
        "addresses": [
            address(
                location_id,
                "postal",
                organisation.street_address,
                organisation.post_office,
                organisation.postal_code,
                context.term_name(organisation.wellbeing_county)[0],
            )
        ],
    }


# --- locations ----------------------------------------------------------------------------------
def address(location_id, kind, street, city, postal_code, region):
    return {
        "id": ids.sub_id(location_id, "address"),
        "location_id": location_id,
        "address_1": street,
        "city": city,
        "state_province": region,
        "postal_code": postal_code,
        "country": COUNTRY,
        "address_type": kind,
    }


def has_venue(channel, venue_name, street_address):
    """Whether an activity has a place of its own to go to (a location of its own)."""
    return channel in ("place", "hybrid") and bool(venue_name or street_address)


def venue_location(activity, context):
    """An activity's venue, with its address and accessibility."""
    location_id = ids.hsds_id(ids.VENUE, activity.pk)
    municipality = activity.municipality
    county = municipality.county if municipality else None
    data = {
        "id": location_id,
        "location_type": "physical",
        "organization_id": organization_id(activity.organisation),
    }
    put(data, name=activity.venue_name or activity.street_address)
    if activity.street_address:
        data["addresses"] = [
            address(
                location_id,
                "physical",
                activity.street_address,
                context.term_name(municipality)[0],
                activity.postal_code,
                context.term_name(county)[0],
            )
        ]
    flags = [
        context.gettext(label)
        for flag, label in ACCESSIBILITY_CHOICES.items()
        if getattr(activity, flag)
    ]
    if activity.accessibility_not_guaranteed:
        flags.append(
            context.gettext(
                type(activity)._meta.get_field("accessibility_not_guaranteed").verbose_name
            )
        )
    details = listing_text(activity, "accessibility_details", context)
    if flags or details:
        data["accessibility"] = [
            put(
                {"id": ids.sub_id(location_id, "accessibility"), "location_id": location_id},
                description=", ".join(flags),
                details=details,
            )
        ]
    return data


def centre_location(key, context):
    """A sote-centre or family centre (its pages in every language are one location)."""
    page = context.centre_page(key)
    location_id = ids.hsds_id(ids.CENTRE, key)
    data = {"id": location_id, "location_type": "physical", "name": page.title}
    put(data, url=context.centre_url(page), description=page.introduction)
    if page.street_address:
        data["addresses"] = [
            address(
                location_id,
                "physical",
                page.street_address,
                page.post_office or context.term_name(page.municipality)[0],
                page.postal_code,
                context.term_name(page.county)[0],
            )
        ]
    if page.opening_hours:
        data["schedules"] = [
            {
                "id": ids.sub_id(location_id, "opening-hours"),
                "location_id": location_id,
                "description": page.opening_hours,
            }
        ]
    data["attributes"] = [
        text_language_attribute(location_id, "location", page.locale.language_code)
    ]
    return data
