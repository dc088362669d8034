"""The blog's authors and categories (translatable snippets), and showing them in a language."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from portal.languages import localized


class Author(TranslatableMixin, models.Model):
    """A writer of blog posts. The name is the same in every language; the role is translated."""

    name = models.CharField(_("name"), max_length=120, help_text=_("First name and surname."))
    role = models.CharField(
        _("role"),
        max_length=160,
        blank=True,
        help_text=_("Job title or role in the project, e.g. project coordinator."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("Optional portrait, shown small beside the author's name."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]
    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("photo")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(TranslatableMixin, models.Model):
    """A topic of the blog, managed by editors and translated like the posts."""

    name = models.CharField(_("name"), max_length=80, help_text=_("Shown on posts and filters."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_("Used in addresses, e.g. ?category=events. Filled in from the name if empty."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=400,
        help_text=_("Optional: one or two sentences on what the category covers."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="blog_category_unique_slug")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


def attach_localized_taxonomy(posts, locale):
    """Set ``display_authors`` and ``display_categories`` on each post, in ``locale``.

    Expects ``post_authors`` (with authors) and ``categories`` prefetched; adds two queries in
    all, however many posts there are.
    """
    posts = list(posts)
    authors = localized((link.author for post in posts for link in post.post_authors.all()), locale)
    categories = localized((c for post in posts for c in post.categories.all()), locale)
    authors_by_key = {author.translation_key: author for author in authors}
    categories_by_key = {category.translation_key: category for category in categories}
    for post in posts:
        post.display_authors = [
            authors_by_key[link.author.translation_key] for link in post.post_authors.all()
        ]
        post.display_categories = sorted(
            {categories_by_key[c.translation_key] for c in post.categories.all()},
            key=lambda category: category.name,
        )
    return posts
