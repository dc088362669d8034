"""RSS 2.0 and Atom feeds of activities: the directory's current filter, or one organisation.

The filter feed reads the same query string as the directory page and selects its activities with
:meth:`ActivityFilter.matching_ids`, so a feed and the page it is linked from always agree. Only
listed activities (published, of a published organisation, not ended) appear. Items are newest
first by when the activity was first published (``first_published_at``; ``created_at`` for rows
published before that was recorded), so a follower sees new activities on top and an edited one
does not jump back up; ``updateddate`` (Atom ``<updated>``) is when it was last published. At
most :data:`FEED_LENGTH` items. Titles, summaries and theme names are in the page's language
(falling back to the original text), and every feed runs the same number of queries whatever
the number of items.
"""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from directory.listings.filters import ACCESSIBILITY_CHOICES
from directory.taxonomy.models import (
    attach_municipality_names,
    attach_theme_names,
    localized_names,
)

from .filters import FACETS, ActivityFilter
from .models import Activity, Organisation

FEED_LENGTH = 50
FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
)


def feed_items(queryset, language):
    """The newest :data:`FEED_LENGTH` activities of ``queryset`` with what an item shows."""
    activities = list(
        queryset.select_related("organisation", "municipality")
        .prefetch_related("translations", "themes")
        .annotate(published=Coalesce(F("first_published_at"), F("created_at")))
        .order_by("-published", "-pk")[:FEED_LENGTH]
    )
    attach_municipality_names(activities, language)
    attach_theme_names(activities, language)
    return activities


def filter_labels(activity_filter, language):
    """Names of the chosen filters in ``language`` ("Vertaistukiryhmä", "Kuopio"): at most one
    query per taxonomy facet, whatever the number of activities."""
    labels = []
    if activity_filter.query:
        labels.append(f"“{activity_filter.query}”")
    # What the activities are before where they are: "Vertaistukiryhmä, Kuopio".
    for spec in sorted(FACETS, key=lambda spec: spec.key == "municipality"):
        values = activity_filter.selected(spec.key)
        if not values:
            continue
        if spec.taxonomy is not None:
            terms = spec.taxonomy.objects.default_locale().filter(slug__in=values)
            names = localized_names(spec.taxonomy, terms, language)
        else:
            names = {value: str(label) for value, label in spec.choices.items()}
        labels.extend(names[value] for value in values if value in names)
    if activity_filter.free:
        labels.append(_("Free of charge"))
    labels.extend(str(ACCESSIBILITY_CHOICES[flag]) for flag in activity_filter.accessibility)
    return labels


def feed_query(activity_filter):
    """The filter's query string for a feed address (without ``sort``: a feed is newest first)."""
    return urlencode([pair for pair in activity_filter.pairs() if pair[0] != "sort"])


class ActivityRssFeed(Feed):
    """Activities of the directory ``page`` matching the request's query string."""

    feed_type = Rss201rev2Feed
    route = "feed"

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.language = page.locale.language_code
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    # --- the feed ------------------------------------------------------------------------------
    def get_object(self, request, *args, **kwargs):
        return ActivityFilter(request.GET)

    def page_url(self):
        return self.page.get_full_url(self.request)

    def title(self, activity_filter):
        labels = filter_labels(activity_filter, self.language)
        return " – ".join([", ".join(labels), self.page.title] if labels else [self.page.title])

    def link(self, activity_filter):
        query = feed_query(activity_filter)
        return self.page_url() + (f"?{query}" if query else "")

    def feed_url(self, activity_filter):
        query = feed_query(activity_filter)
        url = self.page_url() + self.page.reverse_subpage(f"{self.route}_{self.format}")
        return url + (f"?{query}" if query else "")

    @property
    def format(self):
        return "atom" if self.feed_type is Atom1Feed else "rss"

    def description(self, activity_filter):
        return self.page.introduction or _("New and updated activities in the directory")

    def subtitle(self, obj):
        return self.description(obj)

    def items(self, activity_filter):
        queryset = Activity.objects.filter(pk__in=activity_filter.matching_ids())
        return feed_items(queryset, self.language)

    # --- an item -------------------------------------------------------------------------------
    def item_title(self, item):
        return item.text("title", self.language).text

    def item_description(self, item):
        summary = item.text("summary", self.language).text
        details = [item.organisation.name, item.municipality_name]
        return " – ".join(part for part in [summary, ", ".join(filter(None, details))] if part)

    def item_link(self, item):
        return self.page_url() + self.page.reverse_subpage("activity", kwargs={"slug": item.slug})

    def item_guid(self, item):
        return self.item_link(item)

    def item_guid_is_permalink(self, item):
        return True

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.last_published_at or item.published

    def item_author_name(self, item):
        return item.organisation.name

    def item_categories(self, item):
        return item.theme_names


class ActivityAtomFeed(ActivityRssFeed):
    feed_type = Atom1Feed


class OrganisationRssFeed(ActivityRssFeed):
    """The listed activities of one published organisation."""

    route = "organisation_feed"

    def get_object(self, request, slug):
        return get_object_or_404(Organisation.objects.public(), slug=slug)

    def title(self, organisation):
        return f"{organisation.name} – {self.page.title}"

    def link(self, organisation):
        return self.page_url() + self.page.reverse_subpage(
            "organisation", kwargs={"slug": organisation.slug}
        )

    def feed_url(self, organisation):
        name = f"{self.route}_{self.format}"
        return self.page_url() + self.page.reverse_subpage(name, kwargs={"slug": organisation.slug})

    def description(self, organisation):
        return _("Activities of %(organisation)s") % {"organisation": organisation.name}

    def items(self, organisation):
        return feed_items(
            Activity.objects.listed().filter(organisation=organisation), self.language
        )


class OrganisationAtomFeed(OrganisationRssFeed):
    feed_type = Atom1Feed


def _links(url_for, title):
    return [
        {"type": kind, "format": label, "title": f"{title} ({label})", "url": url_for(fmt)}
        for fmt, kind, label in FORMATS
    ]


def directory_feed_links(page, activity_filter, request):
    """The feeds of the directory's current filter (all activities when none is chosen), for
    the ``<link rel="alternate">`` tags and the visible links."""
    base = page.get_full_url(request)
    query = feed_query(activity_filter)

    def url_for(fmt):
        url = base + page.reverse_subpage(f"feed_{fmt}")
        return f"{url}?{query}" if query else url

    title = _("These activities") if query else _("All activities")
    return _links(url_for, f"{page.title}: {title}")


def organisation_feed_links(page, organisation, request):
    base = page.get_full_url(request)

    def url_for(fmt):
        return base + page.reverse_subpage(
            f"organisation_feed_{fmt}", kwargs={"slug": organisation.slug}
        )

    return _links(
        url_for, _("Activities of %(organisation)s") % {"organisation": organisation.name}
    )


def feed_view(page, request):
    return ActivityRssFeed(page)(request)


def atom_feed_view(page, request):
    return ActivityAtomFeed(page)(request)


def organisation_feed_view(page, request, slug):
    return OrganisationRssFeed(page)(request, slug=slug)


def organisation_atom_feed_view(page, request, slug):
    return OrganisationAtomFeed(page)(request, slug=slug)
