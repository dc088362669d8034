"""``/api/hsds/``: the portal's data as HSDS 3.0 (Open Referral), read-only JSON.

The paths, paging (``total_items`` … ``contents``) and parameters follow HSDS 3.0's API
description (``schemas/openapi.json``); ``/locations`` is an addition. Texts are in ``?lang=``
(see ``docs/api-hsds.md``). Every list reads its page's rows with a fixed number of queries.
"""

from types import SimpleNamespace

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.response import Response

from .. import public
from ..http import OpenDataView
from . import ids, objects, queries, services
from .context import TAXONOMIES, Context

HSDS_VERSION = "3.0"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def param(name, kind=str, description=""):
    return OpenApiParameter(name, kind, description=description)


LANG = param("lang", description="fi or sv (default: the portal's default language).")
PAGING = [
    param("page", int, "Page number (from 1)."),
    param("per_page", int, "Results per page (default 20, at most 500)."),
    param("format", description="Only json."),
    LANG,
]
SEARCH = param("search", description="Words in the names and texts (all must match).")
SERVICE_FILTERS = [
    SEARCH,
    param("taxonomy_term_id", description="Only services with this taxonomy term (UUID)."),
    param("taxonomy_id", description="Only services with a term of this taxonomy (UUID)."),
    param("organization_id", description="Only this organization's services (UUID)."),
    param("modified_after", description="Changed at or after this time (ISO 8601)."),
]
FULL = param("full", bool, "true: fully nested objects in the list.")
FULL_SERVICE = param("full_service", bool, "true: the organization's services fully nested.")


ABOUT = (
    "Human Services Data Specification 3.0 (Open Referral). Ids are UUIDs; texts are in the "
    "language of ?lang= (fi or sv) where the portal has them, else in the original language "
    "(the attribute with link_type text_language tells which)."
)


def hsds(operation_id, summary, schema, parameters=(), many=False):
    """``extend_schema`` for an HSDS endpoint answering ``schema`` (an official schema file)."""
    description = (
        f"A page (total_items, total_pages, page_number, size, first_page, last_page, empty) "
        f"whose contents follow {SCHEMA_BASE}{schema}"
        if many
        else f"Follows {SCHEMA_BASE}{schema}"
    )
    return extend_schema(
        operation_id=operation_id,
        summary=summary,
        description=ABOUT,
        tags=["hsds"],
        parameters=[*parameters, *(PAGING if many else [LANG])],
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description=description)},
    )


class WithoutFormatParameter(DefaultContentNegotiation):
    """HSDS's ``format`` parameter is not DRF's renderer override (JSON is the only one)."""

    settings = SimpleNamespace(URL_FORMAT_OVERRIDE=None)


class HsdsView(OpenDataView):
    content_negotiation_class = WithoutFormatParameter

    def context(self):
        if (self.request.query_params.get("format") or "json") != "json":
            raise ValidationError({"format": ["Only json."]})
        return Context(queries.language(self.request), self.request)

    def paged(self, total, build):
        """The page answer; ``build(start, end)`` gives the page's objects."""
        number, per_page, start, end = queries.page_of(self.request, total)
        contents = build(start, end) if end > start else []
        return Response(queries.page_answer(number, per_page, total, contents))


def lookup(id_map, value):
    key = id_map.key(value)
    if key is None:
        raise NotFound("No such object.")
    return key


# --- root ---------------------------------------------------------------------------------------
class RootView(HsdsView):
    @extend_schema(
        operation_id="getAPIMetaInformation",
        description=ABOUT,
        summary=_("About this HSDS API"),
        tags=["hsds"],
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT)},
    )
    def get(self, request):
        return Response({"version": HSDS_VERSION, "openapi_url": OPENAPI_URL})


# --- organizations ------------------------------------------------------------------------------
def organisation_services(organisation, context, full_service):
    """The organisation's public activities: in brief (one-to-one fields) or fully nested."""
    nested = []
    for activity in organisation.public_activities:
        if full_service:
            service = services.service_full(activity, context)
        else:
            service = services.service_list(activity, context)
        service.pop("organization")
        nested.append(service)
    return nested


def with_activities(queryset):
    return queryset.prefetch_related(
        Prefetch("activities", queryset=queries.activities(), to_attr="public_activities")
    )


def organization_full(organisation, context, full_service):
    nested = organisation_services(organisation, context, full_service)
    return objects.organization_full(organisation, context, nested)


class OrganizationListView(HsdsView):
    @hsds(
        "getPaginatedListOfOrganizations",
        _("HSDS organizations"),
        "compiled/organization_list.json",
        [SEARCH, FULL, FULL_SERVICE],
        True,
    )
    def get(self, request):
        context = self.context()
        full = queries.boolean(request, "full")
        full_service = queries.boolean(request, "full_service")
        rows = queries.filter_organisations(request, queries.organisations())
        if full:
            rows = with_activities(rows)

        def build(start, end):
            if full:
                return [organization_full(row, context, full_service) for row in rows[start:end]]
            return [objects.organization_list(row, context) for row in rows[start:end]]

        return self.paged(rows.count(), build)


class OrganizationDetailView(HsdsView):
    @hsds(
        "getOrganizationById",
        _("One HSDS organization"),
        "compiled/organization.json",
        [FULL_SERVICE],
    )
    def get(self, request, id):
        context = self.context()
        full_service = queries.boolean(request, "full_service")
        keys = public.organisations().values_list("pk", flat=True)
        pk = lookup(ids.IdMap(ids.ORGANISATION, keys), id)
        organisation = with_activities(queries.organisations()).get(pk=pk)
        self.remember_last_modified(
            organisation.updated_at,
            *(activity.updated_at for activity in organisation.public_activities),
        )
        return Response(organization_full(organisation, context, full_service))


# --- taxonomies ---------------------------------------------------------------------------------
def matches(request, *texts):
    words = [word.casefold() for word in queries.search_words(request).split()]
    text = " ".join(texts).casefold()
    return all(word in text for word in words)


class TaxonomyListView(HsdsView):
    @hsds("getPaginatedListOfTaxonomies", _("HSDS taxonomies"), "taxonomy.json", [SEARCH], True)
    def get(self, request):
        context = self.context()
        rows = [objects.taxonomy(slug, context) for slug in TAXONOMIES]
        rows = [row for row in rows if matches(request, row["name"], row["description"])]
        return self.paged(len(rows), lambda start, end: rows[start:end])


class TaxonomyDetailView(HsdsView):
    @hsds("getTaxonomyById", _("One HSDS taxonomy"), "taxonomy.json")
    def get(self, request, id):
        context = self.context()
        slug = lookup(ids.IdMap(ids.TAXONOMY, TAXONOMIES), id)
        return Response(objects.taxonomy(slug, context))


def terms(taxonomy_slug=None):
    """The themes' and target groups' default-locale rows, in the portal's order."""
    rows = []
    for slug, spec in TAXONOMIES.items():
        if taxonomy_slug in (None, slug):
            model = spec["model"]
            rows += model.objects.default_locale().order_by("sort_order", "name", "pk")
    return rows


def term_ids():
    return {ids.hsds_id(objects.term_kind(type(term)), term.pk): term for term in terms()}


class TaxonomyTermListView(HsdsView):
    @hsds(
        "getPaginatedListOfTaxonomyTerms",
        _("HSDS taxonomy terms"),
        "taxonomy_term.json",
        [
            SEARCH,
            param("taxonomy_id", description="Only terms of this taxonomy (UUID)."),
            param("top_only", bool, "Terms without a parent (all of them: the lists are flat)."),
            param("parent_id", description="Terms under this term (none: the lists are flat)."),
        ],
        True,
    )
    def get(self, request):
        context = self.context()
        queries.boolean(request, "top_only")
        taxonomy = queries.uuid_param(request, "taxonomy_id")
        parent = queries.uuid_param(request, "parent_id")
        slug = ids.IdMap(ids.TAXONOMY, TAXONOMIES).key(taxonomy) if taxonomy else None
        rows = [] if parent or (taxonomy and slug is None) else terms(slug)
        data = [objects.taxonomy_term(term, context) for term in rows]
        data = [row for row in data if matches(request, row["name"], row["code"])]
        return self.paged(len(data), lambda start, end: data[start:end])


class TaxonomyTermDetailView(HsdsView):
    @hsds("getTaxonomyTermById", _("One HSDS taxonomy term"), "taxonomy_term.json")
    def get(self, request, id):
        context = self.context()
        term = term_ids().get(ids.parse_uuid(id))
        if term is None:
            raise NotFound("No such object.")
        return Response(objects.taxonomy_term(term, context))
