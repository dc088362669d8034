"""Activities as HSDS 3.0 services, and where they are held as ``service_at_location`` rows.

Prefetch as :func:`opendata.hsds.queries.activities` does, so that a page of services costs the
same number of queries whatever its size.
"""

from ..v1.serializers import BYDAY
from . import ids
from .objects import (
    centre_location,
    has_venue,
    listing_language,
    listing_text,
    listing_url,
    organization_list,
    put,
    term_attribute,
    text_language_attribute,
    venue_location,
)

STATUS = {"active": "active", "paused": "temporarily closed", "ended": "inactive"}
CURRENCY = "EUR"


def service_id(activity):
    return ids.hsds_id(ids.ACTIVITY, activity.pk)


def service_list(activity, context):
    """The one-to-one fields and the organization (``compiled/service_list.json``)."""
    data = {
        "id": service_id(activity),
        "organization_id": ids.hsds_id(ids.ORGANISATION, activity.organisation_id),
        "name": listing_text(activity, "title", context),
        "status": STATUS.get(activity.status, "active"),
    }
    description = listing_text(activity, "description", context)
    summary = listing_text(activity, "summary", context)
    put(
        data,
        description="\n\n".join(text for text in (summary, description) if text),
        url=listing_url(activity, context),
        email=activity.contact_email,
        fees_description=listing_text(activity, "fee_description", context),
        application_process=listing_text(activity, "registration_instructions", context)
        or activity.registration_url,
        minimum_age=activity.min_age,
        maximum_age=activity.max_age,
        last_modified=activity.updated_at.isoformat(),
    )
    data["organization"] = organization_list(activity.organisation, context)
    return data


def locations_of(activity, context):
    """``[(kind, location)]``: the activity's venue and its public centre."""
    found = []
    if has_venue(activity.channel, activity.venue_name, activity.street_address):
        found.append((ids.AT_VENUE, venue_location(activity, context)))
    centre_key = context.centre_key(activity.centre_id) if activity.centre_id else None
    if centre_key:
        found.append((ids.AT_CENTRE, centre_location(centre_key, context)))
    return found


def service_at_location_id(kind, activity):
    return ids.hsds_id(kind, activity.pk)


def service_at_location(activity, kind, location, context, with_service=True):
    data = {
        "id": service_at_location_id(kind, activity),
        "service_id": service_id(activity),
        "location_id": location["id"],
        "location": location,
    }
    if with_service:
        data["service"] = service_list(activity, context)
        data["service"].pop("organization")
    return data


def schedules(activity, context):
    object_id = service_id(activity)
    note = listing_text(activity, "schedule_note", context)
    common = put(
        {"service_id": object_id},
        valid_from=activity.valid_from.isoformat() if activity.valid_from else "",
        valid_to=activity.valid_to.isoformat() if activity.valid_to else "",
        description=note,
    )
    rows = []
    for slot in activity.slots.all():
        row = {"id": ids.sub_id(object_id, f"slot:{slot.pk}")} | common
        row |= {"freq": "WEEKLY", "wkst": "MO", "interval": 1, "byday": BYDAY[slot.weekday]}
        row["opens_at"] = slot.start_time.strftime("%H:%M")
        if slot.end_time:
            row["closes_at"] = slot.end_time.strftime("%H:%M")
        rows.append(row)
    if not rows and note:
        rows.append({"id": ids.sub_id(object_id, "schedule")} | common)
    return rows


def languages(activity, context):
    object_id = service_id(activity)
    rows = []
    for language in activity.languages.all():
        row = {
            "id": ids.sub_id(object_id, f"language:{language.code}"),
            "service_id": object_id,
            "name": context.gettext(type(language).Code(language.code).label),
        }
        if language.code not in ("plain", "other"):  # not ISO 639 codes
            row["code"] = language.code
        rows.append(row)
    return rows


def cost_options(activity, context):
    object_id = service_id(activity)
    row = {"id": ids.sub_id(object_id, "cost"), "service_id": object_id}
    fee = listing_text(activity, "fee_description", context)
    if activity.is_free:
        row |= {"option": "free", "amount": 0, "currency": CURRENCY}
    else:
        row["option"] = "fee"
    return [put(row, amount_description=fee)]


def contacts(activity):
    if not (activity.contact_name or activity.contact_email or activity.contact_phone):
        return []
    object_id = service_id(activity)
    contact_id = ids.sub_id(object_id, "contact")
    contact = put(
        {"id": contact_id, "service_id": object_id},
        name=activity.contact_name,
        email=activity.contact_email,
    )
    if activity.contact_phone:
        contact["phones"] = [
            {
                "id": ids.sub_id(contact_id, "phone"),
                "contact_id": contact_id,
                "number": activity.contact_phone,
            }
        ]
    return [contact]


def service_areas(activity, context):
    municipality = activity.municipality
    if municipality is None:
        return []
    object_id = service_id(activity)
    return [
        {
            "id": ids.sub_id(object_id, "area"),
            "service_id": object_id,
            "name": context.term_name(municipality)[0],
        }
    ]


def service_full(activity, context):
    """The nested service (``compiled/service.json``)."""
    data = service_list(activity, context)
    object_id = data["id"]
    data["schedules"] = schedules(activity, context)
    data["service_areas"] = service_areas(activity, context)
    data["service_at_locations"] = [
        service_at_location(activity, kind, location, context, with_service=False)
        for kind, location in locations_of(activity, context)
    ]
    data["languages"] = languages(activity, context)
    data["cost_options"] = cost_options(activity, context)
    data["contacts"] = contacts(activity)
    terms = [*activity.themes.all(), *activity.target_groups.all()]
    data["attributes"] = [
        text_language_attribute(object_id, "service", listing_language(activity, "title", context)),
        *(term_attribute(object_id, "service", term, context) for term in terms),
    ]
    return data


def service_at_location_full(activity, kind, location, context):
    """``compiled/service_at_location.json``: the row with its location and full service."""
    data = service_at_location(activity, kind, location, context, with_service=False)
    service = service_full(activity, context)
    service.pop("service_at_locations")
    data["service"] = service
    data["schedules"] = [
        row | {"service_at_location_id": data["id"]} for row in service["schedules"]
    ]
    return data
