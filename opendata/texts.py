"""Texts in every portal language in one object: ``{"fi": "…", "sv": "…"}``.

Listings keep their texts in the original language and one translation row per other language
(``directory.listings.models.ListingTranslation``); taxonomy terms and pages are translated with
wagtail-localize, one row per locale sharing a ``translation_key``. A map holds only the
languages that have the text; clients show ``original_language``'s text when theirs is missing.
Prefetch ``translations`` (listings) and use :class:`TermNames` (one query per taxonomy) so that
no list grows its queries with its rows.
"""

from django.utils import translation

from portal.languages import language_codes


def listing_text_map(listing, field_name):
    """``{language: text}`` of ``field_name`` in the original and each translation with it."""
    texts = {}
    original = getattr(listing, field_name, "") or ""
    if original:
        texts[listing.original_language] = original
    if field_name in listing.translated_fields:
        for row in listing.translations.all():
            value = getattr(row, field_name, "") or ""
            if value and row.language != listing.original_language:
                texts[row.language] = value
    return texts


def gettext_map(text):
    """A lazily translated interface text (a choice's label) in every portal language."""
    result = {}
    for language in language_codes():
        with translation.override(language):
            result[language] = str(text)
    return result


class TermNames:
    """The names of one taxonomy's terms in every language, read with one query.

    ``names(term)`` gives ``{"fi": …, "sv": …}`` for a term of any locale; ``default(term)`` the
    default locale's row (the one listings point to, whose id and slug the API gives out).
    """

    def __init__(self, model):
        self.model = model
        self._names = None

    def _load(self):
        if self._names is None:
            self._names, self._rows = {}, {}
            rows = self.model.objects.select_related("locale").order_by("pk")
            for row in rows:
                key = row.translation_key
                self._names.setdefault(key, {})[row.locale.language_code] = row.name
                self._rows.setdefault(key, {})[row.locale.language_code] = row
        return self._names

    def names(self, term):
        return {
            language: name
            for language, name in self._load().get(term.translation_key, {}).items()
            if language in language_codes() and name
        }

    def rows(self, term):
        self._load()
        return self._rows.get(term.translation_key, {})
