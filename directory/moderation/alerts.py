"""Telling the moderators about new representation requests and error reports.

Submitted listings reach the moderators through Wagtail's workflow e-mails; these two reach them
through ours. Every active member of the Moderators group with an e-mail address gets one, in
their admin language (Account → language; Finnish when they have not chosen), unless they have
turned off "submitted" notifications in their account, as for Wagtail's. The messages are queued
through :mod:`portal.mail` and leave after the request or report has been saved.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site
from wagtail.users.models import UserProfile

from directory.events.models import EventErrorReport
from directory.organisations.models import ErrorReport, Representation
from portal import mail
from portal.addresses import absolute

logger = logging.getLogger(__name__)

MODERATORS = "Moderators"


def moderators():
    """The moderators who want to hear about new submissions, with their languages."""
    languages = {code for code, _name in settings.LANGUAGES}
    users = (
        get_user_model()
        .objects.filter(groups__name=MODERATORS, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
    for user in users:
        profile = UserProfile.get_for_user(user)
        if not profile.submitted_notifications:
            continue
        language = profile.preferred_language
        yield user, language if language in languages else settings.LANGUAGE_CODE


def admin_url(name, *args):
    return absolute(reverse(name, args=args))


def tell_moderators(subject, name, template, context, section):
    """Queue one e-mail per moderator: ``subject`` (a lazy text with ``%(name)s``) and
    ``template`` rendered in their language; ``section`` is the queue's part for the item."""
    context = {"queue_url": admin_url("directory_moderation_queue") + section, **context}
    for user, language in moderators():
        with translation.override(language):
            body = render_to_string(template, {**context, "recipient": user})
            mail.send(str(subject) % {"name": name}, body, [user.email])
    logger.info("Queued the moderators' e-mails about %s", name)


@receiver(post_save, sender=Representation, dispatch_uid="moderation_representation_alert")
def representation_requested(sender, instance, created, raw=False, **kwargs):
    # A representative who adds an organisation represents it at once: nothing to handle.
    if raw or not created or instance.status != Representation.Status.PENDING:
        return
    tell_moderators(
        _("New representation request: %(name)s"),
        str(instance.organisation),
        "directory/email/representation_request.txt",
        {
            "representation": instance,
            "edit_url": admin_url("directory_representations:edit", instance.pk),
        },
        "#representations",
    )


def full_url(url):
    """A public page's address in an e-mail (Wagtail gives a path when there is one site)."""
    if not url or "://" in url:
        return url
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + url


# Django signals a save with the model saved: an event's report is an EventErrorReport.
@receiver(post_save, sender=ErrorReport, dispatch_uid="moderation_error_report_alert")
@receiver(post_save, sender=EventErrorReport, dispatch_uid="moderation_event_error_report_alert")
def error_reported(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    listing = instance.listing
    edit_url = instance.listing_edit_url()
    tell_moderators(
        _("New error report: %(name)s"),
        str(listing),
        "directory/email/error_report.txt",
        {
            "report": instance,
            "listing": listing,
            "kind": instance.listing_kind,
            "edit_url": admin_url("directory_error_reports:edit", instance.pk),
            "listing_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_url
            if edit_url
            else "",
            # Called by the template in each moderator's language (a page for each language).
            "public_url": lambda: full_url(instance.listing_public_url()),
        },
        "#error-reports",
    )
