import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from blog.models import Author, BlogPostPage, Category

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "authors": Author.objects.count(),
        "categories": Category.objects.count(),
    }


def test_demo_blog_is_bilingual_and_loading_it_again_changes_nothing(client, demo_site):
    posts = BlogPostPage.objects.live().filter(alias_of__isnull=True)
    finnish = posts.filter(locale__language_code="fi")
    swedish = posts.filter(locale__language_code="sv")
    assert finnish.count() >= 8
    assert swedish.count() >= 3
    assert Author.objects.filter(locale__language_code="fi").count() == 2
    assert Category.objects.filter(locale__language_code="sv").count() >= 5
    assert all(post.hero_image_id and post.hero_alt_text for post in posts)

    fi_home = client.get("/fi/").content.decode()
    newest = finnish.order_by("-date").first()
    assert newest.title in fi_home
    assert client.get("/sv/blogg/").context["result_count"] == swedish.count()
    assert client.get("/fi/blogi/").context["result_count"] == finnish.count()

    before = snapshot()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == before
