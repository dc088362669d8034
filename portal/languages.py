"""The portal's languages, read from settings at run time (never frozen into migrations)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


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


def localized(objects, locale):
    """Each translatable object (pages' snippets, taxonomy terms) in ``locale`` where a
    translation exists, else as it is. ``locale`` is a Locale or a language code.

    One query whatever the number of objects; duplicates (by translation key) are dropped.
    """
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    if isinstance(locale, str):
        locale = Locale.objects.filter(language_code=locale).first()
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale=locale, translation_key__in={obj.translation_key for obj in objects}
        )
    }
    result, seen = [], set()
    for obj in objects:
        if obj.translation_key not in seen:
            seen.add(obj.translation_key)
            result.append(translations.get(obj.translation_key, obj))
    return result
