"""Admin for the directory: moderated listings and the taxonomies, grouped under one menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.sections import HomeSection

from .models import (
    Activity,
    ErrorReport,
    Event,
    Municipality,
    Organisation,
    Representation,
    TargetGroup,
    Theme,
    WellbeingCounty,
)
from .registration_admin import EventRegistrationViewSet


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


class TaxonomyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup


class WellbeingCountyViewSet(TaxonomyViewSet):
    model = WellbeingCounty


class MunicipalityViewSet(TaxonomyViewSet):
    model = Municipality
    list_display = ["name", "county", "code"]
    list_filter = {"county": ["exact"]}


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (
        OrganisationViewSet,
        ActivityViewSet,
        EventViewSet,
        EventRegistrationViewSet,
        RepresentationViewSet,
        ErrorReportViewSet,
        ThemeViewSet,
        TargetGroupViewSet,
        MunicipalityViewSet,
        WellbeingCountyViewSet,
    )
    menu_icon = "list-ul"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 200


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_home_section")
def featured_activities(page, request):
    from .filters import public_activities
    from .models import DirectoryPage
    from .models.taxonomy import attach_municipality_names

    directory = DirectoryPage.for_language(page.locale.language_code)
    if directory is None:
        return None
    activities = attach_municipality_names(
        public_activities()
        .filter(featured=True)
        .select_related("organisation", "municipality")
        .prefetch_related("translations")
        .order_by("-updated_at")[:6]
    )
    return HomeSection(
        key="activities",
        title=_("Featured activities"),
        items=activities,
        template="directory/includes/home_activities.html",
        more_url=directory.get_url(request),
        more_label=_("Browse all activities"),
        order=30,
        context={"directory_page": directory},
    )


@hooks.register("register_home_section")
def upcoming_events_section(page, request):
    from .calendar import upcoming_events
    from .models import CalendarPage

    calendar_page = CalendarPage.for_language(page.locale.language_code)
    if calendar_page is None:
        return None
    return HomeSection(
        key="events",
        title=_("Upcoming events"),
        items=upcoming_events(limit=4),
        template="directory/includes/home_events.html",
        more_url=calendar_page.get_url(request),
        more_label=_("All events"),
        order=20,
        context={"calendar_page": calendar_page},
    )


@hooks.register("register_admin_urls")
def moderation_queue_urls():
    from .admin_views import moderation_queue

    return [path("directory/queue/", moderation_queue, name="directory_moderation_queue")]


class ModerationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("directory.publish_activity")


@hooks.register("register_admin_menu_item")
def moderation_queue_menu_item():
    return ModerationQueueMenuItem(
        _("Moderation queue"),
        reverse("directory_moderation_queue"),
        icon_name="tasks",
        order=199,
        name="directory-moderation-queue",
    )
