"""Participants of events that take registration on the portal (personal data: see
``docs/events.md`` for what is kept and for how long)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.events.models import Event
from portal.languages import LanguageField


class EventRegistration(models.Model):
    """A person's place (or place on the waiting list) at an event registered on the portal."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    needs = models.TextField(_("accessibility or dietary needs"), max_length=1000, blank=True)
    consent = models.BooleanField(_("consented to the privacy notice"), default=False)
    language = LanguageField()
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_eventregistration"
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return f"{self.name} – {self.event}"
