import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from blog.factories import AuthorFactory, BlogPostPageFactory, CategoryFactory
from blog.models import BlogIndexPage, BlogPostPage, Category, localized
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def test_blog_index_goes_under_the_home_page_and_holds_only_posts(home, blog):
    assert BlogIndexPage.can_create_at(home) is False  # one blog per language tree
    assert BlogIndexPage.allowed_parent_page_models() == [HomePage]
    assert BlogIndexPage.allowed_subpage_models() == [BlogPostPage]
    assert BlogPostPage.can_create_at(blog)
    assert not BlogPostPage.can_create_at(home)
    assert BlogPostPage.allowed_subpage_models() == []
    assert not ContentPage.can_create_at(blog)


def test_hero_image_needs_alternative_text(blog):
    image = get_image_model().objects.create(title="Kuva", file=get_test_image_file())
    post = BlogPostPageFactory(parent=blog)
    post.hero_image = image
    post.hero_alt_text = "  "
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "hero_alt_text" in error.value.message_dict
    post.hero_alt_text = "Kaksi ihmistä istuu pöydän ääressä."
    post.full_clean()


def test_reading_time_counts_the_words_of_the_body(blog):
    words = " ".join(["sana"] * 450)
    post = BlogPostPageFactory(
        parent=blog, introduction="Lyhyt.", body=[("paragraph", f"<p>{words}</p>")]
    )
    assert post.reading_time == 3  # 451 words at 200 words a minute
    assert BlogPostPageFactory(parent=blog, body=[]).reading_time == 1


def test_category_slug_is_made_from_the_name():
    category = Category.objects.create(
        name="Vapaaehtoistyö ja vertaistuki", locale=CategoryFactory().locale
    )
    assert category.slug == "vapaaehtoistyo-ja-vertaistuki"


def test_localized_returns_each_objects_translation_where_there_is_one(swedish_home):

    author = AuthorFactory(role="koordinaattori")
    untranslated = AuthorFactory()
    swedish = author.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.role = "koordinator"
    swedish.save()
    result = localized([author, untranslated, author], swedish.locale)
    assert result == [swedish, untranslated]


def test_related_posts_share_a_category_or_a_tag(blog):
    category = CategoryFactory()
    post = BlogPostPageFactory(parent=blog, categories=[category], tags=["työpaja"])
    same_category = BlogPostPageFactory(parent=blog, categories=[category])
    same_tag = BlogPostPageFactory(parent=blog, tags=["työpaja"])
    unrelated = BlogPostPageFactory(parent=blog, tags=["muu"])
    related = post.get_related_posts()
    assert set(related) == {same_category, same_tag}
    assert unrelated not in related and post not in related
