"""Wagtail's Elasticsearch 9 backend with the portal's language analysers (see
:mod:`search.backends.elasticsearch`)."""

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

from .elasticsearch import (
    MultilingualBackendMixin,
    MultilingualMappingMixin,
    MultilingualQueryCompilerMixin,
)


class MultilingualElasticsearch9Mapping(MultilingualMappingMixin, Elasticsearch9Mapping):
    pass


class MultilingualElasticsearch9SearchQueryCompiler(
    MultilingualQueryCompilerMixin, Elasticsearch9SearchQueryCompiler
):
    mapping_class = MultilingualElasticsearch9Mapping


class MultilingualElasticsearch9AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = MultilingualElasticsearch9Mapping


class MultilingualElasticsearch9SearchBackend(
    MultilingualBackendMixin, Elasticsearch9SearchBackend
):
    mapping_class = MultilingualElasticsearch9Mapping
    query_compiler_class = MultilingualElasticsearch9SearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualElasticsearch9AutocompleteQueryCompiler


SearchBackend = MultilingualElasticsearch9SearchBackend
