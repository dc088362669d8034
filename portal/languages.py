"""The portal's languages, read from settings at run time (never frozen into migrations)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def language_choices():
    """``(code, name)`` of every configured portal language (``PORTAL_LANGUAGES``)."""
    return list(settings.LANGUAGES)


def default_language():
    """The default language (the first of ``PORTAL_LANGUAGES``), as a field default that a
    migration records by name rather than by today's value."""
    return settings.LANGUAGE_CODE


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


class LanguageField(models.CharField):
    """A portal language code.

    Its choices are the callable :func:`language_choices`, so a migration records the function,
    not today's list: adding a language (``PORTAL_LANGUAGES=fi,sv,en``) needs no migration.
    """

    def __init__(self, verbose_name=None, *args, **kwargs):
        kwargs.setdefault("max_length", 8)
        kwargs["choices"] = language_choices
        super().__init__(verbose_name or _("language"), *args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices", None)
        if kwargs.get("max_length") == 8:
            kwargs.pop("max_length")
        return name, path, args, kwargs
