from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    label = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from . import signals  # noqa: F401, PLC0415 - receivers connect once models are ready
