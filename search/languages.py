"""Which language a text is in, and how each language is analysed for search.

PostgreSQL indexes every text with the text-search configuration of its own language
(``POSTGRES_CONFIGS``); Elasticsearch analyses every text field with one analyser per portal
language (``ELASTICSEARCH_ANALYZERS``). Both stem words with Snowball, which leaves some very
common Finnish forms apart: "yhdistys" stems to ``yhdistys`` but "yhdistyksen" to ``yhdistyks``.
``FINNISH_FORM_FAMILIES`` lists such endings that belong to one word, so that search treats them
as the same word (see ``docs/search.md``).
"""

from django.conf import settings

POSTGRES_CONFIGS = {
    "fi": "finnish",
    "sv": "swedish",
    "en": "english",
}
# Elasticsearch's built-in language analysers.
ELASTICSEARCH_ANALYZERS = {
    "fi": "finnish",
    "sv": "swedish",
    "en": "english",
}

# Stems that Snowball leaves apart although they are forms of one word. Each family is a
# regular expression for the part before the ending (``.`` = any letter; lazy when an ending
# is empty) and the endings. The first ending is the canonical one.
#   -s nouns:   yhdistys / yhdistyks(en, essä, iä) / yhdistyst(en); keskus, vanhus, kysymys
#   -nen words: vapaaehtoin(en) / vapaaehtois(ia, ille) / vapaaehtoist(en)
FINNISH_FORM_FAMILIES = [
    (".{3,}[aeiouyäö]", ("s", "ks", "st")),
    (".{5,}", ("in", "is", "ist")),
]
# Swedish: Snowball keeps the definite "-et" of neuter nouns (biblioteket, programmet).
SWEDISH_FORM_FAMILIES = [
    (".{4,}?", ("", "et")),
]
FORM_FAMILIES = {"fi": FINNISH_FORM_FAMILIES, "sv": SWEDISH_FORM_FAMILIES}


def portal_languages():
    return [code for code, _name in settings.LANGUAGES]


def text_language(obj, default=None):
    """The language of an object's texts: an alias page's source, a listing's original
    language, a translation row's language, a translatable object's locale."""
    known = set(portal_languages())
    language = getattr(obj, "content_language", None)  # portal pages, aware of aliases
    if isinstance(language, str) and language in known:
        return language
    language = getattr(obj, "original_language", None)  # directory listings
    if isinstance(language, str) and language in known:
        return language
    language = getattr(obj, "language", None)  # translation rows of listings
    if isinstance(language, str) and language in known:
        return language
    if getattr(obj, "locale_id", None):
        language = obj.locale.language_code
        if language in known:
            return language
    return default or settings.LANGUAGE_CODE
