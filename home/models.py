"""The home page and the general content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BaseStreamBlock, ContentStreamBlock
from portal.models import BasePage
from portal.sections import HOME_SECTION_HOOK, collect_sections

__all__ = ["HOME_SECTION_HOOK", "ContentPage", "HomePage"]


class HomePage(BasePage):
    """The root page of each language tree.

    Apps add sections (latest posts, upcoming events, featured activities, guidance) by
    registering a ``register_home_section`` hook: a function taking ``(page, request)`` and
    returning a :class:`home.sections.HomeSection` or ``None``. A section without items is
    never shown.
    """

    introduction = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("A few sentences on what the portal is and whom it serves."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Optional content shown after the sections."),
    )

    summary_field = "introduction"
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_sections(self, request):
        return collect_sections(HOME_SECTION_HOOK, self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_sections(request)
        return context


class ContentPage(BasePage):
    """A general page such as About, the accessibility statement or the privacy notice."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("A short lead paragraph, also used as the page's description in listings."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            "Shown on the page; statements required by law must show when they were checked."
        ),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("content page")
