"""Test data for events (factory_boy)."""

import datetime

import factory
from django.utils import timezone

from directory.organisations.factories import OrganisationFactory
from directory.taxonomy.models import Municipality, Theme

from .models import Event
from .recurrence import HELSINKI


def in_days(days, hour=18, minute=0):
    """An aware Helsinki datetime ``days`` from today at ``hour``:``minute``."""
    date = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(date, datetime.time(hour, minute), tzinfo=HELSINKI)


class EventFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Tapahtuma numero {n}")
    summary = factory.Faker("sentence", locale="fi_FI")
    description = factory.Faker("paragraph", locale="fi_FI")
    start = factory.LazyFunction(lambda: in_days(7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    municipality = factory.LazyFunction(
        lambda: Municipality.objects.default_locale().get(slug="kuopio")
    )
    venue_name = "Järjestötalo"
    live = True
    # Published once, as through the moderation (``publish()`` sets it; the API's tombstones
    # are kept only for listings that were once public).
    first_published_at = factory.LazyAttribute(lambda o: timezone.now() if o.live else None)

    class Meta:
        model = Event
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(Theme.objects.default_locale().filter(slug__in=extracted))
            self.save()
