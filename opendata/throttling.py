"""The open data's rate limit and error answers (used by ``opendata.http.OpenDataMixin``)."""

from django.conf import settings
from rest_framework import views
from rest_framework.throttling import SimpleRateThrottle

from portal.ratelimit import client_ip


class ClientRateThrottle(SimpleRateThrottle):
    """``OPENDATA_RATE_LIMIT`` requests a minute per client address, read at request time."""

    scope = "opendata"
    cache_format = "opendata-throttle-%(ident)s"

    def get_rate(self):
        return f"{settings.OPENDATA_RATE_LIMIT}/min"

    def get_cache_key(self, request, view):
        return self.cache_format % {"ident": client_ip(request)}


def exception_handler(exc, context):
    """DRF's handler; its ``429`` already carries ``Retry-After`` (seconds)."""
    response = views.exception_handler(exc, context)
    if response is None:
        return None
    if response.status_code == 429 and "Retry-After" not in response:
        response["Retry-After"] = "60"
    return response
