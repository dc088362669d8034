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
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from directory.listings.spreadsheet import ExportMixin, public_url
from directory.listings.viewsets import ListingViewSet, date_range_filter

from .models import Activity, ErrorReport, Organisation, Representation


def _address(organisation, request):
    town = " ".join(part for part in (organisation.postal_code, organisation.post_office) if part)
    return ", ".join(part for part in (organisation.street_address, town) if part)


def _schedule(activity, request):
    """The weekly times (prefetched) and the schedule note: "Maanantai 18.00–19.30; …"."""
    times = []
    for slot in activity.slots.all():
        end = f"–{slot.end_time:%H.%M}" if slot.end_time else ""
        times.append(f"{slot.get_weekday_display()} {slot.start_time:%H.%M}{end}")
    return "; ".join([*times, *([activity.schedule_note] if activity.schedule_note else [])])


class OrganisationIndexView(ExportMixin, SnippetIndexView):
    export_select_related = ["wellbeing_county"]
    export_prefetch_related = ["municipalities"]
    export_values = {"address": _address, "public_url": public_url}


class OrganisationViewSet(ListingViewSet):
    model = Organisation
    index_view_class = OrganisationIndexView
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "type", "live", "last_confirmed", "updated_at"]
    list_export = [
        "name",
        "get_type_display",
        "business_id",
        "municipalities",
        "wellbeing_county",
        "email",
        "phone",
        "website",
        "address",
        "live",
        "last_confirmed",
        "updated_at",
        "public_url",
    ]
    export_headings = {
        "get_type_display": _("type"),
        "municipalities": _("municipalities"),
        "wellbeing_county": _("wellbeing services county"),
        "address": _("address"),
        "live": _("published"),
        "updated_at": _("updated"),
        "public_url": _("public address"),
    }
    export_filename = "organisations"
    list_filter = {"type": ["exact"], "live": ["exact"], "municipalities": ["exact"]}
    search_fields = ["name", "abbreviation", "description"]
    ordering = ["name"]


class ActivityFilterSet(WagtailFilterSet):
    updated_at = date_range_filter(Activity, "updated_at")

    class Meta:
        model = Activity
        fields = ["kind", "live", "status", "municipality"]


class ActivityIndexView(ExportMixin, SnippetIndexView):
    export_select_related = ["organisation", "municipality"]
    export_prefetch_related = ["themes", "target_groups", "slots"]
    export_values = {"schedule": _schedule, "public_url": public_url}


class ActivityViewSet(ListingViewSet):
    model = Activity
    index_view_class = ActivityIndexView
    icon = "calendar-check"
    menu_label = _("Activities")
    list_display = ["title", "organisation", "kind", "municipality", "live", "updated_at"]
    list_export = [
        "title",
        "organisation",
        "get_kind_display",
        "municipality",
        "themes",
        "target_groups",
        "get_channel_display",
        "is_free",
        "schedule",
        "valid_from",
        "valid_to",
        "get_status_display",
        "live",
        "last_confirmed",
        "public_url",
    ]
    export_headings = {
        "get_kind_display": _("kind"),
        "get_channel_display": _("channel"),
        "schedule": _("schedule"),
        "get_status_display": _("status"),
        "live": _("published"),
        "public_url": _("public address"),
    }
    export_filename = "activities"
    filterset_class = ActivityFilterSet
    search_fields = ["title", "summary", "description"]
    ordering = ["-updated_at"]


class RepresentationIndexView(ExportMixin, IndexView):
    """No download (no ``list_export``): ``?export=csv`` shows the listing, not blank rows."""


class RepresentationViewSet(ModelViewSet):
    model = Representation
    index_view_class = RepresentationIndexView
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


def _reported_listing(report, request):
    return str(report.listing or "")


def _reported_listing_url(report, request):
    url = report.listing_public_url()
    return request.build_absolute_uri(url) if url else ""


class ErrorReportIndexView(ExportMixin, IndexView):
    """Reports read with their listing, an event's (a child model's) too, in one query."""

    export_values = {"listing": _reported_listing, "listing_url": _reported_listing_url}

    @property
    def export_select_related(self):
        paths = ["organisation", "activity"]
        # The kinds of reports apps above this one add (multi-table children), not named here.
        for relation in ErrorReport._meta.related_objects:
            if relation.one_to_one and relation.parent_link:
                accessor = relation.get_accessor_name()
                paths.append(accessor)
                paths += [
                    f"{accessor}__{field.name}"
                    for field in relation.related_model._meta.local_concrete_fields
                    if field.many_to_one
                ]
        return paths


class ErrorReportViewSet(ModelViewSet):
    model = ErrorReport
    index_view_class = ErrorReportIndexView
    name = "directory_error_reports"
    url_prefix = "directory/error-reports"
    icon = "warning"
    menu_label = _("Error reports")
    add_to_admin_menu = False  # shown in the Directory group
    list_display = ["__str__", "listing_kind", "message", "handled", "created_at"]
    list_filter = {"handled": ["exact"]}
    # The reporter's e-mail is in the export as on the edit screen (docs/security.md).
    list_export = [
        "created_at",
        "listing_kind",
        "listing",
        "listing_url",
        "message",
        "email",
        "handled",
    ]
    export_headings = {
        "listing_kind": _("kind"),
        "listing": _("listing"),
        "listing_url": _("public address"),
        "email": _("reporter's e-mail"),
    }
    export_filename = "error-reports"
    # The form is the model's panels: the report is read-only, only "handled" changes.
