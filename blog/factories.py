import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Locale

from .models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage, Category


def _default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name", locale="fi_FI")
    role = factory.Faker("job", locale="fi_FI")
    locale = factory.LazyFunction(_default_locale)

    class Meta:
        model = Author


class CategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Aihe {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))
    description = factory.Faker("sentence", locale="fi_FI")
    locale = factory.LazyFunction(_default_locale)

    class Meta:
        model = Category


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blogi"
    slug = factory.Sequence(lambda n: f"blogi-{n}")
    introduction = factory.Faker("paragraph", locale="fi_FI")

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(wagtail_factories.PageFactory):
    """A live post with one author; pass ``authors``, ``categories`` and ``tags`` lists."""

    title = factory.Faker("sentence", nb_words=5, locale="fi_FI")
    date = factory.Faker("date_between", start_date="-3y", end_date="-1d")
    introduction = factory.Faker("paragraph", locale="fi_FI")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Kappale tekstiä.</p>")])

    class Meta:
        model = BlogPostPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        authors = extracted if extracted is not None else [AuthorFactory()]
        obj.post_authors = [BlogPostAuthor(author=author) for author in authors]
        if create:
            obj.save()

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if extracted:
            obj.categories = list(extracted)
            if create:
                obj.save()

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if extracted:
            obj.tags.add(*extracted)
            if create:
                obj.save()
