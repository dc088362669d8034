"""The open data addresses (outside the language prefixes: every answer holds every language)."""

from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("opendata.v1.urls")),
    path("api/hsds/", include("opendata.hsds.urls")),
    path("api/linkedevents/v1/", include("opendata.linkedevents.urls")),
]
