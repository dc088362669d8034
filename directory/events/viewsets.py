"""Admin views of events."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import IndexView

from directory.listings.spreadsheet import ExportMixin, public_url
from directory.listings.viewsets import ListingViewSet, date_range_filter

from .models import Event


class EventFilterSet(WagtailFilterSet):
    start = date_range_filter(Event, "start")

    class Meta:
        model = Event
        fields = ["status", "live", "registration", "municipality"]


class EventIndexView(ExportMixin, IndexView):
    export_select_related = ["organisation", "municipality"]
    export_values = {"public_url": public_url}


class EventViewSet(ListingViewSet):
    model = Event
    index_view_class = EventIndexView
    icon = "date"
    menu_label = _("Events")
    list_display = ["title", "organisation", "start", "status", "municipality", "live"]
    # The places taken are in the participants' export (directory.registrations, above).
    list_export = [
        "title",
        "organiser_name",
        "start",
        "end",
        "municipality",
        "get_channel_display",
        "get_registration_display",
        "capacity",
        "get_status_display",
        "live",
        "public_url",
    ]
    export_headings = {
        "organiser_name": _("organiser"),
        "get_channel_display": _("channel"),
        "get_registration_display": _("registration"),
        "get_status_display": _("status"),
        "live": _("published"),
        "public_url": _("public address"),
    }
    export_filename = "events"
    filterset_class = EventFilterSet
    search_fields = ["title", "summary", "description"]
    ordering = ["-start"]
