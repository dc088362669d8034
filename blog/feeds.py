"""RSS 2.0 and Atom feeds of a blog (one language), optionally of one category."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode

from .models import BlogIndexPage, attach_localized_taxonomy, localized

FEED_LENGTH = 20


class BlogRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, category_slug=None):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code
        self.category = None
        if category_slug is not None:
            category = index.find_category(category_slug)
            if category is None:
                raise Http404("No such category.")
            self.category = localized([category], index.locale)[0]
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.category is not None:
            return f"{self.index.title}: {self.category.name}"
        return self.index.title

    def link(self):
        url = self.index.get_url(self.request)
        if self.category is not None:
            url += "?" + urlencode({"category": self.category.slug})
        return url

    def description(self):
        if self.category is not None and self.category.description:
            return self.category.description
        return self.index.introduction or self.index.title

    def items(self):
        posts = self.index.get_posts()
        if self.category is not None:
            posts, _active = self.index.filter_posts(posts, {"category": self.category.slug})
        posts = list(BlogIndexPage.with_listing_data(posts)[:FEED_LENGTH])
        return attach_localized_taxonomy(posts, self.index.locale)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.display_authors) or None

    def item_categories(self, item):
        return [category.name for category in item.display_categories] + [
            tag.name for tag in item.tags.all()
        ]


class BlogAtomFeed(BlogRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
