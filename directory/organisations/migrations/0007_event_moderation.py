"""Events go through the "Directory moderation" workflow; staff roles get their permissions.

Moderators manage and publish events and see the participants; Editors (project staff) create the
project's own events, which the moderators approve, and handle the participant lists.
"""

from django.db import migrations

MODERATOR_PERMISSIONS = {
    "event": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
    "eventregistration": ["add", "change", "delete", "view"],
}
EDITOR_PERMISSIONS = {
    "event": ["add", "change", "view"],
    "eventregistration": ["change", "view"],
}


def set_up(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")

    for name, permissions in (("Moderators", MODERATOR_PERMISSIONS), ("Editors", EDITOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        for model, actions in permissions.items():
            content_type, _ = ContentType.objects.get_or_create(app_label="directory", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)

    workflow = Workflow.objects.filter(name="Directory moderation").first()
    if workflow is not None:
        content_type, _ = ContentType.objects.get_or_create(app_label="directory", model="event")
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_events")]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
