import pytest

from directory.models import DirectoryPage
from home.models import HomePage
from portal.demo import create_page


@pytest.fixture
def directory_page(db):
    """The directory page in Finnish and Swedish, without the demo listings."""
    home = HomePage.objects.get(locale__language_code="fi")
    return create_page(
        home,
        DirectoryPage,
        {
            "slug": {"fi": "hakemisto", "sv": "katalog"},
            "title": {"fi": "Hakemisto", "sv": "Katalog"},
        },
        "test-directory",
    )


@pytest.fixture
def calendar_page(db, directory_page):
    """The calendar page in Finnish and Swedish (with the directory, for organiser links)."""
    from directory.models import CalendarPage

    home = HomePage.objects.get(locale__language_code="fi")
    return create_page(
        home,
        CalendarPage,
        {
            "slug": {"fi": "kalenteri", "sv": "kalender"},
            "title": {"fi": "Kalenteri", "sv": "Kalender"},
        },
        "test-calendar",
    )
