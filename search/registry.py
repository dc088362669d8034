"""What the site search finds: one entry per type of content.

Each entry says what to call its items, which objects the search backend may look at
(``scope``: only filters the index knows), which of them are public right now (``public``:
the authoritative check, straight from the database), how to load a page of them in bulk and how
to show one (``present``), and how to suggest titles as the reader types (``suggest``).
Events add a ranking hook (``past_ids``): past events come after everything else.

Pages are searched together (one search over the page tree of the reader's language) and then
sorted into the page entries by type; the catch-all entry (``OTHER_PAGES``) takes the rest.

Each app registers its own types with the ``register_search_types`` Wagtail hook: a function
returning a list of :class:`SearchType` instances (``order`` sets their place in the filter).
The search app imports no other app.
"""

import functools
from dataclasses import dataclass, field
from datetime import date, datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.models import Locale, Page

SUMMARY_WORDS = 40


@dataclass
class Text:
    """A text and the language it is written in (for the ``lang`` attribute)."""

    text: str
    language: str

    def __str__(self):
        return self.text or ""

    def __bool__(self):
        return bool(self.text)


@dataclass
class Result:
    kind: "SearchType"
    title: Text
    url: str
    summary: Text | None = None
    context: str = ""  # e.g. the organisation that runs an activity
    date: date | datetime | None = None
    date_label: str = ""
    with_time: bool = False
    notes: list = field(default_factory=list)  # e.g. "Cancelled", "Past event"


class PresentContext:
    """What presenting results needs once per request, not once per result."""

    def __init__(self, request, language):
        self.request = request
        self.language = language
        self._pages = {}

    def page(self, model_label):
        """The live page of a model (e.g. the directory) in the reader's language."""
        if model_label not in self._pages:
            model = apps.get_model(model_label)
            self._pages[model_label] = model.for_language(self.language)
        return self._pages[model_label]


def locale_for(language):
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


class SearchType:
    key = ""
    label = ""  # one item, shown on each result
    plural_label = ""  # the filter
    is_page_type = False

    def __init__(self, key, label, plural_label, order=100):
        self.key = key
        self.label = label
        self.plural_label = plural_label
        self.order = order

    def is_available(self):
        return True

    def past_ids(self, pks):
        """The items (of ``pks``) that are over; they are ranked last."""
        return set()

    def __repr__(self):
        return f"<{type(self).__name__} {self.key}>"


class PageType(SearchType):
    """Pages of the given models (``None``: every page type no other entry claims)."""

    is_page_type = True

    def __init__(self, key, label, plural_label, models=None, order=100):
        super().__init__(key, label, plural_label, order)
        self.model_labels = models

    def is_available(self):
        return self.model_labels is None or any(
            self._model(label) is not None for label in self.model_labels
        )

    @staticmethod
    def _model(label):
        try:
            return apps.get_model(label)
        except LookupError:
            return None

    def content_type_ids(self):
        models = [self._model(label) for label in self.model_labels or ()]
        models = [model for model in models if model is not None]
        return {ct.pk for ct in ContentType.objects.get_for_models(*models).values()}


class PageSearch:
    """The page entries, searched and shown together."""

    def __init__(self, page_types):
        self.page_types = page_types
        self._by_content_type = None

    def scope(self, language):
        return Page.objects.filter(live=True, locale=locale_for(language))

    def public(self, language):
        # Aliases are left out: an alias that locale synchronisation made for a page not yet
        # translated shows another language's text (and any alias repeats its source page).
        return (
            Page.objects.live()
            .public()
            .filter(locale=locale_for(language), depth__gt=1, alias_of__isnull=True)
        )

    def type_for(self, content_type_id):
        if self._by_content_type is None:
            self._by_content_type = {}
            for page_type in self.page_types:
                if page_type.model_labels is not None:
                    for pk in page_type.content_type_ids():
                        self._by_content_type.setdefault(pk, page_type)
        fallback = next((t for t in self.page_types if t.model_labels is None), None)
        return self._by_content_type.get(content_type_id, fallback)

    def load(self, pks):
        # The language of each page's text: its locale's, or an alias's source page's.
        languages = {
            pk: source_language or language
            for pk, language, source_language in Page.objects.filter(pk__in=pks).values_list(
                "pk", "locale__language_code", "alias_of__locale__language_code"
            )
        }
        loaded = {}
        for page in Page.objects.filter(pk__in=pks).specific():
            page.search_language = languages[page.pk]
            loaded[page.pk] = page
        return loaded

    def present(self, page, kind, context):
        language = page.search_language
        summary = ""
        if hasattr(page, "get_meta_description"):
            summary = page.get_meta_description()
        else:
            summary = page.search_description
        result = Result(
            kind=kind,
            title=Text(page.title, language),
            url=page.get_url(context.request),
            summary=Text(summary, language),
        )
        published = getattr(page, "date", None)
        if isinstance(published, date):
            result.date = published
            result.date_label = _("Published")
        return result

    def suggest(self, terms, language, limit, context):
        condition = Q()
        for term in terms:
            condition &= Q(title__icontains=term)
        pages = list(self.public(language).filter(condition).order_by("title")[: limit * 3])
        loaded = self.load([page.pk for page in pages]) if pages else {}
        results = []
        for page in pages:
            page = loaded.get(page.pk)
            kind = self.type_for(page.content_type_id) if page is not None else None
            if kind is not None:
                results.append(self.present(page, kind, context))
        return results


class ListingType(SearchType):
    """Moderated snippets (organisations, activities, events): the database row is the live
    version; ``obj.text(field)`` gives a text in the reader's language, and the queryset's
    ``with_shown_text(field, language)`` the same rule in SQL (``directory.listings``)."""

    model_label = ""
    title_field = "title"
    summary_field = "summary"
    page_model = ""  # the page model whose ``listing_url`` gives the public address
    # Offered when a search finds nothing: a link to browse ``page_model`` with this label.
    browse_label = ""
    # The model's public rule: the queryset method every public output uses.
    public_method = "public"

    def __init__(self, key, label, plural_label, model_label, order=100):
        super().__init__(key, label, plural_label, order)
        self.model_label = model_label

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def is_available(self):
        try:
            apps.get_model(self.model_label)
        except LookupError:
            return False
        return True

    def scope(self, language):
        return self.model.objects.filter(live=True)

    def public(self, language):
        return getattr(self.model.objects, self.public_method)()

    def queryset_for_display(self):
        return self.model.objects.prefetch_related("translations")

    def load(self, pks):
        return {obj.pk: obj for obj in self.queryset_for_display().filter(pk__in=pks)}

    def browse_link(self, context):
        """Where to browse this type instead of searching, or None."""
        page = context.page(self.page_model) if self.browse_label and self.page_model else None
        if page is None:
            return None
        return {"url": page.get_url(context.request), "label": self.browse_label}

    def url(self, obj, context):
        page = context.page(self.page_model)
        return page.listing_url(obj, context.request) if page is not None else ""

    def summary(self, obj):
        text = obj.text(self.summary_field)
        return Text(Truncator(str(text)).words(SUMMARY_WORDS), text.language)

    def present(self, obj, context):
        title = obj.text(self.title_field)
        return Result(
            kind=self,
            title=Text(str(title), title.language),
            url=self.url(obj, context),
            summary=self.summary(obj),
        )

    def suggest(self, terms, language, limit, context):
        shown = f"shown_{self.title_field}"
        condition = Q()
        for term in terms:
            condition &= Q(**{f"{shown}__icontains": term})
        matching = self.public(language).with_shown_text(self.title_field, language)
        matching = matching.filter(condition)
        pks = list(matching.order_by(shown, "pk").values_list("pk", flat=True)[:limit])
        loaded = self.load(pks)
        return [self.present(loaded[pk], context) for pk in pks if pk in loaded]


SEARCH_TYPES_HOOK = "register_search_types"

# The catch-all entry: pages no other entry claims.
OTHER_PAGES = PageType(
    "pages",
    pgettext_lazy("search type", "Page"),
    pgettext_lazy("search type", "Other pages"),
    order=1000,
)


@functools.cache
def _registered_types():
    types = [t for hook in hooks.get_hooks(SEARCH_TYPES_HOOK) for t in hook()]
    return sorted([*types, OTHER_PAGES], key=lambda search_type: search_type.order)


def search_types():
    return [search_type for search_type in _registered_types() if search_type.is_available()]


def page_search():
    return PageSearch([t for t in search_types() if t.is_page_type])


def listing_types():
    return [t for t in search_types() if not t.is_page_type]
