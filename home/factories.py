import factory
import wagtail_factories

from .models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="fi_FI")

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="fi_FI")
    introduction = factory.Faker("paragraph", locale="fi_FI")

    class Meta:
        model = ContentPage
