"""The guidance workflow and task in the default language ("Ohjeiden tarkastus"), not English."""

from django.db import migrations

from pilots.workflows import GUIDANCE_TASK_NAME, GUIDANCE_WORKFLOW_NAME
from portal.workflows import renaming_migration


class Migration(migrations.Migration):
    dependencies = [
        ("pilots", "0003_centre_taxonomy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(*renaming_migration(GUIDANCE_WORKFLOW_NAME, GUIDANCE_TASK_NAME)),
    ]
