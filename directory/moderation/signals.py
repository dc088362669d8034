"""Telling submitters what the moderators decided.

Decisions are e-mailed to the submitter in the language they used, with the moderator's comment
and a link to "My listings" (staff who submit in the admin get Wagtail's e-mail instead). Approval
also confirms that the listing is current.
"""

import logging

from django.conf import settings
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.signals import task_rejected, workflow_approved
from wagtail.users.models import UserProfile

from directory.listings.models import Listing
from portal import mail
from portal.addresses import absolute

logger = logging.getLogger(__name__)


def _listing_from_state(workflow_state):
    listing = workflow_state.content_object
    return listing if isinstance(listing, Listing) else None


def _decided_version(workflow_state, task_state=None):
    """The listing as the moderator decided on it: the revision of the deciding task.

    The workflow state's ``content_object`` was loaded before the approval published the
    revision, so a listing renamed in the revision would still carry its old name.
    """
    listing = _listing_from_state(workflow_state)
    task_state = task_state or workflow_state.current_task_state
    revision = getattr(task_state, "revision", None)
    if listing is None or revision is None:
        return listing
    return revision.as_object()


def notify_submitter(workflow_state, decision, comment="", task_state=None):
    listing = _decided_version(workflow_state, task_state)
    user = workflow_state.requested_by
    if listing is None or user is None or not user.email:
        return
    if user.is_staff:
        # Staff get Wagtail's decision e-mail (the portal's text), whose links lead to the admin.
        return
    language = UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "listing": listing,
            "user": user,
            "decision": decision,
            "comment": comment,
            "my_listings_url": absolute(reverse("directory_my_listings")),
        }
        subject = (
            _("Your listing was approved: %(name)s")
            if decision == "approved"
            else _("Your listing needs changes: %(name)s")
        ) % {"name": str(listing)}
        body = render_to_string("directory/email/decision.txt", context)
    # Queued: sent after the approval commits, so a mail server that is down never undoes it.
    mail.send(subject, body, [user.email])
    logger.info("Queued the %s e-mail of the %s decision on %r", user.pk, decision, listing)


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
    notify_submitter(
        instance.workflow_state, "changes_requested", instance.comment or "", task_state=instance
    )
