"""Placeholder until the hsds endpoints land."""

urlpatterns = []
