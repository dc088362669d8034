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
