"""Synchronise every other language's tree from the default language.

With wagtail-localize's locale synchronisation, a page created in the Finnish tree in the admin
gets an alias in the Swedish tree until someone translates it; the alias shows the Finnish text
marked with lang="fi" (see BasePage.content_language).
"""

from django.conf import settings
from django.db import migrations


def synchronise(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for locale in Locale.objects.exclude(pk=default_locale.pk):
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default_locale}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage_and_locales"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(synchronise, migrations.RunPython.noop)]
