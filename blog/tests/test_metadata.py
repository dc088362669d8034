import json
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blog.factories import AuthorFactory, BlogPostPageFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(blog):
    image = get_image_model().objects.create(title="Kuva", file=get_test_image_file())
    return BlogPostPageFactory(
        parent=blog,
        title="Työpaja </script> omalle porukalle",
        introduction="Kahden tunnin työpaja.",
        hero_image=image,
        hero_alt_text="Kuusi hahmoa pöydän ympärillä.",
        hero_caption="Työpaja",
        hero_credit="Kuvitus: hanke",
        authors=[AuthorFactory(name="Laura Kettunen", role="projektikoordinaattori")],
        categories=[CategoryFactory(name="Työpajat")],
        tags=["palvelumuotoilu"],
    )


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_post_has_blogposting_json_ld(client, post):
    html = client.get(post.url).content.decode()
    data = json_ld(html)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Työpaja </script> omalle porukalle"
    assert data["url"] == f"http://testserver{post.url}"
    assert data["datePublished"].startswith(post.date.isoformat())
    assert data["author"] == [
        {"@type": "Person", "name": "Laura Kettunen", "jobTitle": "projektikoordinaattori"}
    ]
    assert data["image"].startswith("http://testserver/")
    assert data["inLanguage"] == "fi"
    assert data["articleSection"] == ["Työpajat"]
    assert data["keywords"] == ["palvelumuotoilu"]
    # The title cannot close the data block early: only the block and the site's own
    # external scripts end a script element.
    ends = html.count("</script>")
    assert ends == 1 + len(re.findall(r'<script src="[^"]+" defer></script>', html))
    assert "Työpaja </script>" not in html


def test_post_has_opengraph_twitter_and_canonical_tags(client, post):
    html = client.get(post.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+">', html)
    assert '<meta property="og:image:alt" content="Kuusi hahmoa pöydän ympärillä.">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert re.search(r'<meta name="twitter:image" content="http://testserver/[^"]+">', html)
    assert f'<meta property="article:published_time" content="{post.date.isoformat()}' in html
    assert f'<link rel="canonical" href="http://testserver{post.url}">' in html


def test_post_page_shows_authors_reading_time_hero_and_taxonomy(client, post):
    html = client.get(post.url).content.decode()
    assert html.count("<h1>") == 1
    assert 'alt="Kuusi hahmoa pöydän ympärillä."' in html
    assert "Kuvitus: hanke" in html
    assert "Lukuaika 1 min" in html
    assert "Laura Kettunen" in html and "projektikoordinaattori" in html
    assert "?category=tyopajat" in html
    assert "?tag=palvelumuotoilu" in html
