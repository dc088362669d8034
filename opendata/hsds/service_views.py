"""``/api/hsds/services``, ``/service_at_locations`` and ``/locations``.

Where a list's rows are not one queryset's (a service has up to two locations; locations are
venues and centres), the list first reads the public keys alone (one light query), pages them,
then reads only the page's activities with their prefetches.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from .. import public
from . import ids, objects, queries, services
from .views import FULL, SERVICE_FILTERS, HsdsView, hsds, lookup


def by_pk(pks):
    """The public activities with these ids, fully prefetched: ``{pk: activity}``."""
    return {activity.pk: activity for activity in queries.activities().filter(pk__in=pks)}


class ServiceListView(HsdsView):
    @hsds(
        "getPaginatedListOfServices",
        _("HSDS services"),
        "compiled/service_list.json",
        [*SERVICE_FILTERS, FULL],
        True,
    )
    def get(self, request):
        context = self.context()
        full = queries.boolean(request, "full")
        rows = queries.filter_activities(request, queries.activities())
        build = services.service_full if full else services.service_list
        return self.paged(
            rows.count(), lambda start, end: [build(row, context) for row in rows[start:end]]
        )


class ServiceDetailView(HsdsView):
    @hsds("getFullyNestedServiceById", _("One HSDS service"), "compiled/service.json")
    def get(self, request, id):
        context = self.context()
        keys = public.activities().values_list("pk", flat=True)
        pk = lookup(ids.IdMap(ids.ACTIVITY, keys), id)
        activity = queries.activities().get(pk=pk)
        self.remember_last_modified(activity.updated_at, activity.organisation.updated_at)
        return Response(services.service_full(activity, context))


# --- services at locations ----------------------------------------------------------------------
def placements(activities, context):
    """``[(kind, activity pk)]``: a row per activity at its venue and at its public centre."""
    rows = []
    fields = ("pk", "channel", "venue_name", "street_address", "centre_id")
    for pk, channel, venue_name, street_address, centre_id in activities.values_list(*fields):
        if objects.has_venue(channel, venue_name, street_address):
            rows.append((ids.AT_VENUE, pk))
        if centre_id and context.centre_key(centre_id):
            rows.append((ids.AT_CENTRE, pk))
    return rows


def located(kind, activity, context):
    """The activity's location of this kind (its venue or its centre)."""
    return dict(services.locations_of(activity, context))[kind]


class ServiceAtLocationListView(HsdsView):
    @hsds(
        "getPaginatedListOfServiceAtLocation",
        _("HSDS services at locations"),
        "compiled/service_at_location_list.json",
        [*SERVICE_FILTERS, FULL],
        True,
    )
    def get(self, request):
        context = self.context()
        full = queries.boolean(request, "full")
        rows = placements(queries.filter_activities(request, queries.activities()), context)

        def build(start, end):
            page = rows[start:end]
            activities = by_pk([pk for _kind, pk in page])
            answer = []
            for kind, pk in page:
                activity = activities[pk]
                location = located(kind, activity, context)
                if full:
                    answer.append(
                        services.service_at_location_full(activity, kind, location, context)
                    )
                else:
                    location = {key: value for key, value in location.items() if key in LIST}
                    answer.append(services.service_at_location(activity, kind, location, context))
            return answer

        return self.paged(len(rows), build)


# The location fields of ``service_at_location_list.json`` (one-to-one ones).
LIST = ("id", "location_type", "url", "organization_id", "name", "description")


class ServiceAtLocationDetailView(HsdsView):
    @hsds(
        "getServiceAtLocationWithNestedDataById",
        _("One HSDS service at a location"),
        "compiled/service_at_location.json",
    )
    def get(self, request, id):
        context = self.context()
        rows = placements(public.activities(), context)
        wanted = ids.parse_uuid(id)
        for kind, pk in rows:
            if ids.hsds_id(kind, pk) == wanted:
                activity = queries.activities().get(pk=pk)
                location = located(kind, activity, context)
                self.remember_last_modified(activity.updated_at)
                return Response(
                    services.service_at_location_full(activity, kind, location, context)
                )
        raise NotFound("No such object.")


# --- locations ----------------------------------------------------------------------------------
def location_keys(context):
    """``[(kind, key)]``: the public centres, then the listed activities' venues."""
    return [(ids.CENTRE, key) for key in context.centre_keys()] + [
        (ids.VENUE, pk)
        for kind, pk in placements(public.activities().order_by("title", "pk"), context)
        if kind == ids.AT_VENUE
    ]


def build_locations(keys, context):
    activities = by_pk([key for kind, key in keys if kind == ids.VENUE])
    return [
        objects.centre_location(key, context)
        if kind == ids.CENTRE
        else objects.venue_location(activities[key], context)
        for kind, key in keys
    ]


class LocationListView(HsdsView):
    @hsds(
        "getPaginatedListOfLocations",
        _("HSDS locations (an addition to HSDS's paths)"),
        "location.json",
        many=True,
    )
    def get(self, request):
        context = self.context()
        keys = location_keys(context)
        return self.paged(len(keys), lambda start, end: build_locations(keys[start:end], context))


class LocationDetailView(HsdsView):
    @hsds("getLocationById", _("One HSDS location"), "location.json")
    def get(self, request, id):
        context = self.context()
        wanted = ids.parse_uuid(id)
        for kind, key in location_keys(context):
            if ids.hsds_id(kind, key) == wanted:
                return Response(build_locations([(kind, key)], context)[0])
        raise NotFound("No such object.")
