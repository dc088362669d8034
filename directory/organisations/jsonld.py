"""schema.org data of an organisation's public page (the generic pieces: ``portal.jsonld``).

Only what the public page shows is published: name, abbreviation, type, description, logo,
website, e-mail, phone, postal address, the business ID, a live parent organisation, and the
municipalities and wellbeing services county where it is active. Representatives, moderation
and reminder data never appear. The business ID is schema.org ``taxID`` (the Y-tunnus is the
Finnish Tax Administration's identifier of the organisation) and an ``identifier``
``PropertyValue`` with ``propertyID`` ``FI:Y-tunnus``.
"""

from django.utils.translation import get_language

from directory.taxonomy.models import Municipality, localized_names
from portal.addresses import absolute
from portal.jsonld import administrative_areas, business_id, compact, postal_address
from portal.languages import localized

from .models import Organisation

# schema.org has NGO for non-governmental organisations; parishes and the rest are plain
# Organizations (schema.org's places of worship are places, not organisations).
SCHEMA_TYPES = {
    Organisation.Type.PARISH: "Organization",
    Organisation.Type.OTHER: "Organization",
}
LOGO_FILTER = "max-600x600"


def schema_type(organisation):
    return SCHEMA_TYPES.get(organisation.type, "NGO")


def _reference(organisation):
    return {
        "@type": schema_type(organisation),
        "name": organisation.name,
        "url": absolute(organisation.get_absolute_url()),
    }


def organisation_json_ld(organisation, language=None):
    """schema.org ``NGO`` / ``Organization`` of a public organisation."""
    language = language or get_language()
    municipalities = list(organisation.municipalities.all())
    names = localized_names(Municipality, municipalities, language) if municipalities else {}
    areas = [names.get(m.slug, m.name) for m in municipalities]
    if organisation.wellbeing_county_id:
        areas += [county.name for county in localized([organisation.wellbeing_county], language)]
    parent = organisation.public_parent
    logo = organisation.logo.get_rendition(LOGO_FILTER) if organisation.logo_id else None
    return compact(
        {
            "@context": "https://schema.org",
            **_reference(organisation),
            "alternateName": organisation.abbreviation,
            "description": organisation.text("description", language).text,
            "logo": absolute(logo.url) if logo else "",
            "sameAs": organisation.website,
            "email": organisation.email,
            "telephone": organisation.phone,
            "address": postal_address(
                organisation.street_address, organisation.postal_code, organisation.post_office
            ),
            "identifier": business_id(organisation.business_id),
            "taxID": organisation.business_id,
            "parentOrganization": _reference(parent) if parent else None,
            "areaServed": administrative_areas(areas),
        }
    )
