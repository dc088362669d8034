"""The portal API (``/api/v1/``): read-only lists and details of the public data.

Every list is paged (``count``, ``next``, ``previous``, ``results``), sorted stably (ties by id)
and runs the same number of queries whatever its page size (``tests/test_v1.py`` counts them).
"""

from django.conf import settings
from django.db.models import Max, Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from directory.events.models import Event, EventOccurrence
from directory.listings.filters import ACCESSIBILITY_CHOICES
from directory.organisations.models import Activity, Organisation
from directory.registrations.services import with_registration_counts
from directory.taxonomy.models import (
    Municipality,
    ServiceLanguage,
    TargetGroup,
    Theme,
    WellbeingCounty,
)
from pilots.models import CentrePage, CentreType

from .. import public
from ..http import OpenDataMixin, OpenDataView, Paging
from ..models import Tombstone
from ..texts import TermNames, gettext_map
from . import filters
from . import serializers as api

NUMERIC_ID = r"[0-9]+"


class TermsByModel(dict):
    """``{taxonomy model: TermNames}``, each loaded on first use (one query per taxonomy)."""

    def __missing__(self, model):
        self[model] = TermNames(model)
        return self[model]


class PortalViewSet(OpenDataMixin, viewsets.ReadOnlyModelViewSet):
    pagination_class = Paging
    lookup_value_regex = NUMERIC_ID

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["terms"] = TermsByModel()
        context["now"] = timezone.now()
        return context

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            raise NotFound() from None  # DRF's own message, in the request's language

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        self.remember_last_modified(*self.modified_times(instance))
        return Response(self.get_serializer(instance).data)

    def modified_times(self, instance):
        return [getattr(instance, "updated_at", None)]


def municipalities():
    return Municipality.objects.select_related("county")


class ListingViewSet(PortalViewSet):
    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["public_centres"] = set(public.centres().values_list("pk", flat=True))
        return context

    def modified_times(self, instance):
        organisation = getattr(instance, "organisation", None)
        return [instance.updated_at, organisation.updated_at if organisation else None]


@extend_schema_view(
    list=extend_schema(summary=_("Organisations"), tags=["organisations"]),
    retrieve=extend_schema(summary=_("One organisation"), tags=["organisations"]),
)
class OrganisationViewSet(PortalViewSet):
    """Associations, parishes and other organisations with published information."""

    serializer_class = api.OrganisationSerializer
    queryset = Organisation.objects.none()  # the model, for the OpenAPI document
    filterset_class = filters.OrganisationApiFilter

    def get_queryset(self):
        return (
            public.organisations()
            .select_related("wellbeing_county", "logo")
            .prefetch_related(
                "translations",
                "languages",
                Prefetch("municipalities", queryset=municipalities()),
                Prefetch("parent", queryset=public.organisations()),
            )
            .order_by("name", "pk")
        )


@extend_schema_view(
    list=extend_schema(summary=_("Activities"), tags=["activities"]),
    retrieve=extend_schema(summary=_("One activity"), tags=["activities"]),
)
class ActivityViewSet(ListingViewSet):
    """Groups, meeting places, clubs, counselling and other lasting activities."""

    serializer_class = api.ActivitySerializer
    queryset = Activity.objects.none()
    filterset_class = filters.ActivityApiFilter

    def get_queryset(self):
        return (
            public.activities()
            .select_related("organisation", "municipality__county", "centre", "image")
            .prefetch_related("translations", "themes", "target_groups", "languages", "slots")
            .order_by("title", "pk")
        )


def event_queryset():
    return with_registration_counts(
        public.events()
        .select_related("organisation", "municipality__county", "centre", "image")
        .prefetch_related(
            "translations",
            "themes",
            "target_groups",
            "languages",
            Prefetch("occurrences", queryset=EventOccurrence.objects.order_by("start", "pk")),
        )
    )


@extend_schema_view(
    list=extend_schema(
        summary=_("Events"),
        description=_(
            "Events with all their dates (a repeating event is one series with its "
            "occurrences). Without from/to, events with dates still to come."
        ),
        tags=["events"],
    ),
    retrieve=extend_schema(summary=_("One event"), tags=["events"]),
)
class EventViewSet(ListingViewSet):
    serializer_class = api.EventSerializer
    queryset = Event.objects.none()
    filterset_class = filters.EventApiFilter

    def get_queryset(self):
        return event_queryset().order_by("start", "pk")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.action == "list" and not (
            self.request.query_params.get("from")
            or self.request.query_params.get("to")
            or self.request.query_params.get("modified_since")
            or self.request.query_params.get("ids")
        ):
            upcoming = EventOccurrence.objects.upcoming().values("event")
            queryset = queryset.filter(pk__in=upcoming)
        return queryset


@extend_schema_view(
    list=extend_schema(
        summary=_("Event dates"),
        description=_(
            "What happens between two dates: one row per date of an event, soonest first. "
            "Without from/to, the dates still to come. Takes the events' filters."
        ),
        tags=["events"],
    )
)
class OccurrenceViewSet(OpenDataMixin, viewsets.GenericViewSet):
    serializer_class = api.OccurrenceListSerializer
    queryset = Event.objects.none()
    filterset_class = filters.EventApiFilter
    pagination_class = Paging

    def get_queryset(self):
        return public.events()

    def list(self, request, *args, **kwargs):
        event_filter = self.filterset_class(
            request.query_params, self.get_queryset(), request=request
        )
        if not event_filter.is_valid():
            raise serializers.ValidationError(event_filter.errors)
        events = event_filter.qs
        page_filter = event_filter.page_filter_for()
        occurrences = page_filter.occurrence_range(
            EventOccurrence.objects.filter(event__in=events.values("pk"))
        )
        if not (page_filter.date_from or page_filter.date_to):
            occurrences = occurrences.upcoming()
        occurrences = (
            occurrences.select_related("event__organisation", "event__municipality__county")
            .prefetch_related("event__translations")
            .order_by("start", "pk")
        )
        page = self.paginate_queryset(occurrences)
        context = self.get_serializer_context() | {"terms": TermsByModel()}
        data = self.get_serializer(page, many=True, context=context).data
        return self.get_paginated_response(data)


@extend_schema_view(
    list=extend_schema(summary=_("Sote-centres and family centres"), tags=["centres"]),
    retrieve=extend_schema(summary=_("One centre"), tags=["centres"]),
)
class CentreViewSet(PortalViewSet):
    serializer_class = api.CentreSerializer
    queryset = CentrePage.objects.none()
    filterset_class = filters.CentreApiFilter

    def get_queryset(self):
        pages = public.centres()
        default = pages.filter(locale__language_code=settings.LANGUAGE_CODE)
        # One row per centre: its default language's page, or its page in another language.
        elsewhere = pages.exclude(translation_key__in=default.values("translation_key"))
        return (
            CentrePage.objects.filter(
                Q(pk__in=default.values("pk")) | Q(pk__in=elsewhere.values("pk"))
            )
            .select_related("locale", "county", "municipality__county")
            .order_by("title", "pk")
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        translations = {}
        for page in public.centres().select_related("locale"):
            translations.setdefault(page.translation_key, {})[page.locale.language_code] = page
        context["centre_translations"] = translations
        return context

    def modified_times(self, instance):
        return [instance.last_published_at]


# --- taxonomies ---------------------------------------------------------------------------------
class TermViewSet(PortalViewSet):
    serializer_class = api.TermSerializer
    model = None

    def get_queryset(self):
        return self.model.objects.default_locale().order_by("sort_order", "name", "pk")


def term_viewset(model, serializer=api.TermSerializer, summary="", queryset=None):
    attrs = {"model": model, "serializer_class": serializer, "queryset": model.objects.none()}
    if queryset is not None:
        attrs["get_queryset"] = lambda self: queryset()
    viewset = type(f"{model.__name__}ViewSet", (TermViewSet,), attrs)
    return extend_schema_view(
        list=extend_schema(summary=summary, tags=["taxonomies"]),
        retrieve=extend_schema(summary=summary, tags=["taxonomies"]),
    )(viewset)


ThemeViewSet = term_viewset(Theme, summary=_("Themes"))
TargetGroupViewSet = term_viewset(TargetGroup, summary=_("Target groups"))
CountyViewSet = term_viewset(WellbeingCounty, summary=_("Wellbeing services counties"))
MunicipalityViewSet = term_viewset(
    Municipality,
    api.MunicipalitySerializer,
    summary=_("Municipalities"),
    queryset=lambda: (
        municipalities()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("sort_order", "name", "pk")
    ),
)


class ChoiceListSerializer(serializers.Serializer):
    activity_kinds = api.ChoiceSerializer(many=True)
    activity_channels = api.ChoiceSerializer(many=True)
    event_channels = api.ChoiceSerializer(many=True)
    organisation_types = api.ChoiceSerializer(many=True)
    centre_types = api.ChoiceSerializer(many=True)
    accessibility = api.ChoiceSerializer(many=True)


def choices(choices_class):
    return [api.choice(choices_class, value) for value in choices_class.values if value]


class KindsView(OpenDataView):
    """The fixed value lists: kinds of activity, channels, organisation and centre types."""

    @extend_schema(
        summary=_("Kinds and other fixed values"),
        tags=["taxonomies"],
        responses=ChoiceListSerializer,
    )
    def get(self, request):
        return Response(
            {
                "activity_kinds": choices(Activity.Kind),
                "activity_channels": choices(Activity.Channel),
                "event_channels": choices(Event.Channel),
                "organisation_types": choices(Organisation.Type),
                "centre_types": choices(CentreType),
                "accessibility": [
                    {"code": flag, "name": gettext_map(label)}
                    for flag, label in ACCESSIBILITY_CHOICES.items()
                ],
            }
        )


class LanguagesView(OpenDataView):
    """The languages activities and events are held in."""

    @extend_schema(
        summary=_("Service languages"),
        tags=["taxonomies"],
        responses=api.ServiceLanguageSerializer(many=True),
    )
    def get(self, request):
        languages = ServiceLanguage.objects.order_by("sort_order", "code")
        return Response(api.ServiceLanguageSerializer(languages, many=True).data)


# --- tombstones ---------------------------------------------------------------------------------
class TombstoneSerializer(serializers.Serializer):
    kind = serializers.CharField()
    id = serializers.IntegerField(source="object_id")
    removed = serializers.DateTimeField(source="removed_at")


class TombstoneFilterSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Tombstone.Kind.choices, required=False)
    modified_since = serializers.DateTimeField(required=False)


@extend_schema_view(
    list=extend_schema(
        summary=_("Removed listings"),
        description=_(
            "Organisations, activities, events and centres that left the public data (were "
            "unpublished, deleted or ended) at or after modified_since: an id and a time, no "
            "text. A client keeping a copy removes these after fetching the changed ones."
        ),
        parameters=[
            OpenApiParameter("kind", str, enum=list(Tombstone.Kind.values)),
            OpenApiParameter("modified_since", {"type": "string", "format": "date-time"}),
        ],
        tags=["synchronisation"],
    )
)
class TombstoneViewSet(OpenDataMixin, viewsets.GenericViewSet):
    serializer_class = TombstoneSerializer
    pagination_class = Paging
    filter_backends = []

    queryset = Tombstone.objects.none()

    def list(self, request, *args, **kwargs):
        params = TombstoneFilterSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        kinds = [params.validated_data["kind"]] if "kind" in params.validated_data else None
        since = params.validated_data.get("modified_since")
        rows = Tombstone.objects.none()
        for kind in kinds or Tombstone.Kind.values:
            public_ids = self.public_ids(kind)
            rows = rows | Tombstone.objects.since(kind, since, public_ids)
        rows = rows.order_by("removed_at", "kind", "object_id")
        self.remember_last_modified(rows.aggregate(latest=Max("removed_at"))["latest"])
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @staticmethod
    def public_ids(kind):
        if kind == Tombstone.Kind.CENTRE:
            return public.centres().values("pk")
        _model, queryset = public.PUBLIC[kind]
        return queryset().values("pk")
