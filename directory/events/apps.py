from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "directory.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from . import signals  # noqa: F401, PLC0415 - connects the signal receivers
