"""The participants of events in the Wagtail admin: list, filters, CSV export and attendance.

Staff with the ``eventregistration`` permissions (Moderators and Editors, from the directory's
migration 0007) see every registration under Directory → Participants, filter it by event,
status and attendance, download it as CSV or XLSX, and mark attendance one by one (the edit
form has only that field) or for many at once (bulk actions). Registrations are never added in
the admin: sign-ups go through the public form, which counts places and sends the e-mails.
Cancelling in the admin uses the same service as the participant's own link, so the waiting
list moves up.

Registrations are admin-only data (no drafts, revisions or workflow), so this is a plain
:class:`~wagtail.admin.viewsets.model.ModelViewSet` at ``/admin/directory/participants/``, not a
snippet; its bulk actions are Wagtail's generic ones.
"""

import datetime

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from directory.events.models import Event
from directory.events.recurrence import HELSINKI
from directory.listings.spreadsheet import ExportMixin

from .models import EventRegistration
from .services import cancel, csv_safe

CSV = SpreadsheetExportMixin.FORMAT_CSV
XLSX = SpreadsheetExportMixin.FORMAT_XLSX


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds registrations in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return super().users_with_any_permission(["add"]).none()
        return super().users_with_any_permission(actions)


register_permission_policy(EventRegistration, RegistrationPermissionPolicy(EventRegistration))


def _local(value):
    return timezone.localtime(value, HELSINKI).strftime("%Y-%m-%d %H:%M") if value else ""


def _attended(value):
    if value is None:
        return ""
    return str(_("yes") if value else _("no"))


class RegistrationIndexView(ExportMixin, IndexView):
    """Exports in Finnish time, with yes/no for attendance and no spreadsheet formulas, in the
    user's language (the CSV too, though it is written while it streams: ``ExportMixin``).

    Wagtail's generic index view has no bulk actions of its own (only the snippet and page
    listings do), so this one adds the checkbox column and the bulk action footer
    (``participants_index.html``) the way the snippet listing does.
    """

    template_name = "directory/admin/participants_index.html"

    custom_field_preprocess = {
        "attended": {CSV: _attended, XLSX: _attended},
        "created_at": {CSV: _local, XLSX: _local},
        "event.start": {CSV: _local, XLSX: _local},
    }
    custom_value_preprocess = {
        datetime.datetime: {CSV: _local, XLSX: _local},
        str: {CSV: csv_safe},
        **IndexView.custom_value_preprocess,
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="participant"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        # The checkboxes are described by the participant's name (aria-describedby).
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda obj: f"participant_{quote(obj.pk)}_title"
        )


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    name = "directory_participants"
    url_prefix = "directory/participants"
    index_view_class = RegistrationIndexView
    icon = "group"
    menu_label = _("Participants")
    add_to_admin_menu = False  # shown in the Directory group
    list_display = ["name", "email", "event", "status", "attended", "created_at"]
    list_filter = {"event": ["exact"], "status": ["exact"], "attended": ["exact"]}
    list_export = [
        "event",
        "event.start",
        "name",
        "email",
        "phone",
        "organisation_name",
        "needs",
        "get_status_display",
        "attended",
        "created_at",
        "language",
    ]
    export_headings = {
        "event": _("Event"),
        "event.start": _("Starts"),
        "get_status_display": _("Status"),
    }
    export_filename = "participants"
    search_fields = ["name", "email", "organisation_name"]
    search_backend_name = None
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "event",
        "status",
        "name",
        "email",
        "phone",
        "organisation_name",
        "needs",
        "consent",
        "language",
        "attended",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "anonymised_at",
    ]
    # The edit form only marks attendance; places move only through sign-up and cancellation.
    panels = [FieldPanel("attended")]


# --- bulk actions: attendance and cancellation ------------------------------------------------
class RegistrationBulkAction(BulkAction):
    """Wagtail's generic bulk action (``/admin/bulk/registrations/eventregistration/<action>/``),
    allowed for each registration the user may change."""

    template_name = "directory/admin/registration_bulk_action.html"

    @classproperty
    def models(cls):
        return [EventRegistration]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.model)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    def object_context(self, obj):
        return {"item": obj, "edit_url": AdminURLFinder(self.request.user).get_edit_url(obj)}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "header_icon": EventRegistrationViewSet.icon,
            "action_display_name": self.display_name,
            "action_help": self.help_text,
        }


class MarkAttendedBulkAction(RegistrationBulkAction):
    display_name = _("Mark as attended")
    action_type = "mark_attended"
    aria_label = _("Mark the selected participants as attended")
    help_text = _("Only confirmed participants are marked.")
    action_priority = 10
    value = True

    @classmethod
    def execute_action(cls, objects, **kwargs):
        count = EventRegistration.objects.filter(
            pk__in=[obj.pk for obj in objects], status=EventRegistration.Status.CONFIRMED
        ).update(attended=cls.value)
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Attendance marked for %(count)d participant.",
            "Attendance marked for %(count)d participants.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class MarkAbsentBulkAction(MarkAttendedBulkAction):
    display_name = _("Mark as not attended")
    action_type = "mark_absent"
    aria_label = _("Mark the selected participants as not attended")
    action_priority = 20
    value = False


class CancelRegistrationBulkAction(RegistrationBulkAction):
    display_name = _("Cancel registration")
    action_type = "cancel_registration"
    aria_label = _("Cancel the selected registrations")
    help_text = _(
        "The participants get an e-mail about the cancellation, and freed places go to the "
        "first people on the waiting list, who are e-mailed too."
    )
    action_priority = 40
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, **kwargs):
        count = 0
        for registration in objects:
            if registration.status != EventRegistration.Status.CANCELLED:
                cancel(registration)
                count += 1
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d registration cancelled.",
            "%(count)d registrations cancelled.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


for action in (MarkAttendedBulkAction, MarkAbsentBulkAction, CancelRegistrationBulkAction):
    hooks.register("register_bulk_action", action)


@hooks.register("register_snippet_listing_buttons")
def event_participants_button(snippet, user, next_url=None):
    """ "Participants" in the menu of an event that takes registrations on the portal."""
    if (
        isinstance(snippet, Event)
        and snippet.registration == Event.Registration.PORTAL
        and user.has_perm("registrations.view_eventregistration")
    ):
        url = reverse(f"{EventRegistrationViewSet.name}:index")
        yield Button(
            _("Participants"), url=f"{url}?event={snippet.pk}", icon_name="group", priority=15
        )
