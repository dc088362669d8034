"""The "Guidance review" workflow ("Ohjeiden tarkastus"): Moderators approve guidance before it is
published.

The workflow is created by a data migration, named in the portal's default language
(:mod:`portal.workflows`), and assigned to every guidance index, so it covers
the pilots, guides and centres below it. New guidance indexes (made in the admin, by
wagtail-localize's translation or synchronisation, or by the demo) get it from a ``post_save``
signal.
"""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Workflow, WorkflowPage

from portal.workflows import known_names

GUIDANCE_WORKFLOW_NAME = _("Guidance review")
GUIDANCE_TASK_NAME = _("Guidance approval by Moderators")


def assign_guidance_workflow(page):
    """Give a guidance index the review workflow (made by migration 0002) unless it has one.

    If an administrator has deleted or deactivated the workflow, nothing is assigned: the page
    then follows whatever workflow they set up instead.
    """
    workflow = Workflow.objects.filter(
        name__in=known_names(GUIDANCE_WORKFLOW_NAME), active=True
    ).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def guidance_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_guidance_workflow(instance)


def connect_signals():
    from .models import GuidanceIndexPage  # noqa: PLC0415 - called from AppConfig.ready()

    post_save.connect(
        guidance_index_saved, sender=GuidanceIndexPage, dispatch_uid="pilots_guidance_workflow"
    )
