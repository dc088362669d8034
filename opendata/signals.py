"""Record a tombstone (:class:`opendata.models.Tombstone`) when a listing leaves the public data.

Only listings that were once published leave a tombstone, so a draft's id is never given out.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_unpublished

from .models import Tombstone
from .public import PUBLIC


def _was_published(instance):
    return getattr(instance, "first_published_at", None) is not None


def listing_saved(sender, instance, kind, **kwargs):
    _model, public = PUBLIC[kind]
    if _was_published(instance) and not public().filter(pk=instance.pk).exists():
        Tombstone.record(kind, [instance.pk])
    if kind == Tombstone.Kind.ORGANISATION and not instance.live:
        # An organisation's activities and events leave with it.
        for child_kind, related in (
            (Tombstone.Kind.ACTIVITY, instance.activities),
            (Tombstone.Kind.EVENT, instance.events),
        ):
            ids = related.filter(first_published_at__isnull=False).values_list("pk", flat=True)
            Tombstone.record(child_kind, ids)


def listing_deleted(sender, instance, kind, **kwargs):
    if _was_published(instance):
        Tombstone.record(kind, [instance.pk])


def centre_removed(sender, instance, **kwargs):
    Tombstone.record(Tombstone.Kind.CENTRE, [instance.pk])


def connect():
    from pilots.models import CentrePage  # noqa: PLC0415 - models load after the app registry

    for kind, (model, _public) in PUBLIC.items():
        post_save.connect(
            _bind(listing_saved, kind), sender=model, weak=False, dispatch_uid=f"tomb-save-{kind}"
        )
        post_delete.connect(
            _bind(listing_deleted, kind), sender=model, weak=False, dispatch_uid=f"tomb-del-{kind}"
        )
    page_unpublished.connect(centre_removed, sender=CentrePage, dispatch_uid="tomb-centre-unpub")
    post_delete.connect(centre_removed, sender=CentrePage, dispatch_uid="tomb-centre-del")


def _bind(handler, kind):
    def receiver(sender, instance, **kwargs):
        handler(sender, instance, kind, **kwargs)

    return receiver
