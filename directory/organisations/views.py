"""The directory page's routes: browsing with facets, activity pages, organisation pages."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import get_language

from directory.taxonomy.models import attach_municipality_names
from portal.jsonld import json_ld_script
from portal.routing import localized_path
from portal.sections import ORGANISATION_SECTION_HOOK, collect_sections

from . import feeds
from .filters import SORTS, ActivityFilter
from .jsonld import organisation_json_ld
from .models import Activity, Organisation

PAGE_SIZE = 20


def browse_view(page, request):
    activity_filter = ActivityFilter(request.GET)
    facets = activity_filter.facets(get_language())
    paginator = Paginator(activity_filter.results(), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    activities = attach_municipality_names(page_obj.object_list)
    return page.render(
        request,
        context_overrides={
            "filter": activity_filter,
            "facets": facets,
            "free_count": activity_filter.free_count(),
            "accessibility_options": activity_filter.accessibility_counts(),
            "chips": activity_filter.chips(facets),
            "page_obj": page_obj,
            "activities": activities,
            "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
            "feeds": feeds.directory_feed_links(page, activity_filter, request),
        },
    )


def activity_view(page, request, slug):
    activity = get_object_or_404(
        Activity.objects.public()
        .select_related("organisation", "municipality", "image")
        .prefetch_related("translations", "themes", "target_groups", "languages", "slots"),
        slug=slug,
    )
    attach_municipality_names([activity])
    return page.render(
        request,
        template="directory/activity_page.html",
        context_overrides={
            "activity": activity,
            "item_languages": activity.text_languages(),
            "breadcrumb_title": activity.text("title").text,
            "is_listed": activity.is_listed,
        },
    )


def organisation_view(page, request, slug):
    organisation = get_object_or_404(
        Organisation.objects.public()
        .select_related("logo", "wellbeing_county")
        .prefetch_related(
            "translations",
            "municipalities",
            "languages",
            Prefetch("parent", queryset=Organisation.objects.public()),
        ),
        slug=slug,
    )
    activities = (
        Activity.objects.listed()
        .filter(organisation=organisation)
        .select_related("municipality")
        .prefetch_related("translations")
        .order_by("title")
    )
    sections = collect_sections(ORGANISATION_SECTION_HOOK, organisation, request)
    feed_links = feeds.organisation_feed_links(page, organisation, request)
    return page.render(
        request,
        template="directory/organisation_page.html",
        context_overrides={
            "organisation": organisation,
            "json_ld": json_ld_script(organisation_json_ld(organisation)),
            "item_languages": organisation.text_languages(),
            "breadcrumb_title": organisation.name,
            "activities": attach_municipality_names(activities),
            "sections": sections,
            "feeds": feed_links,
            "head_links": feed_links
            + [link for section in sections for link in section.head_links],
        },
    )


urlpatterns = [
    path("", browse_view, name="browse"),
    *localized_path("{activity}/<slug:slug>/", activity_view, "activity"),
    *localized_path("{organisation}/<slug:slug>/", organisation_view, "organisation"),
    *localized_path("{feed}/rss/", feeds.feed_view, "feed_rss"),
    *localized_path("{feed}/atom/", feeds.atom_feed_view, "feed_atom"),
    *localized_path(
        "{organisation}/<slug:slug>/{feed}/rss/",
        feeds.organisation_feed_view,
        "organisation_feed_rss",
    ),
    *localized_path(
        "{organisation}/<slug:slug>/{feed}/atom/",
        feeds.organisation_atom_feed_view,
        "organisation_feed_atom",
    ),
]
