"""Placeholder until the linkedevents endpoints land."""

urlpatterns = []
