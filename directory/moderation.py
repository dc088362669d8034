"""Submitting listings into moderation, and telling submitters what the moderators decided.

Public submissions never change a live row: :func:`submit` stores the edit as a revision and
starts (or resumes) the "Directory moderation" workflow; only the workflow's approval publishes
it. Decisions are e-mailed to the submitter in the language they used, with the moderator's
comment and a link to "My listings".
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.signals import published, task_rejected, workflow_approved
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)


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
    from wagtail.actions.unpublish import UnpublishAction

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


def _listing_from_state(workflow_state):
    from .models import Activity, Event, Organisation

    listing = workflow_state.content_object
    return listing if isinstance(listing, Activity | Event | Organisation) else None


def notify_submitter(workflow_state, decision, comment=""):
    listing = _listing_from_state(workflow_state)
    user = workflow_state.requested_by
    if listing is None or user is None or not user.email:
        return
    language = UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "listing": listing,
            "user": user,
            "decision": decision,
            "comment": comment,
            "my_listings_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("directory_my_listings"),
        }
        subject = (
            _("Your listing was approved: %(name)s")
            if decision == "approved"
            else _("Your listing needs changes: %(name)s")
        ) % {"name": str(listing)}
        body = render_to_string("directory/email/decision.txt", context)
    send_mail(subject, body, None, [user.email])
    logger.info("Told %s about the %s decision on %r", user.pk, decision, listing)


@receiver(workflow_approved)
def on_workflow_approved(sender, instance, user, **kwargs):
    listing = _listing_from_state(instance)
    if listing is not None:
        # Sending the listing and having it approved confirms that it is current.
        type(listing).objects.filter(pk=listing.pk).update(last_confirmed=timezone.localdate())
    notify_submitter(instance, "approved")


@receiver(task_rejected)
def on_task_rejected(sender, instance, user, **kwargs):
    # ``instance`` is the TaskState; its comment is the moderator's reason.
    notify_submitter(instance.workflow_state, "changes_requested", instance.comment or "")


@receiver(published)
def on_published(sender, instance, **kwargs):
    """Each publication of an event is a new iCal version (SEQUENCE), under the same UID."""
    from .models import Event

    if isinstance(instance, Event):
        Event.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
        instance.sequence += 1
        if instance.registration == Event.Registration.PORTAL:
            from .registration import fill_places

            # A raised capacity gives the waiting list its places (and e-mails them).
            transaction.on_commit(lambda: fill_places(instance))
