"""Create the development administrator and say how to log in. Refused outside development."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.addresses import absolute

USERNAME = "admin"
PASSWORD = "admin"  # development only: the command refuses to run elsewhere


class Command(BaseCommand):
    help = "Create the development admin account (development settings only)."

    def handle(self, *args, **options):
        if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
            raise CommandError("Demo accounts exist only with the development settings.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@example.invalid", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {absolute('/admin/')} — user '{USERNAME}', password '{PASSWORD}' "
                "(development only)."
            )
        )
