"""Apply every retention period of the personal data register (portal.personal_data).

Run daily (cron or a systemd timer, see docs/deployment.md): registrations of events that ended
long enough ago are anonymised, handled error reports past their period are deleted, and so on
for every category that has a retention job. Running it again changes nothing.
"""

from django.core.management.base import BaseCommand

from portal.personal_data import prune_personal_data


class Command(BaseCommand):
    help = "Apply the retention periods of the personal data register."

    def handle(self, *args, **options):
        for key, count in prune_personal_data().items():
            self.stdout.write(f"{key}: {count}")
