"""Publishing an event that takes registrations fills freed places from the waiting list."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import published

from directory.events.models import Event

from .services import fill_places


@receiver(published, sender=Event)
def fill_places_on_publish(sender, instance, **kwargs):
    if instance.registration == Event.Registration.PORTAL:
        # A raised capacity gives the waiting list its places (and e-mails them).
        transaction.on_commit(lambda: fill_places(instance))
