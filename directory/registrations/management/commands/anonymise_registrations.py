"""Anonymise the participants of events that ended long enough ago.

Run daily (cron or a systemd timer, see docs/deployment.md). Registrations of events whose last
occurrence ended more than ``--days`` days ago (default ``EVENT_REGISTRATION_RETENTION_DAYS``,
30) lose the name, e-mail, phone, organisation and needs; the status, attendance, language and
dates stay for statistics, and ``anonymised_at`` records when it happened. Running it again
changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from directory.registrations.privacy import anonymise_registrations


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
