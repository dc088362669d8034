"""Where directory listings appear publicly (used by portal.tests.support.assert_not_public)."""

from urllib.parse import quote

from django.conf import settings
from django.utils import translation

from directory.organisations.models import Activity, DirectoryPage, Organisation
from portal.tests.support import NO_TEXT, NOT_FOUND


def surfaces(obj):
    if not isinstance(obj, Activity | Organisation):
        return []
    outputs = [("/sitemap.xml", f"/{obj.slug}/")]
    for language, _name in settings.LANGUAGES:
        page = DirectoryPage.for_language(language)
        if page is None:
            continue
        with translation.override(language):
            base = page.url
            own_url = page.listing_url(obj)
            organisation = obj.organisation if isinstance(obj, Activity) else obj
            organisation_feeds = [
                page.url + page.reverse_subpage(name, kwargs={"slug": organisation.slug})
                for name in ("organisation_feed_rss", "organisation_feed_atom")
            ]
            feed_check = NOT_FOUND if organisation is obj or not organisation.live else NO_TEXT
            outputs += [(url, feed_check) for url in organisation_feeds]
            for feed in (page.reverse_subpage("feed_rss"), page.reverse_subpage("feed_atom")):
                outputs += [
                    (base + feed, NO_TEXT),
                    # The feed's title names the query: look for the listing's link.
                    (f"{base}{feed}?q={quote(str(obj)[:60])}", own_url),
                ]
            outputs += [
                (page.get_parent().url, NO_TEXT),
                (base, NO_TEXT),
                # The search echoes the query, so look for the listing's link instead.
                (f"{base}?q={quote(str(obj)[:60])}", own_url),
                (own_url, NOT_FOUND),
            ]
            if isinstance(obj, Activity):
                organisation_url = page.listing_url(obj.organisation)
                outputs.append((organisation_url, NO_TEXT if obj.organisation.live else NOT_FOUND))
                if obj.municipality_id:
                    query = f"?municipality={obj.municipality.slug}"
                    outputs.append((f"{base}{query}", NO_TEXT))
                    for name in ("feed_rss", "feed_atom"):
                        outputs.append((base + page.reverse_subpage(name) + query, NO_TEXT))
                if obj.centre_id:
                    for centre in obj.centre.get_translations(inclusive=True).live():
                        outputs.append((centre.url, NO_TEXT))
    return outputs
