import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from blog.factories import AuthorFactory, BlogPostPageFactory, CategoryFactory

from .conftest import translate_page

pytestmark = pytest.mark.django_db


def titles(response):
    return [post.title for post in response.context["posts"]]


def make_posts(blog, count, **kwargs):
    start = datetime.date(2020, 1, 1)
    return [
        BlogPostPageFactory(
            parent=blog,
            title=f"Kirjoitus {n:02d}",
            date=start + datetime.timedelta(days=n),
            **kwargs,
        )
        for n in range(count)
    ]


def test_posts_are_listed_newest_first_with_a_result_count(client, blog):
    make_posts(blog, 3)
    draft = BlogPostPageFactory(parent=blog, title="Luonnos", live=False)
    response = client.get(blog.url)
    assert response.status_code == 200
    assert titles(response) == ["Kirjoitus 02", "Kirjoitus 01", "Kirjoitus 00"]
    assert draft.title not in response.content.decode()
    assert '<p class="result-count" role="status">3 kirjoitusta</p>' in response.content.decode()


def test_listing_is_paginated_by_ten_with_accessible_navigation(client, blog):
    make_posts(blog, 23)
    first = client.get(blog.url)
    assert len(titles(first)) == 10
    html = first.content.decode()
    assert '<nav class="pagination" aria-label="Kirjoitusten sivut">' in html
    assert 'href="?page=1" aria-current="page"' in html
    assert 'href="?page=2" rel="next"' in html
    third = client.get(blog.url, {"page": 3})
    assert titles(third) == ["Kirjoitus 02", "Kirjoitus 01", "Kirjoitus 00"]
    assert 'rel="prev"' in third.content.decode()
    # A page number out of range shows the last page rather than an error.
    assert titles(client.get(blog.url, {"page": 99})) == titles(third)


def test_filters_combine_and_each_can_be_removed(client, blog):
    workshops, events = CategoryFactory(name="Työpajat"), CategoryFactory(name="Tapahtumat")
    laura, mikko = AuthorFactory(name="Laura"), AuthorFactory(name="Mikko")
    BlogPostPageFactory(
        parent=blog, title="Osuma", categories=[workshops], tags=["kevät"], authors=[laura]
    )
    BlogPostPageFactory(parent=blog, title="Väärä tagi", categories=[workshops], authors=[laura])
    BlogPostPageFactory(
        parent=blog,
        title="Väärä kirjoittaja",
        categories=[workshops],
        tags=["kevät"],
        authors=[mikko],
    )
    BlogPostPageFactory(
        parent=blog, title="Väärä aihe", categories=[events], tags=["kevät"], authors=[laura]
    )

    spring = Tag.objects.get(name="kevät")
    response = client.get(
        blog.url, {"category": workshops.slug, "tag": spring.slug, "author": laura.pk}
    )
    assert titles(response) == ["Osuma"]
    chips = {chip["param"]: chip for chip in response.context["active_filters"]}
    assert chips["category"]["value"] == "Työpajat"
    assert chips["author"]["value"] == "Laura"
    assert chips["tag"]["value"] == "kevät"
    # Removing the tag filter keeps the others.
    assert chips["tag"]["remove_url"] == f"{blog.url}?category={workshops.slug}&author={laura.pk}"
    assert set(titles(client.get(chips["tag"]["remove_url"]))) == {"Osuma", "Väärä tagi"}
    html = response.content.decode()
    assert f'href="{chips["tag"]["remove_url"].replace("&", "&amp;")}"' in html
    assert '<form method="get"' in html


def test_unknown_filter_shows_the_empty_state(client, blog):
    make_posts(blog, 2)
    response = client.get(blog.url, {"category": "ei-ole"})
    assert titles(response) == []
    html = response.content.decode()
    assert "Valintoja vastaavia kirjoituksia ei löytynyt." in html
    assert f'<a href="{blog.url}">Näytä kaikki kirjoitukset</a>' in html


@pytest.mark.parametrize("author", ["²", "٣", "9" * 30, "-1"])
def test_an_author_that_is_not_an_id_shows_the_empty_state(client, blog, author):
    make_posts(blog, 1)
    response = client.get(blog.url, {"author": author})
    assert response.status_code == 200
    assert titles(response) == []
    # A value the form cannot take at all (NUL) is left out: every post, no error.
    assert client.get(blog.url, {"author": "a\x00b"}).status_code == 200


def test_query_count_does_not_grow_with_the_number_of_posts(client, blog):
    category = CategoryFactory()

    def count_queries(number):
        for post in make_posts(blog, number, categories=[category], tags=["a", "b"]):
            post.title += f" {number}"
            post.save()
        client.get(blog.url)  # warm caches (site root paths, renditions)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(blog.url).status_code == 200
        blog.get_children().delete()
        return len(queries)

    assert count_queries(15) <= count_queries(3)


def test_swedish_blog_lists_only_swedish_posts(client, blog, swedish_home):
    swedish_blog = translate_page(blog, swedish_home, title="Blogg", slug="blogg")
    translated, untranslated = make_posts(blog, 2)
    translate_page(translated, swedish_blog, title="Svensk text", slug="svensk-text")
    assert titles(client.get(blog.url)) == [untranslated.title, translated.title]
    response = client.get(swedish_blog.url)
    assert swedish_blog.url.startswith("/sv/")
    assert titles(response) == ["Svensk text"]


def test_language_switcher_on_a_post_leads_to_its_translation(client, blog, swedish_home):
    swedish_blog = translate_page(blog, swedish_home, title="Blogg", slug="blogg")
    post = BlogPostPageFactory(parent=blog)
    swedish = translate_page(post, swedish_blog, title="Svensk text", slug="svensk-text")
    html = client.get(post.url).content.decode()
    assert f'<a href="{swedish.url}" hreflang="sv" lang="sv">På svenska</a>' in html


def test_home_page_shows_the_three_latest_posts_of_its_language(client, home, blog):
    make_posts(blog, 5)
    response = client.get(home.url)
    section = next(s for s in response.context["sections"] if s.key == "blog")
    assert [post.title for post in section.items] == [
        "Kirjoitus 04",
        "Kirjoitus 03",
        "Kirjoitus 02",
    ]
    assert section.more_url == blog.url
    assert "Kirjoitus 04" in response.content.decode()


def test_home_page_hides_the_section_without_posts(client, home, blog):
    response = client.get(home.url)
    assert "blog" not in [section.key for section in response.context["sections"]]
