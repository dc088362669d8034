import pytest
from wagtail.models import Locale

from directory.events.pages import CalendarPage
from directory.organisations.models import DirectoryPage
from home.models import HomePage
from portal.demo import create_page


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
    swedish.title = "Startsida"
    swedish.slug = "hem"
    swedish.save_revision().publish()
    return HomePage.objects.get(pk=swedish.pk)


@pytest.fixture
def directory_page(home, swedish_home):
    return create_page(
        home,
        DirectoryPage,
        {
            "slug": {"fi": "hakemisto", "sv": "katalog"},
            "title": {"fi": "Hakemisto", "sv": "Katalog"},
        },
        "search-test-directory",
    )


@pytest.fixture
def calendar_page(home, swedish_home):
    return create_page(
        home,
        CalendarPage,
        {
            "slug": {"fi": "kalenteri", "sv": "kalender"},
            "title": {"fi": "Tapahtumakalenteri", "sv": "Evenemangskalender"},
        },
        "search-test-calendar",
    )


@pytest.fixture
def listing_pages(directory_page, calendar_page):
    return directory_page, calendar_page
