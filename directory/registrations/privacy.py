"""Participants' personal data: erased 30 days after the event (``anonymise_registrations``)
or at once when the person asks, from the signed link in their e-mail."""

from django.utils import timezone

from .models import EventRegistration
from .services import CANCELLED, cancel, registration_state

ANONYMISED_NAME = "–"


def anonymised_values(now):
    """What a registration keeps once its personal data is removed: status and dates only."""
    return {
        "name": ANONYMISED_NAME,
        "email": "",
        "phone": "",
        "organisation_name": "",
        "needs": "",
        "anonymised_at": now,
    }


def remove_personal_data(registration, now=None):
    """The person's own request (from their signed link): a place they hold is given up first
    (with the usual e-mail, so the waiting list moves up), then their details are erased."""
    now = now or timezone.now()
    if registration.status != CANCELLED and not registration_state(registration.event).ended:
        cancel(registration, now=now)
    EventRegistration.objects.filter(pk=registration.pk).update(**anonymised_values(now))
