import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from directory.taxonomy.models import Municipality

from .models import (
    CentreIndexPage,
    CentrePage,
    CentreType,
    Contact,
    GuidanceIndexPage,
    GuidePage,
    PilotPage,
    PilotStatus,
)


class ContactFactory(DjangoModelFactory):
    name = factory.Faker("name", locale="fi_FI")
    title = factory.Faker("job", locale="fi_FI")
    email = factory.LazyAttribute(
        lambda contact: contact.name.lower().replace(" ", ".") + "@example.fi"
    )
    phone = factory.Sequence(lambda n: f"040 000 {n % 10000:04d}")
    organisation = factory.Faker("company", locale="fi_FI")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Contact


class GuidanceIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="fi_FI")
    introduction = factory.Faker("paragraph", locale="fi_FI")

    class Meta:
        model = GuidanceIndexPage


class PilotPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="fi_FI")
    start_date = factory.Faker("date_between", start_date="-3y", end_date="today")
    region = factory.Faker("city", locale="fi_FI")
    status = PilotStatus.ONGOING
    summary = factory.Faker("paragraph", locale="fi_FI")

    class Meta:
        model = PilotPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="fi_FI")
    introduction = factory.Faker("paragraph", locale="fi_FI")

    class Meta:
        model = GuidePage


class CentreIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="fi_FI")

    class Meta:
        model = CentreIndexPage


class CentrePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("company", locale="fi_FI")
    centre_type = CentreType.SOTE_CENTRE
    municipality = factory.LazyFunction(
        lambda: Municipality.objects.default_locale().get(slug="kuopio")
    )
    county = factory.LazyAttribute(lambda centre: centre.municipality.county)
    street_address = factory.Faker("street_address", locale="fi_FI")
    postal_code = factory.Faker("postcode", locale="fi_FI")

    class Meta:
        model = CentrePage
