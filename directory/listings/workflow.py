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
from wagtail.models import ModelLogEntry, WorkflowState
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

# Fields of the row that are not moderated content: publishing an approved revision again keeps
# the row's values.
ROW_FIELDS = ("last_confirmed", "reminded_at")
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


def _last_log_entry(listing, action):
    return (
        ModelLogEntry.objects.for_instance(listing)
        .filter(action=action)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )


def last_approved_revision(listing):
    """The revision last published (approved by the moderators), from Wagtail's audit log."""
    entry = _last_log_entry(listing, "wagtail.publish")
    return entry.revision if entry is not None else None


def last_unpublished_by(listing):
    """Who took the listing out of public view last (``None`` if it never was)."""
    entry = _last_log_entry(listing, "wagtail.unpublish")
    return entry.user if entry is not None else None


def unchanged_since_approval(listing):
    """Not public, nothing waiting for moderation, and no revision saved after the version the
    moderators last approved: publishing it again shows exactly what they approved."""
    if listing.live or listing.pk is None:
        return False
    state = listing.current_workflow_state
    if state is not None and state.status in (
        WorkflowState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_NEEDS_CHANGES,
    ):
        return False
    approved = last_approved_revision(listing)
    return approved is not None and listing.latest_revision_id == approved.pk


@transaction.atomic
def republish(listing, user, *, without_moderation):
    """Make an unpublished listing public again.

    With ``without_moderation`` (the caller checked that its representatives unpublished it),
    a listing unchanged since its approval is published again as the moderators approved it.
    Anything else is sent to the moderators as usual. Returns True when it is public again.
    """
    if without_moderation and unchanged_since_approval(listing):
        model = type(listing)
        # Publishing the revision writes its content to the row; the row's own bookkeeping
        # (confirmations, reminders) is newer than the revision and stays.
        kept = model.objects.filter(pk=listing.pk).values(*ROW_FIELDS).get()
        # The representative's own action on their own listing, as with unpublishing.
        last_approved_revision(listing).publish(
            user=user, changed=False, skip_permission_checks=True
        )
        model.objects.filter(pk=listing.pk).update(**kept)
        return True
    submit(listing.get_latest_revision_as_object(), user)
    return False


def remember_language(user):
    UserProfile.get_for_user(user)  # make sure a profile exists
    profile = UserProfile.get_for_user(user)
    language = translation.get_language()
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
