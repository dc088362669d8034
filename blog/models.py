"""The project blog: an index with filters and feeds, posts, authors and categories.

Posts keep their authors and categories as links to the source language's snippets (wagtail-
localize copies them to translations); pages show each snippet's translation in the reader's
language, matched by ``translation_key``.
"""

import datetime
import math
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.addresses import absolute
from portal.jsonld import json_ld_script
from portal.languages import localized
from portal.models import BasePage

from .blocks import BlogStreamBlock
from .filters import BlogFilter
from .forms import BlogPostForm
from .taxonomy import Author, Category, attach_localized_taxonomy

__all__ = [
    "Author",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "Category",
    "attach_localized_taxonomy",
    "localized",
]

POSTS_PER_PAGE = 10
WORDS_PER_MINUTE = 200
LISTING_IMAGE_FILTER = "fill-640x360"
HERO_IMAGE_FILTER = "width-1200"
SOCIAL_IMAGE_FILTER = "fill-1200x630"


def _text_of(raw):
    """All the words in raw StreamField data (no database access)."""
    if isinstance(raw, str):
        return strip_tags(raw)
    if isinstance(raw, dict):
        return " ".join(_text_of(value) for key, value in raw.items() if key not in ("id", "type"))
    if isinstance(raw, list):
        return " ".join(_text_of(item) for item in raw)
    return ""


class BlogIndexPage(RoutablePageMixin, BasePage):
    """The blog of one language: posts newest first, with filters, pagination and feeds."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("A few sentences on what the blog is about, shown above the posts."),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("blog")

    # --- Queries --------------------------------------------------------------------------

    def get_posts(self):
        """Live, public posts of this blog's language, newest first (no aliases)."""
        return (
            BlogPostPage.objects.live()
            .public()
            .child_of(self)
            .filter(locale_id=self.locale_id, alias_of__isnull=True)
            .order_by("-date", "-first_published_at", "-pk")
        )

    @staticmethod
    def with_listing_data(posts):
        """``posts`` with what listings and feeds show, fetched in a fixed number of queries."""
        return posts.select_related("locale").prefetch_related(
            Prefetch(
                "hero_image",
                queryset=get_image_model().objects.prefetch_renditions(LISTING_IMAGE_FILTER),
            ),
            Prefetch("post_authors", queryset=BlogPostAuthor.objects.select_related("author")),
            "categories",
            "tags",
        )

    def find_category(self, slug):
        """The category with ``slug`` in this blog's language (or any language), or None."""
        return BlogFilter({}, self.get_posts(), locale=self.locale).find_category(slug)

    def filter_posts(self, posts, params):
        """Apply the blog filters (:class:`BlogFilter`); return (posts, active filters)."""
        blog_filter = BlogFilter(params, posts, locale=self.locale)
        return blog_filter.qs, blog_filter.active()

    def get_filter_choices(self, posts):
        """Categories, tags and authors used by the blog's posts, in this blog's language."""
        categories = Category.objects.filter(posts__in=posts).distinct().order_by("name")
        authors = Author.objects.filter(post_links__page__in=posts).distinct().order_by("name")
        tags = (
            Tag.objects.filter(blog_blogposttag_items__content_object__in=posts)
            .distinct()
            .order_by("name")
        )
        return {
            "categories": sorted(localized(categories, self.locale), key=lambda c: c.name),
            "authors": sorted(localized(authors, self.locale), key=lambda a: a.name),
            "tags": list(tags),
        }

    # --- Views ----------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_posts = self.get_posts()
        posts, active_filters = self.filter_posts(all_posts, request.GET)
        paginator = Paginator(self.with_listing_data(posts), POSTS_PER_PAGE)
        posts_page = paginator.get_page(request.GET.get("page"))
        attach_localized_taxonomy(posts_page.object_list, self.locale)
        category = self.find_category(request.GET.get("category", "").strip() or "-")
        blog_url = self.get_url(request)
        for active in active_filters:
            params = request.GET.copy()
            params.pop(active["param"], None)
            params.pop("page", None)
            active["remove_url"] = blog_url + (f"?{params.urlencode()}" if params else "")
        context.update(
            {
                "blog_url": blog_url,
                "posts": posts_page,
                "page_range": list(paginator.get_elided_page_range(posts_page.number)),
                "paginator": paginator,
                "result_count": paginator.count,
                "active_filters": active_filters,
                "filters": self.get_filter_choices(all_posts),
                "selected": {
                    "category": request.GET.get("category", ""),
                    "tag": request.GET.get("tag", ""),
                    "author": request.GET.get("author", ""),
                },
                "feeds": self.get_feed_links(request, category),
            }
        )
        return context

    def get_feed_links(self, request, category=None):
        """Absolute addresses of the blog's feeds, and of the chosen category's."""
        base_url = self.get_url(request)
        links = [
            {
                "type": "application/rss+xml",
                "format": "RSS",
                "title": self.title,
                "url": absolute(base_url + self.reverse_subpage("feed_rss")),
            },
            {
                "type": "application/atom+xml",
                "format": "Atom",
                "title": self.title,
                "url": absolute(base_url + self.reverse_subpage("feed_atom")),
            },
        ]
        if category is not None:
            category = localized([category], self.locale)[0]
            for name, kind, fmt in (
                ("category_feed_rss", "application/rss+xml", "RSS"),
                ("category_feed_atom", "application/atom+xml", "Atom"),
            ):
                url = base_url + self.reverse_subpage(name, kwargs={"category": category.slug})
                links.append(
                    {
                        "type": kind,
                        "format": fmt,
                        "title": f"{self.title}: {category.name}",
                        "url": absolute(url),
                    }
                )
        return links

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import BlogRssFeed  # noqa: PLC0415 - blog.feeds imports this module

        return BlogRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import BlogAtomFeed  # noqa: PLC0415 - blog.feeds imports this module

        return BlogAtomFeed(self)(request)

    @path("category/<str:category>/feed/rss/", name="category_feed_rss")
    def category_feed_rss(self, request, category):
        from .feeds import BlogRssFeed  # noqa: PLC0415 - blog.feeds imports this module

        return BlogRssFeed(self, category_slug=category)(request)

    @path("category/<str:category>/feed/atom/", name="category_feed_atom")
    def category_feed_atom(self, request, category):
        from .feeds import BlogAtomFeed  # noqa: PLC0415 - blog.feeds imports this module

        return BlogAtomFeed(self, category_slug=category)(request)


class BlogPostTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPostPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogPostPage(BasePage):
    """One post of the project blog."""

    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        db_index=True,
        help_text=_(
            "Shown on the post and used to order the blog. To publish later, set the "
            "go-live date on the Settings tab."
        ),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Two or three sentences that tell what the post is about; shown in lists."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_("Shown at the top of the post, in lists and when the post is shared."),
    )
    hero_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required with an image: describe what it shows for readers who cannot see it."
        ),
    )
    hero_caption = models.CharField(
        _("caption"), max_length=250, blank=True, help_text=_("Optional text under the image.")
    )
    hero_credit = models.CharField(
        _("credit"), max_length=120, blank=True, help_text=_("Photographer or source.")
    )
    body = StreamField(
        BlogStreamBlock(),
        verbose_name=_("body"),
        help_text=_("The post itself: text, headings, images, quotes and galleries."),
    )
    categories = ParentalManyToManyField(
        "blog.Category",
        blank=True,
        related_name="posts",
        verbose_name=_("categories"),
        help_text=_("One or more topics; readers can filter the blog by them."),
    )
    tags = ClusterTaggableManager(
        through=BlogPostTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords, separated by commas."),
    )

    summary_field = "introduction"
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    base_form_class = BlogPostForm

    # Authors and categories link to the source language's snippets in every translation;
    # templates show their translations (see ``attach_localized_taxonomy``).
    override_translatable_fields = [SynchronizedField("categories", overridable=False)]

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        InlinePanel("post_authors", label=_("Authors"), min_num=1),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt_text"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Categories and tags"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError(
                {"hero_alt_text": _("Describe the image: alternative text is required.")}
            )

    def get_social_image(self):
        return self.social_image or self.hero_image

    @property
    def content_locale(self):
        """The locale of the post's text (an alias shows its source's text)."""
        return self.alias_of.locale if self.alias_of_id else self.locale

    @property
    def published_at(self):
        """The publication date as an aware datetime (midnight local time), for feeds."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    @property
    def reading_time(self):
        """Estimated minutes to read the introduction and body (at least one)."""
        text = f"{self.introduction} {_text_of(list(self.body.raw_data))}"
        words = len(re.findall(r"\w+", text))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_related_posts(self, limit=3):
        """Other live posts of the same language sharing a category or a tag, newest first."""
        category_keys = [category.translation_key for category in self.categories.all()]
        tag_ids = [tag.pk for tag in self.tags.all()]
        if not category_keys and not tag_ids:
            return []
        related = BlogPostPage.objects.filter(
            models.Q(categories__translation_key__in=category_keys) | models.Q(tags__in=tag_ids)
        ).values("pk")
        posts = (
            BlogPostPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, alias_of__isnull=True, pk__in=related)
            .exclude(translation_key=self.translation_key)
            .order_by("-date", "-pk")
        )
        return list(BlogIndexPage.with_listing_data(posts)[:limit])

    def get_json_ld(self, request):
        """schema.org BlogPosting, safe to embed in a data block."""
        url = absolute(self.get_url(request))
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.introduction,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "inLanguage": self.content_language,
            "datePublished": self.published_at.isoformat(),
            "dateModified": (self.last_published_at or self.published_at).isoformat(),
            "author": [
                {"@type": "Person", "name": author.name, "jobTitle": author.role or None}
                for author in getattr(self, "display_authors", [])
            ],
            "publisher": {"@type": "Organization", "name": str(settings.WAGTAIL_SITE_NAME)},
            "wordCount": len(re.findall(r"\w+", _text_of(list(self.body.raw_data)))),
        }
        categories = getattr(self, "display_categories", [])
        if categories:
            data["articleSection"] = [category.name for category in categories]
        tags = [tag.name for tag in self.tags.all()]
        if tags:
            data["keywords"] = tags
        image = self.get_social_image()
        if image is not None:
            rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
            data["image"] = absolute(rendition.url)
        for person in data["author"]:
            if person["jobTitle"] is None:
                del person["jobTitle"]
        return json_ld_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        attach_localized_taxonomy([self], self.content_locale)
        index_page = self.get_parent().specific
        context.update(
            {
                "blog_index": index_page,
                "blog_url": index_page.get_url(request),
                "feeds": index_page.get_feed_links(request),
                "related_posts": attach_localized_taxonomy(self.get_related_posts(), self.locale),
                "json_ld": self.get_json_ld(request),
            }
        )
        return context


class BlogPostAuthor(Orderable):
    page = ParentalKey(BlogPostPage, related_name="post_authors", on_delete=models.CASCADE)
    author = models.ForeignKey(
        Author,
        on_delete=models.CASCADE,
        related_name="post_links",
        verbose_name=_("author"),
        help_text=_("Add authors in Snippets → Authors."),
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
