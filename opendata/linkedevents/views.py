"""``/api/linkedevents/v1/``: the portal's public events in the shape of the Linked Events API.

Read only through :mod:`opendata.public`: nothing unpublished appears in a list, a count, a
detail or a sub-event. See ``docs/api-linkedevents.md``.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from directory.taxonomy.models import ServiceLanguage, TargetGroup, Theme

from .. import public
from ..http import OpenDataView, on_portal_base
from ..v1.views import event_queryset
from . import ids, objects, params, query

TAGS = ["linked events"]


def page_of(request, rows):
    """``(rows of the page, meta)`` for ``?page=&page_size=``; a page past the end is a 404."""
    page, size = params.paging(request.query_params)
    count = len(rows)
    if page > 1 and (page - 1) * size >= count:
        raise NotFound("Invalid page.")
    url = request.build_absolute_uri()
    meta = {
        "count": count,
        "next": on_portal_base(replace_query_param(url, "page", page + 1))
        if page * size < count
        else None,
        "previous": None,
    }
    if page > 1:
        previous = replace_query_param(url, "page", page - 1)
        meta["previous"] = on_portal_base(
            remove_query_param(previous, "page") if page == 2 else previous
        )
    return rows[(page - 1) * size : page * size], meta


def includes(request):
    return list(params.values(request.query_params, "include"))


def public_centres():
    """``{page pk: (default-language page, {language: page})}`` of every public centre."""
    groups = {}
    for page in public.centres().select_related("locale", "municipality"):
        groups.setdefault(page.translation_key, {})[page.locale.language_code] = page
    centres = {}
    for pages in groups.values():
        default = pages.get(settings.LANGUAGE_CODE) or next(iter(pages.values()))
        for page in pages.values():
            centres[page.pk] = (default, pages)
    return centres


def load_events(pks):
    rows = event_queryset().select_related("municipality").filter(pk__in=set(pks))
    return {event.pk: event for event in rows}


LIST_PARAMETERS = [
    OpenApiParameter(name, str, description=description)
    for name, description in (
        ("start", "Events ending at or after: a date, a date-time, today or now."),
        ("end", "Events starting before the end of this date (or this date-time)."),
        ("days", "Events between now and this many days ahead."),
        ("keyword", "Keyword ids (themes or target groups), any of them (comma-separated)."),
        ("keyword_AND", "Keyword ids that must all be present."),
        ("location", "Place ids (comma-separated)."),
        ("publisher", "Organisation ids (comma-separated)."),
        ("division", "Municipalities: OCD ids (…/kunta:kuopio), slugs or names."),
        ("text", "Words in the name or the descriptions (in any language)."),
        ("is_free", "true or false."),
        ("language", "Texts in, or held in, these languages (codes)."),
        ("in_language", "Held in these languages (codes)."),
        ("event_status", "EventScheduled, EventCancelled, EventPostponed, EventRescheduled."),
        ("event_type", "General (every event here), Course or Volunteering (none)."),
        ("last_modified_since", "Changed at or after this date-time."),
        ("show_deleted", "true: also events removed since last_modified_since, as tombstones."),
        ("super_event", "Sub-events of this event id, or none for top-level events only."),
        ("super_event_type", "recurring (repeating series), umbrella (none here) or none."),
        ("audience_min_age_lt", "Events have no age limits here: matches no event."),
        ("audience_min_age_gt", "Events have no age limits here: matches no event."),
        ("audience_max_age_lt", "Events have no age limits here: matches no event."),
        ("audience_max_age_gt", "Events have no age limits here: matches no event."),
        ("suitable_for", "An age; every event is (none has age limits)."),
        ("ids", "Event ids (comma-separated)."),
        ("sort", "start_time, end_time or last_modified_time; - for descending."),
        ("include", "Inline: location, keywords, audience, in_language, publisher."),
        ("page", "Page number."),
        ("page_size", "Results per page (at most 500)."),
    )
]


class EventList(OpenDataView):
    """Events, each date of a repeating series as a sub-event of its ``recurring`` super
    event. Without start, end or days: events that have not ended."""

    @extend_schema(
        operation_id="linkedevents_event_list",
        summary=_("Events (Linked Events)"),
        tags=TAGS,
        parameters=LIST_PARAMETERS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        wanted = query.read(request.query_params)
        page, meta = page_of(request, query.keys(wanted))
        context = objects.Context(includes(request), public_centres())
        events = load_events(key[2] for key in page if key[1] != query.DELETED)
        tombstones = {key[2]: key for key in page if key[1] == query.DELETED}
        data = []
        for _sort, kind, pk, start in page:
            if kind == query.DELETED:
                data.append(tombstone(pk, tombstones[pk][0]))
                continue
            event = events.get(pk)
            if event is None:
                continue  # left between the two reads
            occurrence = objects.find_occurrence(event, start) if kind == query.SUB else None
            if kind == query.SUB and occurrence is None:
                continue
            data.append(objects.event_object(event, context, occurrence))
        # No Last-Modified on lists: an event leaving a list does not make it newer (the ETag
        # changes, and a conditional GET is answered by it).
        return Response({"meta": meta, "data": data})


def tombstone(pk, removed_at):
    return {
        "@id": ids.api_url("event", ids.event_id(pk)),
        "id": ids.event_id(pk),
        "last_modified_time": objects.iso(removed_at),
        "deleted": True,
    }


class EventDetail(OpenDataView):
    """One event: ``<data source>:<id>``, or one date of a series ``<data source>:<id>.<start>``."""

    @extend_schema(
        operation_id="linkedevents_event_retrieve",
        summary=_("One event (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, id):
        parsed = ids.parse_event(id)
        if parsed is None:
            raise NotFound("No such event.")
        pk, start = parsed
        event = load_events([pk]).get(pk)
        if event is None:
            raise NotFound("No such event.")
        occurrence = None
        if start is not None:
            occurrence = objects.find_occurrence(event, start) if objects.is_series(event) else None
            if occurrence is None:
                raise NotFound("No such event.")
        context = objects.Context(includes(request), public_centres())
        if event.registration != event.Registration.PORTAL:
            # Places left change with every sign-up, not with the event: only the ETag then.
            organisation = event.organisation
            self.remember_last_modified(
                event.updated_at, organisation.updated_at if organisation else None
            )
        return Response(objects.event_object(event, context, occurrence))


# --- places -------------------------------------------------------------------------------------
def venue_events():
    return (
        public.events()
        .exclude(venue_name="", street_address="")
        .select_related("municipality")
        .order_by("pk")
    )


class PlaceList(OpenDataView):
    """The places events name: public sote-centres, the venues given on events and the
    internet (online events)."""

    @extend_schema(
        operation_id="linkedevents_place_list",
        summary=_("Places (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        centres = public_centres()
        defaults = {default.pk: (default, pages) for default, pages in centres.values()}
        rows = [("centre", pk) for pk in sorted(defaults)]
        # An event at a public centre is placed there, not at its venue.
        rows += [
            ("venue", pk)
            for pk, centre in venue_events().values_list("pk", "centre_id")
            if centre not in centres
        ]
        rows.append(("internet", None))
        page, meta = page_of(request, rows)
        context = objects.Context(centres=centres)
        venues = venue_events().filter(pk__in=[pk for kind, pk in page if kind == "venue"])
        venues = {event.pk: event for event in venues}
        data = []
        for kind, pk in page:
            if kind == "centre":
                data.append(objects.centre_place(*defaults[pk], context))
            elif kind == "venue" and pk in venues:
                data.append(objects.venue_place(venues[pk], context))
            elif kind == "internet":
                data.append(objects.internet_place())
        return Response({"meta": meta, "data": data})


class PlaceDetail(OpenDataView):
    @extend_schema(
        operation_id="linkedevents_place_retrieve",
        summary=_("One place (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, id):
        if id == ids.make(objects.INTERNET):
            return Response(objects.internet_place())
        centre_pk = ids.parse_prefixed(id, "centre")
        venue_pk = ids.parse_prefixed(id, "venue")
        if centre_pk is not None:
            centres = public_centres()
            if centre_pk in centres and centres[centre_pk][0].pk == centre_pk:
                context = objects.Context(centres=centres)
                return Response(objects.centre_place(*centres[centre_pk], context))
        if venue_pk is not None:
            event = venue_events().filter(pk=venue_pk).first()
            if event is not None:
                return Response(objects.venue_place(event, objects.Context()))
        raise NotFound("No such place.")


# --- keywords -----------------------------------------------------------------------------------
def terms():
    themes = Theme.objects.default_locale().order_by("sort_order", "name", "pk")
    targets = TargetGroup.objects.default_locale().order_by("sort_order", "name", "pk")
    return list(themes) + list(targets)


class KeywordList(OpenDataView):
    """Themes (events' ``keywords``) and target groups (their ``audience``)."""

    @extend_schema(
        operation_id="linkedevents_keyword_list",
        summary=_("Keywords (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        page, meta = page_of(request, terms())
        context = objects.Context()
        return Response(
            {"meta": meta, "data": [objects.keyword_object(term, context) for term in page]}
        )


class KeywordDetail(OpenDataView):
    @extend_schema(
        operation_id="linkedevents_keyword_retrieve",
        summary=_("One keyword (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, id):
        for model, prefix in ((Theme, "theme"), (TargetGroup, "target")):
            pk = ids.parse_prefixed(id, prefix)
            if pk is not None:
                term = model.objects.default_locale().filter(pk=pk).first()
                if term is not None:
                    return Response(objects.keyword_object(term, objects.Context()))
        raise NotFound("No such keyword.")


# --- organisations ------------------------------------------------------------------------------
class OrganizationList(OpenDataView):
    """Public organisations, and the project itself (the publisher of its own events)."""

    @extend_schema(
        operation_id="linkedevents_organization_list",
        summary=_("Organisations (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        rows = [None, *public.organisations().order_by("name", "pk").values_list("pk", flat=True)]
        page, meta = page_of(request, rows)
        loaded = public.organisations().in_bulk([pk for pk in page if pk is not None])
        data = [
            objects.organisation_object(loaded[pk] if pk else None)
            for pk in page
            if pk is None or pk in loaded
        ]
        return Response({"meta": meta, "data": data})


class OrganizationDetail(OpenDataView):
    @extend_schema(
        operation_id="linkedevents_organization_retrieve",
        summary=_("One organisation (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, id):
        if id == ids.make(objects.PROJECT):
            return Response(objects.organisation_object(None))
        pk = ids.parse_prefixed(id, "org")
        organisation = public.organisations().filter(pk=pk).first() if pk else None
        if organisation is None:
            raise NotFound("No such organisation.")
        self.remember_last_modified(organisation.updated_at)
        return Response(objects.organisation_object(organisation))


# --- languages ----------------------------------------------------------------------------------
class LanguageList(OpenDataView):
    """The languages events are held in (``in_language``)."""

    @extend_schema(
        operation_id="linkedevents_language_list",
        summary=_("Languages (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        languages = list(ServiceLanguage.objects.order_by("sort_order", "code"))
        page, meta = page_of(request, languages)
        return Response({"meta": meta, "data": [objects.language_object(x) for x in page]})


class LanguageDetail(OpenDataView):
    @extend_schema(
        operation_id="linkedevents_language_retrieve",
        summary=_("One language (Linked Events)"),
        tags=TAGS,
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, id):
        valid = id.isascii() and id.isalpha() and len(id) <= 8
        language = ServiceLanguage.objects.filter(code=id).first() if valid else None
        if language is None:
            raise NotFound("No such language.")
        return Response(objects.language_object(language))
