"""Moderators handle the readers' error reports."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="directory", model="errorreport")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for action in ("view", "change", "delete"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_errorreport",
            defaults={"name": f"Can {action} error report"},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_error_reports_and_reminders")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
