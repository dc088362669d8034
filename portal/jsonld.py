"""schema.org JSON-LD blocks, safe to embed in a page whatever the data holds."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe


def json_ld_script(data):
    """``<script type="application/ld+json">`` with ``data``: nothing in the data (an event's
    title such as ``</script><img …>``) can close the element or start markup."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def compact(data):
    """``data`` without empty values (``""``, ``None``, ``[]``, ``{}``), nested dicts too, so
    a field an organisation left blank is left out instead of published as empty."""
    result = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = compact(value)
            if set(value) <= {"@type"}:
                value = None
        elif isinstance(value, list):
            value = [compact(v) if isinstance(v, dict) else v for v in value if v not in ("", None)]
        if value not in ("", None, [], {}):
            result[key] = value
    return result


def postal_address(street, postal_code, locality, country="FI"):
    """schema.org ``PostalAddress``, or None without a street, postal code or locality."""
    if not (street or postal_code or locality):
        return None
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": street,
            "postalCode": postal_code,
            "addressLocality": locality,
            "addressCountry": country,
        }
    )


def business_id(value):
    """A Finnish business ID (Y-tunnus) as schema.org ``identifier``: a ``PropertyValue``
    whose ``propertyID`` names the register (schema.org has no Y-tunnus property)."""
    if not value:
        return None
    return {"@type": "PropertyValue", "propertyID": "FI:Y-tunnus", "value": value}


def administrative_areas(names):
    """``areaServed``: one schema.org ``AdministrativeArea`` per name."""
    return [{"@type": "AdministrativeArea", "name": str(name)} for name in names if name]
