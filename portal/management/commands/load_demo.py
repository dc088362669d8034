"""Load the Finnish and Swedish demo site. Safe to run again: existing content is kept as is."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each module has ``load(command)``; they run in this order (later ones link to earlier ones).
DEMO_MODULES = [
    "home.demo",
    "blog.demo",
    "pilots.demo",
    "directory.organisations.demo",
    "directory.events.demo",
    "directory.registrations.demo",
    "search.demo",
]


class Command(BaseCommand):
    help = "Load the demo content (Finnish and Swedish). Running it again changes nothing."

    def handle(self, *args, **options):
        for module_name in DEMO_MODULES:
            with transaction.atomic():
                import_module(module_name).load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
