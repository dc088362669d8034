"""Ask representatives to confirm old listings, and flag the stale ones to moderators.

Run daily (cron or a task worker). A listing not confirmed for ``--remind-after`` days (default
``DIRECTORY_REMIND_AFTER_DAYS``, 182) gets one e-mail per representative at most every
``--remind-every`` days, with a signed one-click "still current" link that updates the date
without moderation. Listings not confirmed for ``--stale-after`` days (365) are listed to the
moderators; the public pages mark them.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from directory.organisations.models import Activity, Organisation, Representation
from directory.submissions.views import confirm_token
from portal import mail
from portal.addresses import absolute


class Command(BaseCommand):
    help = "E-mail reminders to confirm old listings and flag stale ones to moderators."

    def add_arguments(self, parser):
        parser.add_argument(
            "--remind-after",
            type=int,
            default=getattr(settings, "DIRECTORY_REMIND_AFTER_DAYS", 182),
        )
        parser.add_argument("--remind-every", type=int, default=30)
        parser.add_argument("--stale-after", type=int, default=365)

    def handle(self, *args, **options):
        today = timezone.localdate()
        now = timezone.now()
        remind_before = today - datetime.timedelta(days=options["remind_after"])
        not_reminded_since = now - datetime.timedelta(days=options["remind_every"])
        sent = 0
        for model in (Organisation, Activity):
            due = model.objects.filter(live=True, last_confirmed__lt=remind_before).filter(
                Q(reminded_at__isnull=True) | Q(reminded_at__lt=not_reminded_since)
            )
            if model is Activity:
                due = due.select_related("organisation")
            for listing in due:
                organisation = listing if model is Organisation else listing.organisation
                users = (
                    get_user_model()
                    .objects.filter(
                        representations__organisation=organisation,
                        representations__status=Representation.Status.APPROVED,
                    )
                    .exclude(email="")
                )
                for user in users:
                    self._remind(user, listing)
                    sent += 1
                model.objects.filter(pk=listing.pk).update(reminded_at=now)
        stale = self._flag_stale(today - datetime.timedelta(days=options["stale_after"]))
        self.stdout.write(f"Sent {sent} reminders; {stale} listings are stale.")

    def _remind(self, user, listing):
        language = UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            token = confirm_token(listing._meta.model_name, listing.pk)
            context = {
                "listing": listing,
                "confirm_url": absolute(reverse("directory_confirm_link", args=[token])),
                "my_listings_url": absolute(reverse("directory_my_listings")),
            }
            subject = _("Is this still current? %(name)s") % {"name": str(listing)}
            body = render_to_string("directory/email/freshness_reminder.txt", context)
        mail.send(subject, body, [user.email])

    def _flag_stale(self, stale_before):
        stale = [
            *Organisation.objects.filter(live=True, last_confirmed__lt=stale_before),
            *Activity.objects.filter(live=True, last_confirmed__lt=stale_before),
        ]
        moderators = (
            get_user_model()
            .objects.filter(groups__name="Moderators", is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        if stale and moderators:
            with translation.override(settings.LANGUAGE_CODE):
                body = render_to_string(
                    "directory/email/stale_listings.txt",
                    {"listings": stale, "admin_url": absolute(reverse("wagtailadmin_home"))},
                )
                subject = _("%(count)s listings have not been confirmed for a year") % {
                    "count": len(stale)
                }
            mail.send(subject, body, list(moderators))
        return len(stale)
