"""Admin registrations of the blog and its section on the home page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import HOME_SECTION_HOOK
from home.sections import HomeSection
from search.registry import SEARCH_TYPES_HOOK, PageType

from .models import Author, BlogIndexPage, BlogPostPage, Category, attach_localized_taxonomy

HOME_POST_COUNT = 3


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class BlogSnippetGroup(SnippetViewSetGroup):
    items = (AuthorViewSet, CategoryViewSet)
    menu_icon = "doc-full"
    menu_label = _("Blog")
    menu_name = "blog"


register_snippet(BlogSnippetGroup)


@hooks.register(HOME_SECTION_HOOK)
def latest_posts_section(page, request):
    """The three latest posts of the home page's language."""
    index_page = (
        BlogIndexPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, alias_of__isnull=True)
        .descendant_of(page)
        .first()
    )
    posts = (
        BlogPostPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, alias_of__isnull=True)
        .descendant_of(page)
        .order_by("-date", "-first_published_at", "-pk")
    )
    items = attach_localized_taxonomy(
        BlogIndexPage.with_listing_data(posts)[:HOME_POST_COUNT], page.locale
    )
    return HomeSection(
        key="blog",
        title=_("Latest posts"),
        items=items,
        template="blog/includes/home_posts.html",
        more_url=index_page.get_url(request) if index_page else "",
        more_label=_("All posts"),
        order=10,
    )


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    return [
        PageType(
            "blog",
            pgettext_lazy("search type", "Blog post"),
            pgettext_lazy("search type", "Blog posts"),
            ["blog.BlogPostPage"],
            order=10,
        )
    ]
