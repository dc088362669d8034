"""The directory's workflow and task in the default language ("Hakemiston tarkastus")."""

from django.db import migrations

from directory.listings.workflow import DIRECTORY_TASK_NAME, DIRECTORY_WORKFLOW_NAME
from portal.workflows import renaming_migration


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0009_language_default_from_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(*renaming_migration(DIRECTORY_WORKFLOW_NAME, DIRECTORY_TASK_NAME)),
    ]
