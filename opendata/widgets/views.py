"""The widget page (framed by other sites) and its configurator.

The widget is the only page any site may frame: its own ``frame-ancestors *`` and no
``X-Frame-Options``. It sets no cookies (rendered without the request's context processors, no
session, no CSRF token), loads nothing from other sites and reads only public rows
(:mod:`opendata.public` and the pages' filter sets).
"""

import base64
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, override
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from directory.events.filters import EventFilter
from directory.events.pages import CalendarPage
from directory.organisations.filters import ActivityFilter
from directory.organisations.models import DirectoryPage
from portal.addresses import absolute
from portal.models import page_lookups_remembered

from .. import public
from .forms import DEFAULT_COLOURS, WidgetForm

WIDGET_MAX_AGE = 300
# The settings of the query string, in the order of the embed code's address.
QUERY_KEYS = (
    "show",
    "municipality",
    "theme",
    "target",
    "organisation",
    "centre",
    "language",
    "free",
    "count",
    "layout",
    "text",
    "background",
    "link",
)


def listing_params(values, kind):
    """The filter set's query string for ``kind`` ("activities" or "events")."""
    filters = values["filters"]
    params = {key: filters.get(key) for key in ("municipality", "theme", "target", "language")}
    params = {key: value for key, value in params.items() if value}
    if filters.get("free"):
        params["free"] = "1"
    if filters.get("organisation"):
        params["organisation" if kind == "activities" else "organiser"] = filters["organisation"]
    return params


def by_centre(queryset, filters):
    if not filters.get("centre"):
        return queryset
    keys = public.centres().filter(slug=filters["centre"]).values("translation_key")
    return queryset.filter(centre__translation_key__in=keys)


def activity_items(values, language):
    params = listing_params(values, "activities")
    organisation = params.pop("organisation", None)
    queryset = public.activities().filter(pk__in=ActivityFilter(params).matching_ids())
    if organisation:
        queryset = queryset.filter(organisation__slug=organisation)
    queryset = by_centre(queryset, values["filters"])
    activities = (
        queryset.select_related("organisation", "municipality")
        .prefetch_related("translations")
        .order_by("title", "pk")[: values["count"]]
    )
    page = DirectoryPage.for_language(language)
    return [
        {
            "title": activity.text("title", language),
            "summary": activity.text("summary", language),
            "meta": activity.organisation.name,
            "url": absolute(page.listing_url(activity)) if page else "",
        }
        for activity in activities
    ]


def event_items(values, language):
    event_filter = EventFilter(listing_params(values, "events"))
    events = by_centre(public.events(), values["filters"])
    occurrences = event_filter.occurrences().filter(event__in=events)[: values["count"]]
    page = CalendarPage.for_language(language)
    return [
        {
            "title": occurrence.event.text("title", language),
            "summary": occurrence.event.text("summary", language),
            "start": occurrence.start,
            "meta": occurrence.event.organisation.name if occurrence.event.organisation else "",
            "url": absolute(page.event_url(occurrence.event)) if page else "",
        }
        for occurrence in occurrences
    ]


def query_string(values):
    """The settings as a query string, defaults left out."""
    pairs = {
        "show": values["show"],
        **values["filters"],
        "count": values["count"],
        "layout": values["layout"],
        **values["colours"],
    }
    defaults = {"show": "activities", "count": 5, "layout": "list", **DEFAULT_COLOURS}
    pairs = {
        key: ("1" if value is True else value)
        for key, value in pairs.items()
        if value and defaults.get(key) != value
    }
    return urlencode([(key, pairs[key]) for key in QUERY_KEYS if key in pairs])


def portal_listing_url(values, language):
    """The portal's own filtered list: the no-script fallback and "show all" link."""
    kind = "events" if values["show"] == "events" else "activities"
    page = (CalendarPage if kind == "events" else DirectoryPage).for_language(language)
    if page is None:
        return absolute("/")
    params = listing_params(values, kind)
    if kind == "activities" and params.pop("organisation", None):
        # The directory has no organisation filter: the organisation's own page lists them.
        organisation = public.organisations().filter(slug=values["filters"]["organisation"])
        if organisation.first():
            return absolute(page.listing_url(organisation.first()))
    query = urlencode(params)
    return absolute(page.get_url()) + (f"?{query}" if query else "")


def widget_urls(values):
    """``{widget, listing, script}`` absolute addresses for an embed code."""
    language = values["lang"] or get_language()
    with override(language):
        widget = absolute(reverse("widget"))
        listing = portal_listing_url(values, language)
    query = query_string(values)
    return {
        "widget": widget + (f"?{query}" if query else ""),
        "listing": listing,
        "script": absolute(settings.STATIC_URL + "opendata/widget-embed.js"),
        "language": language,
    }


def style_hash(css):
    digest = hashlib.sha256(css.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@require_safe
@xframe_options_exempt
def widget(request):
    values = WidgetForm(request.GET, with_choices=False).settings()
    language = get_language()
    with page_lookups_remembered():
        items = []
        if values["show"] in ("activities", "both"):
            items += [("activity", item) for item in activity_items(values, language)]
        if values["show"] in ("events", "both"):
            items += [("event", item) for item in event_items(values, language)]
        more = portal_listing_url(values, language)
    css = render_to_string("opendata/widgets/widget.css", values["colours"])
    html = render_to_string(
        "opendata/widgets/widget.html",
        {"items": items, "values": values, "css": css, "more": more, "language": language},
    )
    response = HttpResponse(html)
    # Any site may frame the widget; the inline style is allowed by its hash only.
    response._csp_replace = {"frame-ancestors": ["*"], "style-src": ["'self'", style_hash(css)]}
    patch_cache_control(response, public=True, max_age=WIDGET_MAX_AGE)
    return response


@require_safe
def configure(request):
    form = WidgetForm(request.GET or None)
    # Wrong settings (e.g. colours of too little contrast) fall back to their defaults in the
    # preview and the code; the form says what to fix.
    values = form.settings() if form.is_bound else WidgetForm({}).settings()
    values["lang"] = values["lang"] or get_language()
    urls = widget_urls(values)
    embed = render_to_string("opendata/widgets/embed.html", {"urls": urls})
    return render(
        request,
        "opendata/widgets/configure.html",
        {"form": form, "urls": urls, "embed": embed.strip()},
    )
