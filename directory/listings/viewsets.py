"""The admin screens every moderated listing shares: after a decision, back to the queue.

A moderator reviews a listing from the moderation queue (``directory.moderation``). When they
approve it or request changes, in the edit view or in the workflow action dialog, they return to
the queue with a message that says what happened ("Hyväksytty: Kävelyryhmä", "Muutoksia
pyydetty: Kävelyryhmä"); a dialog opened elsewhere (the dashboard) returns to where it was.
"""

import django_filters
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, WorkflowActionView

# Registered by directory.moderation, which sits above the listings (named, not imported).
QUEUE_URL_NAME = "directory_moderation_queue"
QUEUE_PERMISSIONS = ("directory.publish_activity", "directory.publish_organisation")


def can_use_queue(user):
    return any(user.has_perm(permission) for permission in QUEUE_PERMISSIONS)


def queue_url(user):
    if not can_use_queue(user):
        return None
    try:
        return reverse(QUEUE_URL_NAME)
    except NoReverseMatch:
        return None


def decision_message(action, title):
    """What a moderator's decision did, or ``None`` for other workflow actions."""
    if action == "approve":
        return _("Approved: %(title)s") % {"title": title}
    if action == "reject":
        return _("Changes requested: %(title)s") % {"title": title}
    return None


class ListingEditView(EditView):
    def _decision(self):
        if self.action != "workflow-action":
            return None
        return decision_message(self.workflow_action, str(self.object))

    def get_success_message(self, instance=None):
        return self._decision() or super().get_success_message(instance)

    def get_success_url(self):
        if self._decision() and (url := queue_url(self.request.user)):
            return url
        return super().get_success_url()


class ListingWorkflowActionView(WorkflowActionView):
    def get_redirect_url(self):
        return (
            get_valid_next_url_from_request(self.request)
            or queue_url(self.request.user)
            or super().get_redirect_url()
        )

    def post(self, request, *args, **kwargs):
        # The title of the revision decided on: the row may still hold the published version.
        title = self.task_state.revision.object_str
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db(fields=["status"])
        if self.task_state.status != self.task_state.STATUS_IN_PROGRESS:
            message = decision_message(self.action_name, title)
            if message:
                messages.success(request, message)
        return response


def date_range_filter(model, field_name):
    """A from–to date filter labelled with the field's own (translated) name.

    Wagtail's ``list_filter = {"start": ["gte", "lte"]}`` would label the filters with
    django-filter's lookup names, fixed in English when the class is built ("Alkaa is greater
    than or equal to").
    """
    verbose_name = model._meta.get_field(field_name).verbose_name
    return django_filters.DateFromToRangeFilter(
        field_name=field_name,
        label=capfirst(verbose_name),
        widget=DateRangePickerWidget,
    )


class ListingViewSet(SnippetViewSet):
    """A moderated listing's snippet screens (organisations, activities, events)."""

    edit_view_class = ListingEditView
    workflow_action_view_class = ListingWorkflowActionView
