"""The search page and the suggestions endpoint (one of each per language: /fi/search/, …)."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .engine import MAX_QUERY_LENGTH, MAX_TERMS, clean_query, find, present, suggest, type_counts
from .promotions import promotions_for, record_search
from .registry import PresentContext, listing_types, search_types

PAGE_SIZE = 20
MIN_SUGGEST_CHARACTERS = 2


def _querystring(**params):
    return urlencode({key: value for key, value in params.items() if value})


def _browse_links(request, language):
    """Where to look instead when nothing was found: the pages each search type offers."""
    context = PresentContext(request, language)
    links = {}
    for search_type in listing_types():
        link = search_type.browse_link(context)
        if link is not None:
            links.setdefault(link["url"], link)
    return list(links.values())


@require_GET
def search_view(request):
    language = get_language()
    query = clean_query(request.GET.get("q", ""))
    kinds = {kind.key: kind for kind in search_types()}
    selected = request.GET.get("type", "")
    selected = selected if selected in kinds else ""
    context = {
        "query": query,
        "selected_type": kinds.get(selected),
        "max_query_length": MAX_QUERY_LENGTH,
        "max_terms": MAX_TERMS,
        "meta_description": _("Search the whole portal: blog, guidance, centres and directory."),
    }
    if query.terms:
        hits = find(query.text, language)
        counts = type_counts(hits)
        if selected and selected not in {kind.key for kind, _count in counts}:
            counts.append((kinds[selected], 0))
        shown = [hit for hit in hits if not selected or hit.kind.key == selected]
        page_obj = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
        first_page = page_obj.number == 1
        context.update(
            {
                "total": len(hits),
                "count": len(shown),
                "type_filters": [
                    {
                        "kind": kind,
                        "count": count,
                        "querystring": _querystring(q=query.display, type=kind.key),
                        "selected": kind.key == selected,
                    }
                    for kind, count in counts
                ],
                "all_querystring": _querystring(q=query.display),
                "page_querystring": _querystring(q=query.display, type=selected),
                "page_obj": page_obj,
                "results": present(list(page_obj.object_list), request, language),
                "promotions": promotions_for(query, request, language)
                if first_page and not selected
                else [],
            }
        )
        if not shown:
            context["browse_links"] = _browse_links(request, language)
        if "page" not in request.GET and not selected:
            record_search(query)
    elif not query.is_empty:
        context["browse_links"] = _browse_links(request, language)
    return TemplateResponse(request, "search/search_page.html", context)


@require_GET
def suggest_view(request):
    """Titles for the search field's suggestions, as JSON (see static/search/suggest.js)."""
    language = get_language()
    query = clean_query(request.GET.get("q", ""))
    suggestions = []
    if len("".join(query.terms)) >= MIN_SUGGEST_CHARACTERS:
        suggestions = [
            {
                "title": str(result.title),
                "url": result.url,
                "type": str(result.kind.label),
                "lang": result.title.language,
            }
            for result in suggest(query.terms, request, language)
        ]
    return JsonResponse({"query": query.display, "suggestions": suggestions})
