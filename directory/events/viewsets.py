"""Admin views of events."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from directory.listings.viewsets import ListingViewSet, date_range_filter

from .models import Event


class EventFilterSet(WagtailFilterSet):
    start = date_range_filter(Event, "start")

    class Meta:
        model = Event
        fields = ["status", "live", "registration", "municipality"]


class EventViewSet(ListingViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    list_display = ["title", "organisation", "start", "status", "municipality", "live"]
    filterset_class = EventFilterSet
    search_fields = ["title", "summary", "description"]
    ordering = ["-start"]
