"""The portal API's query parameters, as django-filter filter sets.

Activities and events take the public facets with the same names and values as the directory's
and the calendar's pages (``municipality``, ``theme``, ``target``, ``kind``, ``language``,
``channel``, ``free``, ``access``, ``q``; events also ``from``/``to`` and ``organiser``): those
are applied by the pages' own filter sets (``ActivityFilter``, ``EventFilter``), so a list on the
site and the API always agree. The filters declared here describe them for the OpenAPI document
and add what only a client needs: ``county``, ``organisation``, ``centre``, ``modified_since``
and ``ids``.
"""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

from directory.events.filters import END_NOT_A_DATE, START_NOT_A_DATE, EventFilter
from directory.listings.filters import ACCESSIBILITY_CHOICES, words_condition
from directory.organisations.filters import ActivityFilter
from portal.numbers import parse_id

from .. import public
from ..moments import in_utc

MAX_IDS = 200


class Values(django_filters.BaseInFilter, django_filters.CharFilter):
    """Comma-separated values (any of them), described by their label in the OpenAPI document
    (django-filter's generic help text would take its place)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", kwargs.get("label"))
        super().__init__(*args, **kwargs)


def _ids(values):
    ids = [parse_id(value) for value in values[:MAX_IDS]]
    return [value for value in ids if value is not None]


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 time of any offset, compared in UTC (:mod:`opendata.moments`)."""

    def __init__(self, *args, parameter="modified_since", **kwargs):
        super().__init__(*args, **kwargs)
        self.parameter = parameter  # named in the 400 answer

    def filter(self, qs, value):
        return super().filter(qs, in_utc(value, self.parameter))


class ApiFilter(django_filters.FilterSet):
    """What every listing's API filter set shares."""

    modified_since = UtcDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        label=_("Changed at or after this time (ISO 8601), for keeping a copy in step."),
    )
    ids = Values(method="filter_ids", label=_("Only these ids (comma-separated)."))
    organisation = Values(
        method="filter_organisation", label=_("Organisation ids or slugs (comma-separated).")
    )

    def filter_ids(self, queryset, name, values):
        return queryset.filter(pk__in=_ids(values))

    def filter_organisation(self, queryset, name, values):
        return queryset.filter(
            Q(organisation__pk__in=_ids(values)) | Q(organisation__slug__in=values)
        )


def _facet(label):
    return django_filters.CharFilter(method="keep", label=label)


class PublicFacets(ApiFilter):
    """The directory's facets, applied by the public page's filter set (``page_filter``)."""

    page_filter = None

    q = _facet(_("Words in the title, summary, description or organiser's name."))
    municipality = _facet(_("Municipality slug (repeat for any of several)."))
    theme = _facet(_("Theme slug (repeat for any of several)."))
    target = _facet(_("Target group slug (repeat for any of several)."))
    language = _facet(_("Service language code, e.g. fi, sv, en, fse (repeat for several)."))
    channel = _facet(_("How to take part: place, online, phone, hybrid."))
    free = django_filters.BooleanFilter(method="keep", label=_("Only free of charge."))
    access = django_filters.MultipleChoiceFilter(
        method="keep",
        choices=list(ACCESSIBILITY_CHOICES.items()),
        label=_("Accessibility features that must all be present (repeat)."),
    )
    county = Values(
        method="filter_county", label=_("Wellbeing services county slug (comma-separated).")
    )
    centre = Values(method="filter_centre", label=_("Sote-centre page ids (comma-separated)."))

    def keep(self, queryset, name, value):
        return queryset

    def filter_county(self, queryset, name, values):
        return queryset.filter(municipality__county__slug__in=values)

    def filter_centre(self, queryset, name, values):
        from pilots.models import CentrePage  # noqa: PLC0415 - imported where used

        ids = _ids(values)
        keys = CentrePage.objects.filter(pk__in=ids).values("translation_key")
        return queryset.filter(
            centre__in=CentrePage.objects.filter(translation_key__in=keys).values("pk")
        )

    def page_filter_for(self):
        return self.page_filter(self.request.query_params if self.request else self.data)

    def filter_queryset(self, queryset):
        page_filter = self.page_filter_for()
        self.check(page_filter)
        queryset = queryset.filter(pk__in=page_filter.matching_ids())
        return super().filter_queryset(queryset)

    def check(self, page_filter):
        """Refuse (400) what the page's filter set could not read."""


class ActivityApiFilter(PublicFacets):
    page_filter = ActivityFilter

    kind = _facet(_("Kind of activity (repeat for any of several)."))


class EventApiFilter(PublicFacets):
    page_filter = EventFilter

    date_from = django_filters.DateFilter(
        field_name="from",
        method="keep",
        label=_("Events on or after this date (YYYY-MM-DD)."),
        error_messages={"invalid": START_NOT_A_DATE},
    )
    date_to = django_filters.DateFilter(
        field_name="to",
        method="keep",
        label=_("Events on or before this date (YYYY-MM-DD)."),
        error_messages={"invalid": END_NOT_A_DATE},
    )
    organiser = _facet(_('Organiser slug, or "project" for the project\'s own events.'))
    online = django_filters.BooleanFilter(method="keep", label=_("Only online events."))
    status = Values(
        field_name="status",
        lookup_expr="in",
        label=_("scheduled, cancelled, postponed, rescheduled (comma-separated)."),
    )

    def check(self, page_filter):
        page_filter.values  # noqa: B018 - validates the form
        errors = {
            name: [str(error) for error in page_filter.form.errors[name]]
            for name in ("from", "to")
            if name in page_filter.form.errors
        }
        if errors:
            raise ValidationError(errors)


# ``from`` and ``to`` are Python keywords: the declared names differ, the parameters do not.
EventApiFilter.base_filters["from"] = EventApiFilter.base_filters.pop("date_from")
EventApiFilter.base_filters["to"] = EventApiFilter.base_filters.pop("date_to")


class OrganisationApiFilter(ApiFilter):
    q = django_filters.CharFilter(method="filter_text", label=_("Words in the name or texts."))
    municipality = Values(
        field_name="municipalities__slug",
        lookup_expr="in",
        distinct=True,
        label=_("Municipality slug where active (comma-separated)."),
    )
    county = Values(
        field_name="wellbeing_county__slug",
        lookup_expr="in",
        label=_("Wellbeing services county slug (comma-separated)."),
    )
    language = Values(
        field_name="languages__code",
        lookup_expr="in",
        distinct=True,
        label=_("Service language code (comma-separated)."),
    )
    type = Values(
        field_name="type", lookup_expr="in", label=_("Organisation type (comma-separated).")
    )
    ids = Values(method="filter_ids", label=_("Only these ids (comma-separated)."))
    organisation = None

    def filter_text(self, queryset, name, value):
        condition = words_condition(value, public.ORGANISATION_TEXT_FIELDS)
        return queryset.filter(pk__in=queryset.filter(condition).values("pk"))


class CentreApiFilter(django_filters.FilterSet):
    municipality = Values(
        field_name="municipality__slug", lookup_expr="in", label=_("Municipality slug.")
    )
    county = Values(field_name="county__slug", lookup_expr="in", label=_("County slug."))
    centre_type = Values(
        field_name="centre_type", lookup_expr="in", label=_("sote_centre or family_centre.")
    )
    modified_since = UtcDateTimeFilter(
        field_name="last_published_at", lookup_expr="gte", label=_("Published at or after.")
    )
