"""Submitting listings into moderation: the workflow frame every listing shares.

Public submissions never change a live row: :func:`submit` stores the edit as a revision and
starts (or resumes) the "Directory moderation" workflow ("Hakemiston tarkastus", named in the
default language by :mod:`portal.workflows`); only the workflow's approval publishes it. The
decisions are e-mailed to submitters by :mod:`directory.moderation.signals`.
"""

import logging

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.actions.unpublish import UnpublishAction
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

DIRECTORY_WORKFLOW_NAME = _("Directory moderation")
DIRECTORY_TASK_NAME = _("Directory moderator approval")


class ListingState:
    DRAFT = "draft"
    PENDING = "pending"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    PUBLISHED_EDIT_PENDING = "published_edit_pending"
    UNPUBLISHED = "unpublished"


def listing_state(listing):
    """Where a listing stands, as its representative sees it (and the moderator's comment)."""
    state = listing.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        if listing.live:
            return ListingState.PUBLISHED_EDIT_PENDING, ""
        return ListingState.PENDING, ""
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.task_states.order_by("-started_at").first()
        return ListingState.CHANGES_REQUESTED, (task_state.comment if task_state else "")
    if listing.live:
        return ListingState.PUBLISHED, ""
    if listing.first_published_at:
        return ListingState.UNPUBLISHED, ""
    return ListingState.DRAFT, ""


def _quiet_admin_notifications(user):
    """Representatives get our e-mails, not Wagtail's (whose links lead to the admin)."""
    if user.is_staff:
        return
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = False
        profile.rejected_notifications = False
        profile.submitted_notifications = False
        profile.save()


@transaction.atomic
def save_draft(listing, user):
    """Store the form's content as the latest revision without sending it to moderation."""
    created = listing.pk is None
    if created:
        listing.live = False
        listing.created_by = user
        listing.save()
    # Logged like an admin edit, so the audit log shows who changed what and when.
    return listing.save_revision(user=user, log_action="wagtail.create" if created else True)


@transaction.atomic
def submit(listing, user):
    """Store the content as a revision and send it to the moderators."""
    _quiet_admin_notifications(user)
    revision = save_draft(listing, user)
    state = listing.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        listing.get_workflow().start(listing, user)
    remember_language(user)
    return revision


@transaction.atomic
def withdraw(listing, user):
    """Take a submission back from moderation; a published version stays as it is."""
    state = listing.current_workflow_state
    if state is not None:
        state.cancel(user=user)


@transaction.atomic
def unpublish(listing, user):
    """Take a listing out of public view; representatives may always hide their own."""
    withdraw(listing, user)
    if listing.live:
        # The view already checked that the user represents this organisation; Wagtail's own
        # check would ask for the moderators' publish permission.
        UnpublishAction(listing, user=user).execute(skip_permission_checks=True)


def remember_language(user):
    UserProfile.get_for_user(user)  # make sure a profile exists
    profile = UserProfile.get_for_user(user)
    language = translation.get_language()
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
