"""``/api/v1/``: the portal API, its OpenAPI document and documentation page."""

from django.urls import path
from django.views.decorators.cache import cache_page
from rest_framework.routers import SimpleRouter

from .. import docs
from . import views

router = SimpleRouter()
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("activities", views.ActivityViewSet, basename="activity")
router.register("events", views.EventViewSet, basename="event")
router.register("occurrences", views.OccurrenceViewSet, basename="occurrence")
router.register("centres", views.CentreViewSet, basename="centre")
router.register("themes", views.ThemeViewSet, basename="theme")
router.register("target-groups", views.TargetGroupViewSet, basename="target-group")
router.register("counties", views.CountyViewSet, basename="county")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("tombstones", views.TombstoneViewSet, basename="tombstone")

app_name = "opendata_v1"
# The document changes only with a release: built once per language and process.
DOCUMENT_SECONDS = 3600
urlpatterns = [
    path(
        "openapi.json",
        cache_page(DOCUMENT_SECONDS)(docs.OpenApiJsonView.as_view()),
        name="openapi",
    ),
    path(
        "openapi.yaml",
        cache_page(DOCUMENT_SECONDS)(docs.OpenApiYamlView.as_view()),
        name="openapi_yaml",
    ),
    path("docs/", docs.docs_page, name="docs"),
    path("kinds/", views.KindsView.as_view(), name="kinds"),
    path("languages/", views.LanguagesView.as_view(), name="languages"),
    *router.urls,
]
