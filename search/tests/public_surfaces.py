"""Where pages and directory listings could appear in the site search (for
``portal.tests.support.assert_not_public``): the search page and the suggestions, in every language,
searched by the object's name. Both echo the query, so they are checked for the object's
address instead of its texts."""

from urllib.parse import quote

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from search.registry import listing_types


def _address(obj):
    """The object's public address in the active language (its slug if it has none)."""
    try:
        url = obj.get_url() if isinstance(obj, Page) else obj.get_absolute_url()
    except Http404:
        url = None
    return url or f"/{obj.slug}/"


def _is_searched(obj):
    if isinstance(obj, Page):
        return True
    return any(kind.model_label == obj._meta.label for kind in listing_types())


def surfaces(obj):
    if not _is_searched(obj):
        return []
    name = quote(str(obj)[:200])
    outputs = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            address = _address(obj)
            outputs += [
                (f"{reverse('search')}?q={name}", address),
                (f"{reverse('search_suggest')}?q={name}", address),
            ]
    return outputs
