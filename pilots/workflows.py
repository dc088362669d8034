"""The "Guidance review" workflow: Moderators approve guidance before it is published.

The workflow is created by a data migration and assigned to every guidance index, so it covers
the pilots, guides and centres below it. New guidance indexes (made in the admin, by
wagtail-localize's translation or synchronisation, or by the demo) get it from a ``post_save``
signal.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

GUIDANCE_WORKFLOW_NAME = "Guidance review"
GUIDANCE_TASK_NAME = "Guidance approval by Moderators"


def get_guidance_workflow():
    """The workflow, recreated with its task if it is missing (e.g. after a test flush)."""
    workflow, _created = Workflow.objects.get_or_create(
        name=GUIDANCE_WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=GUIDANCE_TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=GUIDANCE_TASK_NAME, active=True)
        task.groups.add(*Group.objects.filter(name="Moderators"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_guidance_workflow(page):
    """Give a guidance index the review workflow unless it already has one."""
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": get_guidance_workflow()})


def guidance_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_guidance_workflow(instance)


def connect_signals():
    from .models import GuidanceIndexPage

    post_save.connect(
        guidance_index_saved, sender=GuidanceIndexPage, dispatch_uid="pilots_guidance_workflow"
    )
