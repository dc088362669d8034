"""``/api/linkedevents/v1/``: events in the Linked Events API's shape (docs/api-linkedevents.md)."""

from django.urls import path

from . import views

app_name = "opendata_linkedevents"
urlpatterns = [
    path("event/", views.EventList.as_view(), name="event-list"),
    path("event/<str:id>/", views.EventDetail.as_view(), name="event-detail"),
    path("place/", views.PlaceList.as_view(), name="place-list"),
    path("place/<str:id>/", views.PlaceDetail.as_view(), name="place-detail"),
    path("keyword/", views.KeywordList.as_view(), name="keyword-list"),
    path("keyword/<str:id>/", views.KeywordDetail.as_view(), name="keyword-detail"),
    path("organization/", views.OrganizationList.as_view(), name="organization-list"),
    path("organization/<str:id>/", views.OrganizationDetail.as_view(), name="organization-detail"),
    path("language/", views.LanguageList.as_view(), name="language-list"),
    path("language/<str:id>/", views.LanguageDetail.as_view(), name="language-detail"),
]
