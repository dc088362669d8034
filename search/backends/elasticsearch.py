"""Wagtail's Elasticsearch backend with an analyser per portal language.

Every text field of the mapping (and the catch-all ``_all_text`` fields Wagtail copies them to)
gets one sub-field per language: ``title.fi`` is analysed as Finnish, ``title.sv`` as Swedish.
A query searches the plain fields (exact word forms in any language) and the sub-fields of the
reader's language (inflected forms).

Each language's analyser is Elasticsearch's built-in one rebuilt from its own parts, as
Elasticsearch's documentation rebuilds ``finnish`` and ``swedish`` (standard tokenizer,
lowercase, the language's ``_finnish_``/``_swedish_`` stop words and Snowball stemmer), followed
by one pattern filter per ``FORM_FAMILIES`` entry of the language, which gives the forms of one
word one term ("yhdistyksen" and "yhdistys" both become ``yhdistys``, "biblioteket" becomes
``bibliotek``). Languages without form families use the built-in analyser as it is.

Used by :mod:`search.backends.elasticsearch8` and :mod:`search.backends.elasticsearch9`.
"""

from copy import deepcopy

from django.utils.translation import get_language
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from ..languages import ELASTICSEARCH_ANALYZERS, FORM_FAMILIES, portal_languages


def analyzer_name(language):
    return f"portal_{language}"


def analysed_languages():
    return [code for code in portal_languages() if code in ELASTICSEARCH_ANALYZERS]


def language_analysis():
    """The ``analysis`` index settings for the portal's languages."""
    analyzers = {}
    filters = {}
    for language in analysed_languages():
        builtin = ELASTICSEARCH_ANALYZERS[language]
        families = FORM_FAMILIES.get(language)
        if not families:
            analyzers[analyzer_name(language)] = {"type": builtin}
            continue
        prefix = analyzer_name(language)
        filters[f"{prefix}_stop"] = {"type": "stop", "stopwords": f"_{builtin}_"}
        filters[f"{prefix}_stemmer"] = {"type": "stemmer", "language": builtin}
        chain = ["lowercase", f"{prefix}_stop", f"{prefix}_stemmer"]
        for number, (stem, endings) in enumerate(families, start=1):
            name = f"{prefix}_forms_{number}"
            alternatives = "|".join(sorted(endings, key=len, reverse=True))
            filters[name] = {
                "type": "pattern_replace",
                "pattern": f"^({stem})({alternatives})$",
                "replacement": f"$1{endings[0]}",
            }
            chain.append(name)
        analyzers[prefix] = {"type": "custom", "tokenizer": "standard", "filter": chain}
    return {"settings": {"analysis": {"analyzer": analyzers, "filter": filters}}}


def add_language_fields(properties):
    """Give every analysed text field of a mapping a sub-field per language."""
    languages = analysed_languages()
    for field in properties.values():
        if field.get("type") == "nested":
            add_language_fields(field["properties"])
        elif field.get("type") == "text" and "analyzer" not in field:
            field["fields"] = {
                language: {"type": "text", "analyzer": analyzer_name(language)}
                for language in languages
            }
    return properties


class MultilingualMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        add_language_fields(mapping["properties"])
        return mapping


class MultilingualQueryCompilerMixin:
    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = get_language()
        if language not in analysed_languages():
            return remapped
        with_language = []
        for field in remapped:
            with_language.append(field)
            with_language.append(Field(f"{field.field_name}.{language}", field.boost))
        return with_language


class MultilingualBackendMixin:
    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            language_analysis(), deepcopy(params.get("INDEX_SETTINGS", {}))
        )
        super().__init__(params)
