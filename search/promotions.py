"""Promoted results (Wagtail's search promotions) and the search terms report.

Staff choose pages (or external links) for a search term in the admin (Settings → Promoted
search results). A promoted page is shown in the reader's language: its translation (or alias)
in the active locale, and only while that is live and public. Every search is counted for the
admin's Reports → Search terms.
"""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .registry import locale_for


@dataclass
class Promotion:
    title: str
    url: str
    description: str = ""
    language: str = ""  # of a page's texts; unknown for external links


def _query_strings(clean):
    return {normalise_query_string(clean.display), normalise_query_string(clean.text)} - {""}


def record_search(clean):
    """Count the search for the search terms report."""
    if clean.terms:
        Query.get(clean.display).add_hit()


def promotions_for(clean, request, language):
    strings = _query_strings(clean)
    if not strings:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string__in=strings)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    pages = {}
    if keys:
        locale = locale_for(language)
        for page in (
            Page.objects.live().public().filter(locale=locale, translation_key__in=keys).specific()
        ):
            pages[page.translation_key] = page
    promotions = []
    seen = set()
    for pick in picks:
        if pick.page_id:
            page = pages.get(pick.page.translation_key)
            if page is None or page.pk in seen:
                continue
            seen.add(page.pk)
            description = pick.description
            if not description and hasattr(page, "get_meta_description"):
                description = page.get_meta_description()
            page_language = getattr(page, "content_language", language)
            promotions.append(
                Promotion(page.title, page.get_url(request), description, page_language)
            )
        elif pick.external_link_url:
            promotions.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
    return promotions
