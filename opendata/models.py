"""Tombstones: what left the public data, so that a client keeping a copy can remove it.

A listing leaves when it is unpublished, deleted, ended (an activity), or its organisation leaves.
The row carries the kind, the id and the time, never a text. A tombstone whose listing is public
again is not shown (:meth:`TombstoneQuerySet.since`), so one row per listing is enough.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TombstoneQuerySet(models.QuerySet):
    def since(self, kind, moment, public_ids):
        """Tombstones of ``kind`` newer than ``moment`` (``None``: all) whose listing is not
        among ``public_ids`` (a queryset of the public rows' ids) now."""
        rows = self.filter(kind=kind).exclude(object_id__in=public_ids)
        if moment is not None:
            rows = rows.filter(removed_at__gte=moment)
        return rows.order_by("removed_at", "object_id")


class Tombstone(models.Model):
    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("organisation")
        ACTIVITY = "activity", _("activity")
        EVENT = "event", _("event")
        CENTRE = "centre", _("centre")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("id"))
    removed_at = models.DateTimeField(_("removed"), default=timezone.now, db_index=True)

    objects = TombstoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("tombstone")
        verbose_name_plural = _("tombstones")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_tombstone")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"

    @classmethod
    def record(cls, kind, object_ids):
        """Mark ``object_ids`` of ``kind`` as removed now (a newer time for known ones)."""
        now = timezone.now()
        for object_id in set(object_ids):
            cls.objects.update_or_create(
                kind=kind, object_id=object_id, defaults={"removed_at": now}
            )
