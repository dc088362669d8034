"""What the open data shows: each kind's public rows, from each model's one rule for "public".

Activities that have ended stay on their public page but leave the lists, feeds and the API
(``Activity.objects.listed()``), so a synchronised copy drops them as it drops unpublished ones.
"""

from directory.events.models import Event
from directory.organisations.models import Activity, Organisation
from pilots.models import CentrePage

from .models import Tombstone

# The fields the open data searches in organisations (activities and events use the fields of
# the directory's and calendar's filters: ``ActivityFilter.text_fields``, ``EventFilter``'s).
ORGANISATION_TEXT_FIELDS = ("name", "abbreviation", "description", "translations__description")


def organisations():
    return Organisation.objects.public()


def activities():
    return Activity.objects.listed()


def events():
    return Event.objects.public()


def centres():
    """Live, public centre pages that are not aliases (one row per centre and language)."""
    return CentrePage.objects.live().public().filter(alias_of__isnull=True)


PUBLIC = {
    Tombstone.Kind.ORGANISATION: (Organisation, organisations),
    Tombstone.Kind.ACTIVITY: (Activity, activities),
    Tombstone.Kind.EVENT: (Event, events),
}
