"""Sub-routes of routable pages in each language's own words, and the identity of each view.

A route is written once with ``{word}`` placeholders (``"{event}/<slug:slug>/"``) and the table
:data:`ROUTE_WORDS` spells each word in each language (ASCII). :func:`localized_path` makes one
pattern per spelling, named ``<name>.<language>``, plus the old English spelling; a request for a
spelling that is not the page's own language's (the English addresses used before, or a Swedish
word under a Finnish page) is redirected permanently to the page's own spelling, query string
kept. :class:`LocalizedRoutesMixin` makes ``reverse_subpage(name)`` give the page's language's
spelling, so every caller (templates, feeds, sitemap, e-mails) gets the new addresses.

:func:`view_identity` names the route a request was served by, and :meth:`LocalizedRoutesMixin.
route_url` spells the same route (same object, month, day, filters) under another language's
page: the canonical address, the ``hreflang`` alternates and the language switcher use them.
"""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, path

# Word in the route → {language: word}; a language missing here uses the English word.
ROUTE_WORDS = {
    "activity": {"fi": "toiminta", "sv": "verksamhet"},
    "organisation": {"fi": "jarjesto", "sv": "organisation"},
    "event": {"fi": "tapahtuma", "sv": "evenemang"},
    "month": {"fi": "kuukausi", "sv": "manad"},
    "day": {"fi": "paiva", "sv": "dag"},
    "archive": {"fi": "arkisto", "sv": "arkiv"},
    "register": {"fi": "ilmoittaudu", "sv": "anmal"},
    "registration": {"fi": "ilmoittautuminen", "sv": "anmalan"},
    "feed": {"fi": "syote", "sv": "flode"},
}
# Query parameters that never make a different view: campaign tracking.
TRACKING_PARAMETERS = re.compile(r"^(utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid)$")
_WORD = re.compile(r"\{(\w+)\}")


def spell(route, language):
    """``route`` with each ``{word}`` in ``language`` (English where the table has no word)."""
    return _WORD.sub(lambda match: ROUTE_WORDS[match[1]].get(language, match[1]), route)


def _served(view, name, route, spelling):
    """The view for one spelling: served under a page whose language spells the route so,
    otherwise a permanent redirect to the page's own spelling."""

    def localized_view(page, request, *args, **kwargs):
        if spell(route, page.locale.language_code) == spelling:
            return view(page, request, *args, **kwargs)
        url = page.url + page.reverse_subpage(name, args=args, kwargs=kwargs)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    localized_view.__name__ = localized_view.__qualname__ = getattr(view, "__name__", name)
    return localized_view


def localized_path(route, view, name):
    """URL patterns for ``route`` in every portal language and in the old English words."""
    languages = [code for code, _name in settings.LANGUAGES]
    patterns = []
    for code in languages:
        spelling = spell(route, code)
        patterns.append(path(spelling, _served(view, name, route, spelling), name=f"{name}.{code}"))
    english = _WORD.sub(lambda match: match[1], route)
    if english not in {spell(route, code) for code in languages}:
        patterns.append(path(english, _served(view, name, route, english), name=f"{name}.en"))
    return patterns


def view_identity(request):
    """``(route name, args, kwargs)`` of the routable view serving ``request``, or None."""
    match = getattr(request, "routable_resolver_match", None) if request is not None else None
    if match is None or not match.url_name:
        return None
    return match.url_name.split(".")[0], tuple(match.args), dict(match.kwargs)


def clean_query(request, keep_page=False):
    """The request's query string without tracking parameters and empty values; the page
    number only with ``keep_page`` (and never ``page=1``)."""
    if request is None:
        return ""
    pairs = [
        (key, value)
        for key, values in request.GET.lists()
        for value in values
        if value
        and not TRACKING_PARAMETERS.match(key)
        and (key != "page" or (keep_page and value != "1"))
    ]
    return urlencode(pairs)


class LocalizedRoutesMixin:
    """For a ``RoutablePageMixin`` page whose routes are made with :func:`localized_path`."""

    def reverse_subpage(self, name, args=None, kwargs=None):
        try:
            return super().reverse_subpage(f"{name}.{self.locale.language_code}", args, kwargs)
        except NoReverseMatch:
            return super().reverse_subpage(name, args, kwargs)

    def route_url(self, identity, query=""):
        """This page's address of the view ``identity`` (see :func:`view_identity`)."""
        name, args, kwargs = identity
        url = self.url + self.reverse_subpage(name, args=args, kwargs=kwargs)
        return f"{url}?{query}" if query else url
