"""Where an organisation or activity could show in ``/api/hsds/`` (for
``portal.tests.support.assert_not_public``): ``(url, check)`` pairs.

Details must answer 404; lists (in each language, plain and fully nested) must not show the
object's texts. Events are not in the HSDS data.
"""

from urllib.parse import quote

from django.conf import settings

from directory.organisations.models import Activity, Organisation
from opendata.hsds import ids
from portal.tests.support import NO_TEXT, NOT_FOUND

API = "/api/hsds/"
MANY = "per_page=500"


def surfaces(obj):
    if not isinstance(obj, Activity | Organisation):
        return []
    outputs = []
    for language, _name in settings.LANGUAGES:
        lang = f"lang={language}&{MANY}"
        outputs += [
            (f"{API}organizations?{lang}&full=true&full_service=true", NO_TEXT),
            (f"{API}services?{lang}&full=true", NO_TEXT),
            (f"{API}service_at_locations?{lang}&full=true", NO_TEXT),
            (f"{API}locations?{lang}", NO_TEXT),
            (f"{API}services?{lang}&search={quote(str(obj)[:60])}", NO_TEXT),
        ]
    if isinstance(obj, Organisation):
        organisation_id = ids.hsds_id(ids.ORGANISATION, obj.pk)
        outputs += [
            (f"{API}organizations/{organisation_id}", NOT_FOUND),
            (f"{API}services?organization_id={organisation_id}&full=true&{MANY}", NO_TEXT),
        ]
        for activity in Activity.objects.filter(organisation=obj):
            outputs += activity_details(activity)
    else:
        outputs += activity_details(obj)
        organisation_id = ids.hsds_id(ids.ORGANISATION, obj.organisation_id)
        outputs.append(
            (
                f"{API}organizations/{organisation_id}?full_service=true",
                NO_TEXT if obj.organisation.live else NOT_FOUND,
            )
        )
    return outputs


def activity_details(activity):
    return [
        (f"{API}services/{ids.hsds_id(ids.ACTIVITY, activity.pk)}", NOT_FOUND),
        (f"{API}service_at_locations/{ids.hsds_id(ids.AT_VENUE, activity.pk)}", NOT_FOUND),
        (f"{API}service_at_locations/{ids.hsds_id(ids.AT_CENTRE, activity.pk)}", NOT_FOUND),
        (f"{API}locations/{ids.hsds_id(ids.VENUE, activity.pk)}", NOT_FOUND),
    ]
