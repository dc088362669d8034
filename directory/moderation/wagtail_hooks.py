"""The Directory menu in the admin (every directory app's viewsets in one group), the
moderators' queue with the number waiting in its menu item, and the dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from directory.events.viewsets import EventViewSet
from directory.organisations.viewsets import (
    ActivityViewSet,
    ErrorReportViewSet,
    OrganisationViewSet,
    RepresentationViewSet,
)
from directory.registrations.viewsets import EventRegistrationViewSet
from directory.taxonomy.viewsets import (
    MunicipalityViewSet,
    TargetGroupViewSet,
    ThemeViewSet,
    WellbeingCountyViewSet,
)

from . import waiting
from .views import moderation_queue

PANEL_ROWS = 5


class DirectoryViewSetGroup(SnippetViewSetGroup):
    """Snippets (the moderated listings and the taxonomies) and plain model viewsets (participants,
    representatives, error reports) in one menu. The snippet group marks its snippets as having a
    menu item, so that they are not listed again under Snippets."""

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


@hooks.register("register_admin_urls")
def moderation_queue_urls():
    return [path("directory/queue/", moderation_queue, name="directory_moderation_queue")]


class ModerationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("directory.publish_activity")

    def render_component(self, request):
        component = super().render_component(request)
        count = waiting.total(request.user)
        if count:
            # "Moderointijono (3)": listings, requests and reports waiting for the moderators.
            component.label = f"{self.label} ({count})"
        return component


@hooks.register("register_admin_menu_item")
def moderation_queue_menu_item():
    return ModerationQueueMenuItem(
        _("Moderation queue"),
        reverse("directory_moderation_queue"),
        icon_name="tasks",
        order=199,
        name="directory-moderation-queue",
    )


class ModerationPanel(Component):
    """The dashboard's summary of what waits for the moderators, with the latest representation
    requests and error reports (Wagtail's own "Awaiting your review" lists the listings)."""

    name = "directory_moderation"
    template_name = "directory/admin/moderation_panel.html"
    order = 210  # just before "Awaiting your review"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        counts = waiting.counts(user)
        context.update(
            counts=counts,
            queue_url=reverse("directory_moderation_queue"),
            representations=(
                waiting.pending_representations()[:PANEL_ROWS] if counts["representations"] else []
            ),
            error_reports=(
                waiting.unhandled_error_reports()[:PANEL_ROWS] if counts["error_reports"] else []
            ),
        )
        return context


@hooks.register("construct_homepage_panels")
def moderation_panel(request, panels):
    if request.user.has_perm("directory.publish_activity"):
        panels.append(ModerationPanel())
