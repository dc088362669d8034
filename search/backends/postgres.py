"""Wagtail's PostgreSQL search backend with a text-search configuration per language.

Wagtail keeps one index entry per object and builds its vectors with one ``SEARCH_CONFIG``.
Here every text is turned into a vector with the configuration of *its own* language
(``finnish`` for Finnish, ``swedish`` for Swedish), so both are stemmed correctly:

* a page's texts are in its locale's language (an alias page: its source page's language);
* a directory listing's texts are in its ``original_language``, and the rows of its
  ``translations`` in their own ``language``.

A query is normalised with the configuration of the reader's language first and, term by term,
with the other languages' configurations too (``finnish(term) | swedish(term)``): a Swedish
reader finds an untranslated Finnish listing by its Finnish name. Finnish terms also match the
other forms of their ``FINNISH_FORM_FAMILIES`` ("yhdistyksen" finds "yhdistys").
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Manager, TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import ADD, get_content_type_pk

from ..languages import FORM_FAMILIES, POSTGRES_CONFIGS, portal_languages, text_language


class LanguageText(str):
    """A text to index, and the language it is written in."""

    def __new__(cls, value, language):
        text = super().__new__(cls, value)
        text.language = language
        return text


def tsquery_variants(families):
    """``(pattern, replacement)`` pairs that rewrite a tsquery's lexemes into each form of a
    family: ``'yhdistyks'`` → ``'yhdistys'``, ``'yhdistyks'``, ``'yhdistyst'``."""
    variants = []
    for stem, endings in families:
        stem = stem.replace(".", "[^']")
        alternatives = "|".join(sorted(endings, key=len, reverse=True))
        pattern = f"'({stem})({alternatives})'"
        variants.extend((pattern, f"'\\1{ending}'") for ending in endings)
    return variants


class QueryConfigs(tuple):
    """The configurations a query is normalised with, the reader's language first, and the
    form variants of each configuration."""

    def __new__(cls, configs, variants):
        instance = super().__new__(cls, configs)
        instance.variants = variants
        return instance


class VariantSearchQuery(SearchQuery):
    """``to_tsquery(config, term)`` with its lexemes rewritten by a regular expression."""

    def __init__(self, value, *, config, pattern, replacement):
        super().__init__(value, config=config, search_type="raw")
        self.pattern = pattern
        self.replacement = replacement

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        return (
            f"regexp_replace(({sql})::text, %s, %s, 'g')::tsquery",
            [*params, self.pattern, self.replacement],
        )


class MultilingualObjectIndexer(ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.backend = backend
        self.language = text_language(obj)

    def prepare_field(self, obj, field, language=None):
        language = language or self.language
        if isinstance(field, RelatedFields):
            value = field.get_value(obj)
            if value is None:
                return
            if isinstance(value, Manager):
                related = value.all()
            else:
                related = [value() if callable(value) else value]
            for sub_obj in related:
                sub_language = text_language(sub_obj, default=language)
                for sub_field in field.fields:
                    yield from self.prepare_field(sub_obj, sub_field, sub_language)
            return
        for current_field, weight, value in super().prepare_field(obj, field):
            yield current_field, weight, LanguageText(value, language)

    def _vector(self, accept, config=None):
        parts = []
        for field in self.search_fields:
            for current_field, weight, value in self.prepare_field(self.obj, field):
                text = value.strip()
                if accept(current_field) and text:
                    language = getattr(value, "language", self.language)
                    parts.append((text, weight, config or self.backend.config_for(language)))
        if not parts:
            return EMPTY_VECTOR
        return ADD(
            SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
            for text, weight, config in parts
        )

    @cached_property
    def title(self):
        return self._vector(lambda f: isinstance(f, SearchField) and f.field_name == "title")

    @cached_property
    def body(self):
        return self._vector(lambda f: isinstance(f, SearchField) and f.field_name != "title")

    @cached_property
    def autocomplete(self):
        # Prefix matching on unstemmed words, as in Wagtail's own backend.
        return self._vector(
            lambda f: isinstance(f, AutocompleteField), config=self.autocomplete_config
        )


class MultilingualPostgresIndex(PostgresIndex):
    indexer_class = MultilingualObjectIndexer

    def add_items(self, model, objs):
        # Wagtail's method, with the indexer above.
        if not model.get_search_fields():
            return
        indexers = [self.indexer_class(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows = []
        params = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608
                f"title_norm, title_text, body_text) (VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                "title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, "
                "body = EXCLUDED.body, title_text = EXCLUDED.title_text, "
                "body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.query_configs()

    def _term_query(self, term, configs, invert):
        alternatives = []
        for config in configs:
            alternatives.append(
                SearchQuery(Lexeme(term, invert=invert), search_type="raw", config=config)
            )
            if invert:
                continue
            for pattern, replacement in configs.variants.get(config, ()):
                alternatives.append(
                    VariantSearchQuery(
                        Lexeme(term), config=config, pattern=pattern, replacement=replacement
                    )
                )
        # "not term" must hold in every language; "term" in any.
        return reduce(lambda a, b: (a & b) if invert else (a | b), alternatives)

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(config, QueryConfigs):
            return super().build_tsquery_content(query, config=config, invert=invert)
        if isinstance(query, PlainText):
            terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
            if not terms:
                return None
            term_queries = [self._term_query(term, config, invert) for term in terms]
            if query.operator == "and":
                return reduce(lambda a, b: a & b, term_queries)
            return reduce(lambda a, b: a | b, term_queries)
        if isinstance(query, Phrase):
            return reduce(
                lambda a, b: a | b,
                (SearchQuery(query.query_string, search_type="phrase", config=c) for c in config),
            )
        return super().build_tsquery_content(query, config=config, invert=invert)


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """Options (``WAGTAILSEARCH_BACKENDS``): ``LANGUAGE_CONFIGS`` maps language codes to
    text-search configurations (defaults: ``POSTGRES_CONFIGS``); ``SEARCH_CONFIG`` is used for
    texts in any other language (default ``simple``)."""

    query_compiler_class = MultilingualPostgresSearchQueryCompiler
    index_class = MultilingualPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = params.get("SEARCH_CONFIG") or "simple"
        self.language_configs = {**POSTGRES_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}
        self.config_variants = {
            self.language_configs[language]: tsquery_variants(families)
            for language, families in FORM_FAMILIES.items()
            if language in self.language_configs
        }

    def config_for(self, language):
        return self.language_configs.get(language, self.config)

    def query_configs(self, language=None):
        language = language or get_language()
        languages = [language] + [code for code in portal_languages() if code != language]
        configs = list(dict.fromkeys(self.config_for(code) for code in languages))
        return QueryConfigs(configs, self.config_variants)


SearchBackend = MultilingualPostgresSearchBackend
