import pytest
from wagtail.models import Locale

from home.models import HomePage

from ..factories import BlogIndexPageFactory


@pytest.fixture
def home(db):
    return HomePage.objects.get(depth=2, locale__language_code="fi")


@pytest.fixture
def swedish_home(home):
    """The Swedish home page, published as a translation of the Finnish one."""
    existing = home.get_translation_or_none(Locale.objects.get(language_code="sv"))
    if existing is not None and not existing.alias_of_id:
        return existing.specific
    if existing is not None:
        existing.delete()
    swedish = home.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Föreningar"
    swedish.slug = "hem"
    swedish.save_revision().publish()
    return HomePage.objects.get(pk=swedish.pk)


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home, slug="blogi")


def translate_page(page, parent, **fields):
    """Publish a Swedish translation of ``page`` under ``parent`` with ``fields`` changed."""
    sv = Locale.objects.get(language_code="sv")
    existing = page.get_translation_or_none(sv)
    if existing is not None:
        existing.delete()
    translation = page.copy_for_translation(sv)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)
