"""Running a site search: cleaning the query, asking the backend, ranking, showing results.

The search backend only proposes candidates; whether an item may be shown is always decided by
the database (each type's ``public()``), so an index that lags behind can never reveal anything
unpublished, pending or withdrawn. Candidates of every type are ranked together by the backend's
relevance score, except that past events come last.

With Elasticsearch as the default backend and the database index as ``SEARCH_FALLBACK_BACKEND``,
a cluster that cannot be reached is logged as a warning and the database answers instead (for
``FALLBACK_SECONDS``, so that readers do not wait for a dead cluster on every search).
"""

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from modelsearch.backends import get_search_backend

from .registry import PresentContext, listing_types, page_search, search_types

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200  # characters read from the query
MAX_TERMS = 10  # words searched for
MAX_HITS_PER_SOURCE = 500  # candidates taken from the backend per type of content
FALLBACK_SECONDS = 30
FALLBACK_CACHE_KEY = "search:primary-backend-down"

WORD = re.compile(r"[^\W_]+")


@dataclass
class CleanQuery:
    """The reader's query: ``display`` as typed (for showing it back), ``terms`` searched."""

    display: str = ""
    terms: list = field(default_factory=list)
    shortened: bool = False

    @property
    def text(self):
        return " ".join(self.terms)

    @property
    def is_empty(self):
        return not self.display

    @property
    def has_no_words(self):
        return bool(self.display) and not self.terms


def clean_query(value):
    """Words and numbers only, at most ``MAX_TERMS`` of them from ``MAX_QUERY_LENGTH``
    characters: punctuation, quotes, operators and markup never reach a backend."""
    value = " ".join(str(value or "").replace("\x00", "").split())
    shortened = len(value) > MAX_QUERY_LENGTH
    display = value[:MAX_QUERY_LENGTH]
    terms = WORD.findall(display)
    if len(terms) > MAX_TERMS:
        terms, shortened = terms[:MAX_TERMS], True
    return CleanQuery(display=display, terms=terms, shortened=shortened)


@dataclass
class Hit:
    kind: object
    pk: int
    score: float
    past: bool = False


def lower_score_is_better(backend):
    """SQLite's bm25() scores a better match lower (more negative); the others higher.

    Wagtail's SQLite backend and its subclasses (``search.backends.sqlite``) are recognised by
    class name: importing the SQLite module on PostgreSQL would fail (its models need FTS5)."""
    default = any(cls.__name__ == "SQLiteSearchBackend" for cls in type(backend).__mro__)
    return getattr(backend, "lower_score_is_better", default)


def _score(obj, backend):
    score = getattr(obj, "_score", None) or 0.0
    return -score if lower_score_is_better(backend) else score


def _candidates(backend, text, scope):
    results = backend.search(text, scope, operator="and").annotate_score("_score")
    return list(results[:MAX_HITS_PER_SOURCE])


def _find(backend, text, language):
    hits = []
    pages = page_search()
    if pages.page_types:
        found = [
            (p.pk, p.content_type_id, _score(p, backend))
            for p in _candidates(backend, text, pages.scope(language))
        ]
        public = set(
            pages.public(language)
            .filter(pk__in=[pk for pk, _ct, _s in found])
            .values_list("pk", flat=True)
        )
        for pk, content_type_id, score in found:
            kind = pages.type_for(content_type_id)
            if pk in public and kind is not None:
                hits.append(Hit(kind, pk, score))
    for kind in listing_types():
        found = [
            (obj.pk, _score(obj, backend))
            for obj in _candidates(backend, text, kind.scope(language))
        ]
        public = set(
            kind.public(language)
            .filter(pk__in=[pk for pk, _s in found])
            .values_list("pk", flat=True)
        )
        past = kind.past_ids(public) if public else set()
        hits.extend(Hit(kind, pk, score, pk in past) for pk, score in found if pk in public)
    order = {kind.key: number for number, kind in enumerate(search_types())}
    hits.sort(key=lambda hit: (hit.past, -hit.score, order[hit.kind.key], hit.pk))
    return hits


def _primary_is_down():
    """Whether a recent search found the primary backend unreachable (a cache that cannot be
    reached itself only means that the primary backend is tried)."""
    try:
        return bool(cache.get(FALLBACK_CACHE_KEY))
    except Exception:
        logger.warning("Could not read the search fallback flag from the cache.", exc_info=True)
        return False


def find(text, language):
    """Every public item matching all words of ``text``, best first."""
    fallback = getattr(settings, "SEARCH_FALLBACK_BACKEND", None)
    if fallback and _primary_is_down():
        return _find(get_search_backend(fallback), text, language)
    try:
        return _find(get_search_backend("default"), text, language)
    except Exception:
        if not fallback:
            raise
        logger.warning(
            "The search backend could not answer; using the %r backend for %s seconds.",
            fallback,
            FALLBACK_SECONDS,
            exc_info=True,
        )
        try:
            cache.set(FALLBACK_CACHE_KEY, True, FALLBACK_SECONDS)
        except Exception:
            logger.warning("Could not remember that the search backend is down.", exc_info=True)
        return _find(get_search_backend(fallback), text, language)


def type_counts(hits):
    """``(type, count)`` for every type with results, in the registry's order."""
    counts = Counter(hit.kind.key for hit in hits)
    return [(kind, counts[kind.key]) for kind in search_types() if counts[kind.key]]


def present(hits, request, language):
    """The results for one page of hits: each type loaded in bulk, shown in the hits' order."""
    context = PresentContext(request, language)
    pages = page_search()
    by_source = {}
    for hit in hits:
        by_source.setdefault(None if hit.kind.is_page_type else hit.kind, []).append(hit.pk)
    loaded = {}
    for source, pks in by_source.items():
        loader = pages if source is None else source
        for pk, obj in loader.load(pks).items():
            loaded[(None if source is None else source.key, pk)] = obj
    results = []
    for hit in hits:
        obj = loaded.get((None if hit.kind.is_page_type else hit.kind.key, hit.pk))
        if obj is None:
            continue
        if hit.kind.is_page_type:
            results.append(pages.present(obj, hit.kind, context))
        else:
            results.append(hit.kind.present(obj, context))
    return results


def suggest(terms, request, language, limit=8):
    """Titles (in the reader's language) that contain every word typed so far."""
    context = PresentContext(request, language)
    results = page_search().suggest(terms, language, limit, context)
    for kind in listing_types():
        results.extend(kind.suggest(terms, language, limit, context))
    first = terms[0].casefold() if terms else ""

    def rank(result):
        title = str(result.title).casefold()
        return (not title.startswith(first), len(title), title)

    return sorted(results, key=rank)[:limit]
