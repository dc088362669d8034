"""Admin views of events."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Event


class EventViewSet(SnippetViewSet):
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
