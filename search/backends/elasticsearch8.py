"""Wagtail's Elasticsearch 8 backend with the portal's language analysers (see
:mod:`search.backends.elasticsearch`)."""

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

from .elasticsearch import (
    MultilingualBackendMixin,
    MultilingualMappingMixin,
    MultilingualQueryCompilerMixin,
)


class MultilingualElasticsearch8Mapping(MultilingualMappingMixin, Elasticsearch8Mapping):
    pass


class MultilingualElasticsearch8SearchQueryCompiler(
    MultilingualQueryCompilerMixin, Elasticsearch8SearchQueryCompiler
):
    mapping_class = MultilingualElasticsearch8Mapping


class MultilingualElasticsearch8AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = MultilingualElasticsearch8Mapping


class MultilingualElasticsearch8SearchBackend(
    MultilingualBackendMixin, Elasticsearch8SearchBackend
):
    mapping_class = MultilingualElasticsearch8Mapping
    query_compiler_class = MultilingualElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualElasticsearch8AutocompleteQueryCompiler


SearchBackend = MultilingualElasticsearch8SearchBackend
