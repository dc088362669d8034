"""Every blog index, in every language, gets the "Blog review" workflow when it is created."""

from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import BlogIndexPage
from .workflow import assign_blog_workflow


@receiver(post_save, sender=BlogIndexPage, dispatch_uid="blog_index_workflow")
def give_blog_index_its_workflow(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    assign_blog_workflow(apps, instance.pk)
