"""The blog index's filters (django-filter): category, tag and author.

Filters combine (all must match). Values are read in any language (a category's slug, a tag's
slug, an author's id), and match the same category or author in every language. Unknown values
match nothing, so a stale link shows the empty state instead of every post.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from portal.languages import localized
from portal.numbers import parse_id

from .taxonomy import Author, Category


class BlogFilter(django_filters.FilterSet):
    category = django_filters.CharFilter(method="filter_category", label=_("Category"))
    tag = django_filters.CharFilter(method="filter_tag", label=_("Tag"))
    author = django_filters.CharFilter(method="filter_author", label=_("Author"))

    def __init__(self, data, queryset, *, locale):
        super().__init__(data, queryset=queryset)
        self.locale = locale
        self.labels = {}  # the chosen values as readers see them

    def find_category(self, slug):
        """The category with ``slug`` in this blog's language (or any language), or None."""
        categories = Category.objects.filter(slug=slug)
        return categories.filter(locale=self.locale).first() or categories.first()

    def filter_category(self, posts, name, slug):
        category = self.find_category(slug)
        self.labels[name] = localized([category], self.locale)[0].name if category else slug
        if category is None:
            return posts.none()
        return posts.filter(categories__translation_key=category.translation_key).distinct()

    def filter_tag(self, posts, name, slug):
        tag = Tag.objects.filter(slug=slug).first()
        self.labels[name] = tag.name if tag else slug
        return posts.filter(tags__slug=slug).distinct()

    def filter_author(self, posts, name, value):
        pk = parse_id(value)
        author = Author.objects.filter(pk=pk).first() if pk is not None else None
        self.labels[name] = localized([author], self.locale)[0].name if author else value
        if author is None:
            return posts.none()
        return posts.filter(post_authors__author__translation_key=author.translation_key).distinct()

    def active(self):
        """The chosen filters, in order: ``param``, ``label`` and the value as shown."""
        self.qs  # noqa: B018 - filtering fills in the labels
        return [
            {"param": name, "label": self.filters[name].label, "value": self.labels[name]}
            for name in ("category", "tag", "author")
            if name in self.labels
        ]
