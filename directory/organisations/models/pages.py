"""The public directory: a page with sub-routes for browsing, organisations and activities."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.search import index

from portal.models import BasePage
from portal.routing import LocalizedRoutesMixin


class DirectoryPage(LocalizedRoutesMixin, RoutablePageMixin, BasePage):
    """Browse activities with facets; organisation and activity pages live under it."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Shown above the search form."),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("directory page")

    @classmethod
    def get_subpage_urls(cls):
        from ..views import urlpatterns  # noqa: PLC0415 - the views import the listing models

        return tuple(urlpatterns)

    def listing_url(self, listing, request=None):
        name = listing._meta.model_name
        return self.get_url(request) + self.reverse_subpage(name, kwargs={"slug": listing.slug})

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        from . import Activity, Organisation  # noqa: PLC0415 - the listing models import this

        for model, queryset in (
            ("organisation", Organisation.objects.public()),
            ("activity", Activity.objects.listed()),
        ):
            for slug, updated in queryset.values_list("slug", "updated_at"):
                urls.append(
                    {
                        "location": base + self.reverse_subpage(model, kwargs={"slug": slug}),
                        "lastmod": updated,
                    }
                )
        return urls


def directory_url(listing, request=None):
    """The public address of an organisation or activity in the active language."""
    page = DirectoryPage.for_language()
    if page is None:
        raise Http404
    return page.listing_url(listing, request)
