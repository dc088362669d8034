"""The HTTP frame every open data endpoint shares.

- JSON only, anonymous, read-only (``REST_FRAMEWORK`` in settings; CORS for GET from any origin
  by django-cors-headers on ``/api/``).
- ``Cache-Control: public, max-age=OPENDATA_MAX_AGE``; an ``ETag`` from the body on every answer
  and ``Last-Modified`` where the view knows it (``last_modified(request)``); a conditional GET
  (``If-None-Match`` / ``If-Modified-Since``) is answered ``304 Not Modified``.
- One rate limit per client address (:func:`portal.ratelimit.client_ip`) over all endpoints:
  ``OPENDATA_RATE_LIMIT`` requests a minute, then ``429`` with ``Retry-After``.
- Errors are JSON: ``{"detail": "…"}`` or ``{"<parameter>": ["…"]}`` with status 400 or 404.
- Within a request, each language's directory and calendar page is looked up once
  (``portal.models.page_lookups_remembered``), so links do not add queries per row.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.views.decorators.http import conditional_page
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import views
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from portal.addresses import absolute
from portal.models import page_lookups_remembered

from .throttling import ClientRateThrottle, exception_handler

MAX_PAGE_SIZE = 500


class Paging(PageNumberPagination):
    """``?page=N&page_size=M`` (at most ``MAX_PAGE_SIZE``); the answer carries ``count``,
    ``next`` and ``previous`` (absolute URLs) and ``results``."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_next_link(self):
        return on_portal_base(super().get_next_link())

    def get_previous_link(self):
        return on_portal_base(super().get_previous_link())


def on_portal_base(url):
    """``url`` with the portal's own base (``PORTAL_BASE_URL``) instead of the request's host."""
    if not url:
        return url
    parts = urlsplit(url)
    return absolute(parts.path + (f"?{parts.query}" if parts.query else ""))


class OpenDataMixin:
    """The open data frame for a DRF view: anonymous, JSON only, rate limited, filtered with
    django-filter; caching headers, conditional GET and remembered page lookups."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    parser_classes = []
    throttle_classes = [ClientRateThrottle]
    filter_backends = [DjangoFilterBackend]

    def get_exception_handler(self):
        return exception_handler

    def last_modified(self, request):
        """The time the answer last changed, or ``None`` (then only the ETag is given)."""
        return None

    @classmethod
    def as_view(cls, *args, **kwargs):
        return conditional_page(super().as_view(*args, **kwargs))

    def dispatch(self, request, *args, **kwargs):
        with page_lookups_remembered():
            return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.OPENDATA_MAX_AGE)
            modified = getattr(self, "_last_modified", None)
            if modified is not None:
                response["Last-Modified"] = http_date(modified.timestamp())
        elif response.status_code != 304:
            patch_cache_control(response, no_store=True)
        patch_vary_headers(response, ["Accept-Encoding"])
        return response

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self._last_modified = None

    def remember_last_modified(self, *moments):
        """Give ``Last-Modified`` as the newest of ``moments`` (``None`` ones skipped)."""
        moments = [moment for moment in moments if moment is not None]
        if moments:
            self._last_modified = max(moments).replace(microsecond=0)


class OpenDataView(OpenDataMixin, views.APIView):
    """A plain endpoint (lists that are not querysets: kinds, languages)."""

    filter_backends = []


def paged_response(view, queryset, serializer_class, context=None):
    """Page ``queryset`` with :class:`Paging` and serialise it: for views that build their own
    answer."""
    paginator = Paging()
    page = paginator.paginate_queryset(queryset, view.request, view=view)
    data = serializer_class(page, many=True, context=context or {"request": view.request}).data
    return paginator.get_paginated_response(data)


__all__ = [
    "OpenDataMixin",
    "OpenDataView",
    "Paging",
    "Response",
    "paged_response",
]
