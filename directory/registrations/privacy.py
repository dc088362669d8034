"""Participants' personal data: erased 30 days after the event (``anonymise_registrations``)
or at once when the person asks, from the signed link in their e-mail."""

import datetime

from django import forms
from django.conf import settings
from django.db.models import F, Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from directory.events.models import Event
from portal.personal_data import email_filter

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


def anonymise_registrations(days, now=None):
    """Anonymise what is due; returns how many registrations were anonymised."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=days)
    ended = (
        Event.objects.order_by()
        .annotate(last_end=Coalesce(Max("occurrences__end"), F("end")))
        .filter(last_end__lt=cutoff)
        .values("pk")
    )
    return EventRegistration.objects.filter(event__in=ended, anonymised_at__isnull=True).update(
        **anonymised_values(now)
    )


def retention_days():
    return getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30)


def retention():
    days = retention_days()
    return ngettext(
        "Until %(days)d day after the event; then only the status and dates are kept, for "
        "statistics.",
        "Until %(days)d days after the event; then only the status and dates are kept, for "
        "statistics.",
        days,
    ) % {"days": days}


def prune(now):
    return anonymise_registrations(retention_days(), now=now)


def registrations_of(user):
    """Registrations made with an address the user has shown to be theirs. Registrations are
    not tied to accounts (anyone may register without one); the address links them."""
    return EventRegistration.objects.filter(
        email_filter("email", user), anonymised_at__isnull=True
    ).select_related("event")


def export(user):
    return [
        {
            "event": registration.event.title,
            "event_start": registration.event.start.isoformat(),
            "status": registration.status,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "organisation": registration.organisation_name,
            "needs": registration.needs,
            "language": registration.language,
            "registered_at": registration.created_at.isoformat(),
            "cancelled_at": registration.cancelled_at.isoformat()
            if registration.cancelled_at
            else None,
        }
        for registration in registrations_of(user).order_by("pk")
    ]


def deletion_summary(user):
    count = registrations_of(user).count()
    if not count:
        return []
    return [
        ngettext(
            "%(count)d event registration was made with your e-mail address. Registrations do "
            "not need an account: they stay unless you choose to remove them below.",
            "%(count)d event registrations were made with your e-mail address. Registrations do "
            "not need an account: they stay unless you choose to remove them below.",
            count,
        )
        % {"count": count}
    ]


def deletion_fields(user):
    if not registrations_of(user).exists():
        return {}
    return {
        "remove_registrations": forms.BooleanField(
            label=_("Also remove my event registrations (places I hold are given up)"),
            required=False,
        )
    }


def erase(user, choices):
    if not choices.get("remove_registrations"):
        return
    now = timezone.now()
    for registration in registrations_of(user):
        remove_personal_data(registration, now=now)


TEXTS = {
    "title": gettext_lazy("Event registrations"),
    "contents": gettext_lazy(
        "Name, e-mail address, phone number if asked, organisation and any accessibility or "
        "dietary needs you give; whether you attended."
    ),
    "purpose": gettext_lazy(
        "Holding your place; telling you about changes; the organiser's list of participants."
    ),
    "removal": gettext_lazy(
        "The link in your confirmation message (Remove my details); the place you hold is "
        "given up at the same time."
    ),
}
