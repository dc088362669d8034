import datetime

import feedparser
import pytest

from blog.factories import AuthorFactory, BlogPostPageFactory, CategoryFactory

from .conftest import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(blog):
    events = CategoryFactory(name="Tapahtumat")
    author = AuthorFactory(name="Laura Kettunen")
    newest = BlogPostPageFactory(
        parent=blog,
        title="Syksyn tapahtumat & ilmoittautuminen",
        introduction="Kokosimme syksyn päivämäärät.",
        date=datetime.date(2020, 8, 10),
        categories=[events],
        authors=[author, AuthorFactory(name="Mikko Halonen")],
    )
    older = BlogPostPageFactory(parent=blog, title="Vanhempi", date=datetime.date(2019, 5, 1))
    BlogPostPageFactory(parent=blog, title="Luonnos", live=False)
    return {"newest": newest, "older": older, "category": events}


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_rss_feed_is_valid_with_absolute_links_dates_authors_and_summaries(client, blog, posts):
    response, feed = parse(client, f"{blog.url}feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Blogi"
    assert feed.feed.link == f"http://testserver{blog.url}"
    assert feed.feed.language == "fi"
    assert [entry.title for entry in feed.entries] == [
        "Syksyn tapahtumat & ilmoittautuminen",
        "Vanhempi",
    ]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{posts['newest'].url}"
    assert entry.summary == "Kokosimme syksyn päivämäärät."
    assert entry.author == "Laura Kettunen, Mikko Halonen"
    assert entry.published_parsed[:3] == (2020, 8, 9)  # midnight in Helsinki, in UTC
    assert "Tapahtumat" in [tag.term for tag in entry.tags]


def test_atom_feed_is_valid(client, blog, posts):
    response, feed = parse(client, f"{blog.url}feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert len(feed.entries) == 2
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{posts['newest'].url}"
    assert entry.id == entry.link
    assert entry.summary == "Kokosimme syksyn päivämäärät."
    assert [author.name for author in entry.authors] == ["Laura Kettunen, Mikko Halonen"]
    assert entry.published_parsed[:3] == (2020, 8, 9)
    assert entry.updated_parsed is not None


def test_category_feeds_hold_only_that_category(client, blog, posts):
    slug = posts["category"].slug
    for kind in ("rss", "atom"):
        _response, feed = parse(client, f"{blog.url}category/{slug}/feed/{kind}/")
        assert [entry.title for entry in feed.entries] == ["Syksyn tapahtumat & ilmoittautuminen"]
        assert feed.feed.title == "Blogi: Tapahtumat"
    assert client.get(f"{blog.url}category/ei-ole/feed/rss/").status_code == 404


def test_feeds_are_per_language(client, blog, posts, swedish_home):
    swedish_blog = translate_page(blog, swedish_home, title="Blogg", slug="blogg")
    translate_page(posts["older"], swedish_blog, title="Äldre", slug="aldre")
    _response, feed = parse(client, f"{swedish_blog.url}feed/atom/")
    assert feed.feed.language == "sv"
    assert [entry.title for entry in feed.entries] == ["Äldre"]
    assert feed.entries[0].link.startswith("http://testserver/sv/")


def test_index_links_to_its_feeds(client, blog, posts):
    html = client.get(blog.url).content.decode()
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="Blogi (RSS)" '
        f'href="http://testserver{blog.url}feed/rss/">' in html
    )
    assert f'href="http://testserver{blog.url}feed/atom/"' in html
    slug = posts["category"].slug
    filtered = client.get(blog.url, {"category": slug}).content.decode()
    assert f'href="http://testserver{blog.url}category/{slug}/feed/rss/"' in filtered
