"""The Directory menu in the admin (every directory app's viewsets in one group) and the
moderators' queue."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
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

from .views import moderation_queue


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


@hooks.register("register_admin_menu_item")
def moderation_queue_menu_item():
    return ModerationQueueMenuItem(
        _("Moderation queue"),
        reverse("directory_moderation_queue"),
        icon_name="tasks",
        order=199,
        name="directory-moderation-queue",
    )
