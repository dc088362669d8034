"""The "Guidance review" workflow (Moderators approve) on every guidance index, and the
Editors' and Moderators' permissions on contacts.

New guidance indexes get the workflow from a post_save signal (pilots.workflows).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Guidance review"
TASK_NAME = "Guidance approval by Moderators"
CONTACT_PERMISSIONS = {
    "Editors": ["add_contact", "change_contact", "view_contact"],
    "Moderators": ["add_contact", "change_contact", "delete_contact", "view_contact"],
}


def create_workflow_and_permissions(apps, schema_editor):
    app_config = apps.get_app_config("pilots")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    GuidanceIndexPage = apps.get_model("pilots.GuidanceIndexPage")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    editors, _ = Group.objects.get_or_create(name="Editors")

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=content_type, active=True
        )
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in GuidanceIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})

    for group in (editors, moderators):
        for codename in CONTACT_PERMISSIONS[group.name]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="pilots", codename=codename)
            )


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pilots", "0001_initial"),
        ("portal", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow_and_permissions, remove_workflow)]
