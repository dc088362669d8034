"""Test data for organisations and activities (factory_boy)."""

import datetime

import factory
from django.utils import timezone

from directory.taxonomy.models import Municipality, Theme

from .models import Activity, Organisation


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testiyhdistys {n} ry")
    description = factory.Faker("paragraph", locale="fi_FI")
    email = factory.Sequence(lambda n: f"info{n}@yhdistys.example.fi")
    live = True
    # Published once, as through the moderation (``publish()`` sets it; the API's tombstones
    # are kept only for listings that were once public).
    first_published_at = factory.LazyAttribute(lambda o: timezone.now() if o.live else None)
    last_confirmed = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = Organisation


class ActivityFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Vertaisryhmä numero {n}")
    summary = factory.Faker("sentence", locale="fi_FI")
    description = factory.Faker("paragraph", locale="fi_FI")
    kind = Activity.Kind.PEER_SUPPORT
    municipality = factory.LazyFunction(
        lambda: Municipality.objects.default_locale().get(slug="kuopio")
    )
    live = True
    # Published once, as through the moderation (``publish()`` sets it; the API's tombstones
    # are kept only for listings that were once public).
    first_published_at = factory.LazyAttribute(lambda o: timezone.now() if o.live else None)
    last_confirmed = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            # A ParentalManyToManyField is written to the database on save.
            self.themes.set(Theme.objects.default_locale().filter(slug__in=extracted))
            self.save()
