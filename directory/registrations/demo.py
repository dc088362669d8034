"""Demo participants for the demo workshops: invented names, addresses under example.invalid."""

from django.conf import settings

from directory.events.models import Event

from .models import EventRegistration

FIRST_NAMES = ["Aino", "Eero", "Helmi", "Ilmari", "Kaisa", "Lauri", "Maija", "Niilo"]
LAST_NAMES = ["Esimerkki", "Malli", "Koe", "Testinen"]


def load(command):
    if EventRegistration.objects.exists():
        command.stdout.write("Registrations: already loaded")
        return
    workshops = list(Event.objects.filter(registration=Event.Registration.PORTAL).order_by("pk"))
    if len(workshops) < 2:
        return
    # The first workshop is full and has a waiting list; the next has places left.
    _registrations(workshops[0], full=True)
    _registrations(workshops[1], full=False)
    command.stdout.write("Registrations: demo participants")


def _registrations(event, full):
    """Invented participants: the first workshop is full and has a waiting list."""
    confirmed = event.capacity if full else 6
    waitlisted = 2 if full else 0
    for number in range(confirmed + waitlisted):
        name = f"{FIRST_NAMES[number % 8]} {LAST_NAMES[number % 4]}"
        EventRegistration.objects.create(
            event=event,
            status="confirmed" if number < confirmed else "waitlisted",
            name=name,
            email=f"osallistuja{number + 1}@example.invalid",
            organisation_name="Esimerkkiyhdistys ry" if number % 2 else "",
            consent=True,
            language=settings.LANGUAGE_CODE,
        )
