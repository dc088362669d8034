"""The open data addresses (outside the language prefixes: every answer holds every language)."""

from django.urls import include, path, re_path
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView


class NotFoundView(APIView):
    """Any other address under /api/: a JSON 404 in the reader's language."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        raise NotFound()


urlpatterns = [
    path("api/v1/", include("opendata.v1.urls")),
    path("api/hsds/", include("opendata.hsds.urls")),
    path("api/linkedevents/v1/", include("opendata.linkedevents.urls")),
    # Any other address under /api/ is a JSON 404, never a redirect to a page.
    re_path(r"^api/", NotFoundView.as_view(), name="opendata_not_found"),
]
