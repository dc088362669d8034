"""The open data addresses (outside the language prefixes: every answer holds every language)."""

from django.urls import include, path, re_path
from rest_framework.decorators import api_view, renderer_classes
from rest_framework.exceptions import NotFound
from rest_framework.renderers import JSONRenderer


def not_found(request, *args, **kwargs):
    raise NotFound()


urlpatterns = [
    path("api/v1/", include("opendata.v1.urls")),
    path("api/hsds/", include("opendata.hsds.urls")),
    path("api/linkedevents/v1/", include("opendata.linkedevents.urls")),
    # Any other address under /api/ is a JSON 404, never a redirect to a page.
    re_path(
        r"^api/",
        api_view(["GET", "HEAD", "OPTIONS"])(renderer_classes([JSONRenderer])(not_found)),
        name="opendata_not_found",
    ),
]
