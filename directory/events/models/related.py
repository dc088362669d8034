"""What belongs to one event: its texts in other languages and its dates."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel

from directory.listings.models import ListingTranslation

from ..recurrence import HELSINKI
from .event import Event


class EventTranslation(ListingTranslation):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("short summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    status_note = models.CharField(_("note on the status"), max_length=300, blank=True)
    fee_description = models.CharField(_("fee"), max_length=300, blank=True)
    accessibility_details = models.CharField(_("accessibility details"), max_length=500, blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("status_note"),
        FieldPanel("fee_description"),
        FieldPanel("accessibility_details"),
    ]

    class Meta(ListingTranslation.Meta):
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_eventtranslation"
        constraints = [
            models.UniqueConstraint(fields=["event", "language"], name="unique_event_language")
        ]


class OccurrenceQuerySet(models.QuerySet):
    def public(self):
        return self.filter(event__in=Event.objects.public().values("pk"))

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())


class EventOccurrence(models.Model):
    """One date of an event, generated from its start, end and recurrence."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("occurrence")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_eventoccurrence"
        verbose_name_plural = _("occurrences")

    def __str__(self):
        return f"{self.event} {self.local_start:%d.%m.%Y %H:%M}"

    @property
    def local_start(self):
        return self.start.astimezone(HELSINKI)

    @property
    def local_end(self):
        return self.end.astimezone(HELSINKI)

    @property
    def is_past(self):
        return self.end < timezone.now()
