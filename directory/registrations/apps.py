from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "directory.registrations"
    label = "registrations"
    verbose_name = _("Registrations")

    def ready(self):
        from . import signals  # noqa: F401, PLC0415 - connects the signal receivers
