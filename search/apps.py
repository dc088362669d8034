from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        from .signals import register_signal_handlers  # noqa: PLC0415 - needs the models loaded

        register_signal_handlers()
