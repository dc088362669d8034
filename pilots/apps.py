from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    label = "pilots"
    verbose_name = _("Pilots and guidance")

    def ready(self):
        from .workflows import connect_signals  # noqa: PLC0415 - needs the models loaded

        connect_signals()
