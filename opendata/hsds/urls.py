"""``/api/hsds/``: HSDS 3.0 paths (and ``locations``, an addition). Ids are UUIDs."""

from django.urls import path

from . import service_views, views

app_name = "opendata_hsds"
urlpatterns = [
    path("", views.RootView.as_view(), name="root"),
    path("organizations", views.OrganizationListView.as_view(), name="organizations"),
    path("organizations/<str:id>", views.OrganizationDetailView.as_view(), name="organization"),
    path("services", service_views.ServiceListView.as_view(), name="services"),
    path("services/<str:id>", service_views.ServiceDetailView.as_view(), name="service"),
    path(
        "service_at_locations",
        service_views.ServiceAtLocationListView.as_view(),
        name="service_at_locations",
    ),
    path(
        "service_at_locations/<str:id>",
        service_views.ServiceAtLocationDetailView.as_view(),
        name="service_at_location",
    ),
    path("locations", service_views.LocationListView.as_view(), name="locations"),
    path("locations/<str:id>", service_views.LocationDetailView.as_view(), name="location"),
    path("taxonomies", views.TaxonomyListView.as_view(), name="taxonomies"),
    path("taxonomies/<str:id>", views.TaxonomyDetailView.as_view(), name="taxonomy"),
    path("taxonomy_terms", views.TaxonomyTermListView.as_view(), name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", views.TaxonomyTermDetailView.as_view(), name="taxonomy_term"),
]
