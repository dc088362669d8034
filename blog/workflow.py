"""The "Blog review" workflow ("Blogin tarkastus"): Moderators approve what Editors submit in the
blog.

The workflow and its group approval task are created by a data migration (``set_up``), named in
the portal's default language (:mod:`portal.workflows`). Each blog index is assigned the workflow
when it is first saved, unless an administrator has already given it another one or has deleted
the workflow.
"""

from django.contrib.auth.management import create_permissions
from django.utils.translation import gettext_lazy as _

from portal.workflows import default_name, known_names

BLOG_WORKFLOW_NAME = _("Blog review")
BLOG_TASK_NAME = _("Blog moderator approval")
APPROVER_GROUP = "Moderators"

EDITOR_SNIPPET_PERMISSIONS = [
    "add_author",
    "change_author",
    "view_author",
    "add_category",
    "change_category",
    "view_category",
]
MODERATOR_SNIPPET_PERMISSIONS = EDITOR_SNIPPET_PERMISSIONS + ["delete_author", "delete_category"]


def ensure_blog_workflow(apps):
    """The "Blog review" workflow, created with its task for Moderators if missing."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")

    workflow = Workflow.objects.filter(name__in=known_names(BLOG_WORKFLOW_NAME)).first()
    if workflow is not None:
        return workflow
    workflow = Workflow.objects.create(name=default_name(BLOG_WORKFLOW_NAME), active=True)
    task = GroupApprovalTask.objects.filter(name__in=known_names(BLOG_TASK_NAME)).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=default_name(BLOG_TASK_NAME),
            active=True,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
        approvers, _created = Group.objects.get_or_create(name=APPROVER_GROUP)
        task.groups.add(approvers)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_blog_workflow(apps, page_id):
    """Give the blog index ``page_id`` the blog workflow unless it already has one."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    workflow = Workflow.objects.filter(name__in=known_names(BLOG_WORKFLOW_NAME)).first()
    if workflow is None or WorkflowPage.objects.filter(page_id=page_id).exists():
        return
    WorkflowPage.objects.create(page_id=page_id, workflow=workflow)


def grant_snippet_permissions(apps):
    """Let Editors and Moderators manage authors and categories (Moderators also delete)."""
    app_config = apps.get_app_config("blog")
    if getattr(app_config, "models_module", None) is None:  # historical app config
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    else:
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in (
        ("Editors", EDITOR_SNIPPET_PERMISSIONS),
        ("Moderators", MODERATOR_SNIPPET_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="blog", codename__in=codenames)
        )


def set_up(apps):
    """Everything the blog needs in the database besides content (used by migration and demo)."""
    ensure_blog_workflow(apps)
    grant_snippet_permissions(apps)
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")
    for page_id in BlogIndexPage.objects.values_list("pk", flat=True):
        assign_blog_workflow(apps, page_id)
