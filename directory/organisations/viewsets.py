"""Admin views of organisations, activities, representatives and error reports.

Organisations and activities are snippets: they are moderated, with drafts, revisions and
workflows (:class:`~directory.listings.viewsets.ListingViewSet`: a decision returns to the
queue). Representation requests and error reports are admin-only data without any of those, so
they are plain :class:`~wagtail.admin.viewsets.model.ModelViewSet` screens (the same Django
model permissions decide who sees and changes them).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from directory.listings.viewsets import ListingViewSet, date_range_filter

from .models import Activity, ErrorReport, Organisation, Representation


class OrganisationViewSet(ListingViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "type", "live", "last_confirmed", "updated_at"]
    list_filter = {"type": ["exact"], "live": ["exact"], "municipalities": ["exact"]}
    search_fields = ["name", "abbreviation", "description"]
    ordering = ["name"]


class ActivityFilterSet(WagtailFilterSet):
    updated_at = date_range_filter(Activity, "updated_at")

    class Meta:
        model = Activity
        fields = ["kind", "live", "status", "municipality"]


class ActivityViewSet(ListingViewSet):
    model = Activity
    icon = "calendar-check"
    menu_label = _("Activities")
    list_display = ["title", "organisation", "kind", "municipality", "live", "updated_at"]
    filterset_class = ActivityFilterSet
    search_fields = ["title", "summary", "description"]
    ordering = ["-updated_at"]


class RepresentationViewSet(ModelViewSet):
    model = Representation
    name = "directory_representations"
    url_prefix = "directory/representations"
    icon = "user"
    menu_label = _("Representatives")
    add_to_admin_menu = False  # shown in the Directory group
    list_display = ["user", "organisation", "status", "created_at"]
    list_filter = {"status": ["exact"]}
    ordering = ["status", "-created_at"]
    # The fields the snippet form had (every editable field of the model).
    panels = [
        FieldPanel("organisation"),
        FieldPanel("user"),
        FieldPanel("status"),
        FieldPanel("message"),
        FieldPanel("decided_at"),
        FieldPanel("decided_by"),
    ]


class ErrorReportViewSet(ModelViewSet):
    model = ErrorReport
    name = "directory_error_reports"
    url_prefix = "directory/error-reports"
    icon = "warning"
    menu_label = _("Error reports")
    add_to_admin_menu = False  # shown in the Directory group
    list_display = ["__str__", "listing_kind", "message", "handled", "created_at"]
    list_filter = {"handled": ["exact"]}
    # The form is the model's panels: the report is read-only, only "handled" changes.
