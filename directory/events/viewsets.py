"""Admin views of events."""

from django.utils.translation import gettext_lazy as _

from directory.listings.viewsets import ListingViewSet

from .models import Event


class EventViewSet(ListingViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    list_display = ["title", "organisation", "start", "status", "municipality", "live"]
    list_filter = {
        "status": ["exact"],
        "live": ["exact"],
        "registration": ["exact"],
        "municipality": ["exact"],
        "start": ["gte", "lte"],
    }
    search_fields = ["title", "summary", "description"]
    ordering = ["-start"]
