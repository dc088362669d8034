"""The blog's workflow and task in the default language ("Blogin tarkastus"), not English."""

from django.db import migrations

from blog.workflow import BLOG_TASK_NAME, BLOG_WORKFLOW_NAME
from portal.workflows import renaming_migration


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_blog_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(*renaming_migration(BLOG_WORKFLOW_NAME, BLOG_TASK_NAME)),
    ]
