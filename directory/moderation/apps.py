from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "directory.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        from . import alerts, signals  # noqa: F401, PLC0415 - connects the signal receivers
