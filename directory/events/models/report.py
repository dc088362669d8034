"""Readers' error reports about events.

The organisations' :class:`~directory.organisations.models.ErrorReport` knows nothing of events
(they are in an app above it), so an event's report is its multi-table child: every query of
error reports (the moderators' queue and counts, the admin screens, personal data's export,
erasure and pruning) reads event reports as well, and ``ErrorReport.listing`` finds the event
through the parent link.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.organisations.models import ErrorReport

from .event import Event


class EventErrorReport(ErrorReport):
    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="error_reports",
        verbose_name=_("event"),
    )

    class Meta:
        verbose_name = _("error report about an event")
        verbose_name_plural = _("error reports about events")
        # The tables of the directory apps keep the "directory_" prefix.
        db_table = "directory_eventerrorreport"

    @property
    def listing(self):
        return self.event
