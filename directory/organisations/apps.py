from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "directory.organisations"
    label = "directory"
    verbose_name = _("Directory")
