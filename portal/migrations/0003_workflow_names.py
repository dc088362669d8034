"""Wagtail's default workflow for pages ("Moderators approval", made by its migration 0048) and
its task in the default language ("Moderaattorien hyväksyntä")."""

from django.db import migrations

from portal.workflows import DEFAULT_WORKFLOW_NAME, renaming_migration


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(*renaming_migration(DEFAULT_WORKFLOW_NAME))]
