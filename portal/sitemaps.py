"""``/sitemap.xml``: every public page in every language.

Wagtail's own sitemap lists only the default site's tree, which with i18n is one language. Later
apps add their own sitemap classes to :data:`SITEMAPS` (directory listings, events).
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        in_any_tree = Q()
        for path in roots:
            in_any_tree |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            # Aliases made by locale synchronisation repeat another page's text.
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {"pages": PageSitemap}
