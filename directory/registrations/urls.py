"""Organisers' participant lists under "My listings" (``/my/``)."""

from django.urls import path

from .views import participants_csv, participants_view

urlpatterns = [
    path("event/<int:pk>/participants/", participants_view, name="directory_event_participants"),
    path(
        "event/<int:pk>/participants.csv",
        participants_csv,
        name="directory_event_participants_csv",
    ),
]
