"""Admin views of organisations, activities, representatives and error reports."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Activity, ErrorReport, Organisation, Representation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "type", "live", "last_confirmed", "updated_at"]
    list_filter = {"type": ["exact"], "live": ["exact"], "municipalities": ["exact"]}
    search_fields = ["name", "abbreviation", "description"]
    ordering = ["name"]


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "calendar-check"
    menu_label = _("Activities")
    list_display = ["title", "organisation", "kind", "municipality", "live", "updated_at"]
    list_filter = {
        "kind": ["exact"],
        "live": ["exact"],
        "status": ["exact"],
        "municipality": ["exact"],
        "updated_at": ["gte", "lte"],
    }
    search_fields = ["title", "summary", "description"]
    ordering = ["-updated_at"]


class RepresentationViewSet(SnippetViewSet):
    model = Representation
    icon = "user"
    menu_label = _("Representatives")
    list_display = ["user", "organisation", "status", "created_at"]
    list_filter = {"status": ["exact"]}
    ordering = ["status", "-created_at"]


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = _("Error reports")
    list_display = ["__str__", "message", "handled", "created_at"]
    list_filter = {"handled": ["exact"]}
