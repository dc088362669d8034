"""Each publication of an event is a new iCal version (SEQUENCE), under the same UID."""

from django.db.models import F
from django.dispatch import receiver
from wagtail.signals import published

from .models import Event


@receiver(published, sender=Event)
def count_sequence(sender, instance, **kwargs):
    Event.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
    instance.sequence += 1
