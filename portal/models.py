"""Cross-cutting models: the abstract base page and the portal-wide settings."""

import contextvars
from contextlib import contextmanager

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Locale, Page

from portal.addresses import base_url


class SocialImageMixin(models.Model):
    """An image for link previews (OpenGraph), chosen on the Promote tab."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social media image"),
        help_text=_("Shown when the page is shared. At least 1200 × 630 pixels."),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            _("For search engines and sharing"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], _("For site menus")),
    ]

    class Meta:
        abstract = True

    def get_social_image(self):
        return self.social_image


_remembered_pages = contextvars.ContextVar("remembered_pages", default=None)


@contextmanager
def page_lookups_remembered():
    """Within this block ``BasePage.for_language`` looks each page type up once per language:
    for views that link many items to their directory or calendar page (the queue's error
    reports), so their queries do not grow with the items."""
    token = _remembered_pages.set({})
    try:
        yield
    finally:
        _remembered_pages.reset(token)


class BasePage(SocialImageMixin, Page):
    """Every page type of the portal extends this one."""

    # The plain-text summary used for meta description and listings; subclasses point it at
    # their own introduction field.
    summary_field = None

    promote_panels = SocialImageMixin.promote_panels

    class Meta:
        abstract = True

    @classmethod
    def for_language(cls, language=None):
        """The live page of this type in ``language`` (default: active), else the default
        locale's: for page types that exist once per language (directory, calendar, ...)."""
        language = language or get_language()
        remembered = _remembered_pages.get()
        if remembered is not None and (cls, language) in remembered:
            return remembered[cls, language]
        page = cls.objects.live().filter(locale__language_code=language).first()
        if page is None:
            page = cls.objects.live().filter(locale=Locale.get_default()).first()
        if remembered is not None:
            remembered[cls, language] = page
        return page

    def get_url_parts(self, request=None):
        """Wagtail's parts with the portal's one base (``PORTAL_BASE_URL``) instead of the
        ``Site`` record's host: ``get_full_url`` (sitemap, feeds, Wagtail's notifications)."""
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, _root_url, page_path = parts
        return site_id, base_url(), page_path

    def get_meta_description(self):
        if self.search_description:
            return self.search_description
        if self.summary_field:
            text = strip_tags(str(getattr(self, self.summary_field, "") or ""))
            return Truncator(" ".join(text.split())).chars(160)
        return ""

    @property
    def content_language(self):
        """The language the page's text is written in.

        An alias made by locale synchronisation lives in one language's tree but shows the
        text of the page it mirrors, so its content carries the source page's language.
        """
        if self.alias_of_id:
            return self.alias_of.locale.language_code
        return self.locale.language_code


@register_setting(icon="cog")
class PortalSettings(BaseGenericSetting):
    """Links and contact details shown on every page."""

    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
        help_text=_("Linked from the footer of every page, in the reader's language."),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_("Linked from the footer of every page, in the reader's language."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("The project's shared address for feedback and accessibility requests."),
    )

    panels = [
        FieldPanel("accessibility_statement"),
        FieldPanel("privacy_notice"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("portal settings")


def translations_by_language(page):
    """Live translations of a page, including the page itself, keyed by language code."""
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {p.locale.language_code: p for p in pages}
