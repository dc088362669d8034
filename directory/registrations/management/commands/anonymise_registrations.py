"""Anonymise the participants of events that ended long enough ago.

Run daily (cron or a systemd timer, see docs/deployment.md). Registrations of events whose last
occurrence ended more than ``--days`` days ago (default ``EVENT_REGISTRATION_RETENTION_DAYS``,
30) lose the name, e-mail, phone, organisation and needs; the status, attendance, language and
dates stay for statistics, and ``anonymised_at`` records when it happened. Running it again
changes nothing.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import F, Max
from django.db.models.functions import Coalesce
from django.utils import timezone

from directory.events.models import Event
from directory.registrations.models import EventRegistration
from directory.registrations.privacy import anonymised_values


def anonymise_registrations(days, now=None):
    """Anonymise what is due; returns how many registrations were anonymised."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=days)
    ended = (
        Event.objects.order_by()
        .annotate(last_end=Coalesce(Max("occurrences__end"), F("end")))
        .filter(last_end__lt=cutoff)
        .values("pk")
    )
    return EventRegistration.objects.filter(event__in=ended, anonymised_at__isnull=True).update(
        **anonymised_values(now)
    )


class Command(BaseCommand):
    help = "Anonymise the personal data of participants of events that ended long enough ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30),
            help="Days after the end of the event (default: EVENT_REGISTRATION_RETENTION_DAYS).",
        )

    def handle(self, *args, **options):
        if options["days"] < 0:
            raise CommandError("--days cannot be negative.")
        count = anonymise_registrations(options["days"])
        self.stdout.write(f"Anonymised {count} registrations.")
