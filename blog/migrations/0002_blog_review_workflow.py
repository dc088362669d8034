"""The "Blog review" workflow (group approval by Moderators), assigned to every blog index, and
the Editors' and Moderators' permissions on authors and categories."""

from django.db import migrations


def set_up(apps, schema_editor):
    from blog.workflow import set_up as set_up_blog

    set_up_blog(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("portal", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
