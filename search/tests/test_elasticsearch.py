"""Elasticsearch: the generated index settings and mappings (no server needed), the settings
switch, and the fallback to the database while the cluster cannot be reached. Tests that need a
cluster run only when ELASTICSEARCH_URL is set."""

import logging
import os
import re
import runpy
from importlib import import_module
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from elastic_transport import TransportError
from modelsearch.backends import get_search_backend

from directory.organisations.models import Activity, Organisation
from home.models import ContentPage
from search.backends.elasticsearch import analyzer_name
from search.engine import FALLBACK_CACHE_KEY

from .helpers import add_page, make_activity, translate_page

SETTINGS_FILE = str(Path(__file__).resolve().parents[2] / "portal" / "settings" / "base.py")
UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once


def es_backend(version=8, **params):

    module = import_module(f"search.backends.elasticsearch{version}")
    return module.SearchBackend({"URLS": [UNREACHABLE], "INDEX_PREFIX": "test_", **params})


@pytest.mark.parametrize("version", [8, 9])
def test_index_settings_use_the_finnish_and_swedish_analysers(version):
    analysis = es_backend(version).settings["settings"]["analysis"]
    analyzers, filters = analysis["analyzer"], analysis["filter"]
    finnish = analyzers["portal_fi"]
    assert finnish["type"] == "custom" and finnish["tokenizer"] == "standard"
    # The built-in Finnish analyser's own parts: lowercase, Finnish stop words, Finnish stemmer…
    assert finnish["filter"][:3] == ["lowercase", "portal_fi_stop", "portal_fi_stemmer"]
    assert filters["portal_fi_stop"] == {"type": "stop", "stopwords": "_finnish_"}
    assert filters["portal_fi_stemmer"] == {"type": "stemmer", "language": "finnish"}
    # …and the forms of one word made one term: yhdistyks → yhdistys.
    forms = filters["portal_fi_forms_1"]
    assert forms["type"] == "pattern_replace"
    assert re.sub(forms["pattern"], forms["replacement"].replace("$1", r"\1"), "yhdistyks") == (
        "yhdistys"
    )
    swedish = analyzers["portal_sv"]
    assert swedish["filter"][:3] == ["lowercase", "portal_sv_stop", "portal_sv_stemmer"]
    assert filters["portal_sv_stop"] == {"type": "stop", "stopwords": "_swedish_"}
    assert filters["portal_sv_stemmer"] == {"type": "stemmer", "language": "swedish"}
    sv_forms = filters["portal_sv_forms_1"]
    assert (
        re.sub(sv_forms["pattern"], sv_forms["replacement"].replace("$1", r"\1"), "biblioteket")
        == "bibliotek"
    )
    # Wagtail's own analysers (autocomplete) are still there.
    assert {"ngram_analyzer", "edgengram_analyzer"} <= set(analyzers)


def test_index_settings_can_be_extended():
    backend = es_backend(INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1}}})
    assert backend.settings["settings"]["index"]["number_of_shards"] == 1
    assert "portal_fi" in backend.settings["settings"]["analysis"]["analyzer"]


def _subfields(mapping):
    return {language: field["analyzer"] for language, field in mapping.get("fields", {}).items()}


@pytest.mark.parametrize("model", [Activity, Organisation, ContentPage])
def test_every_text_field_has_a_finnish_and_a_swedish_sub_field(model):
    properties = es_backend().mapping_class(model).get_mapping()["properties"]
    languages = {"fi": analyzer_name("fi"), "sv": analyzer_name("sv")}
    assert _subfields(properties["_all_text"]) == languages
    text_fields = [
        name
        for name, field in properties.items()
        if field.get("type") == "text" and "analyzer" not in field
    ]
    assert text_fields
    for name in text_fields:
        assert _subfields(properties[name]) == languages, name
    # Autocomplete keeps Wagtail's edge n-grams, without language sub-fields.
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert "fields" not in properties["_edgengrams"]


def test_nested_translations_and_boosted_fields_are_analysed_per_language():
    properties = es_backend().mapping_class(Activity).get_mapping()["properties"]
    translations = properties["translations"]["properties"]
    assert _subfields(translations["title"]) == {"fi": "portal_fi", "sv": "portal_sv"}
    boosted = [name for name in properties if name.startswith("_all_text_boost_")]
    assert boosted
    for name in boosted:
        assert _subfields(properties[name]) == {"fi": "portal_fi", "sv": "portal_sv"}


@pytest.mark.django_db
def test_queries_search_the_readers_language_sub_fields():
    backend = es_backend()
    for language, other in (("fi", "sv"), ("sv", "fi")):
        with translation.override(language):
            results = backend.search(
                "yhdistyksen", Activity.objects.filter(live=True), operator="and"
            )
            query = results.query_compiler.get_query()
        fields = query["bool"]["must"]["multi_match"]["fields"]
        assert "_all_text" in fields and f"_all_text.{language}" in fields
        assert f"_all_text_boost_3_0.{language}^3.0" in fields
        assert not any(f".{other}" in field for field in fields)
        assert query["bool"]["must"]["multi_match"]["operator"] == "and"
        assert {"term": {"live_filter": True}} in query["bool"]["filter"]


def test_settings_switch_to_elasticsearch_with_the_database_as_fallback(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "https://user:secret@es.example.fi:9243")
    monkeypatch.setenv("ELASTICSEARCH_INDEX", "portaali")
    settings = runpy.run_path(SETTINGS_FILE)
    backends = settings["WAGTAILSEARCH_BACKENDS"]
    assert backends["default"]["BACKEND"] == "search.backends.elasticsearch8"
    assert backends["default"]["URLS"] == ["https://user:secret@es.example.fi:9243"]
    assert backends["default"]["INDEX_PREFIX"] == "portaali_"
    assert backends["database"]["BACKEND"] == "search.backends.database"
    assert settings["SEARCH_FALLBACK_BACKEND"] == "database"
    monkeypatch.setenv("ELASTICSEARCH_VERSION", "9")
    settings = runpy.run_path(SETTINGS_FILE)
    assert settings["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "search.backends.elasticsearch9"
    )

    monkeypatch.setenv("ELASTICSEARCH_URL", "")
    settings = runpy.run_path(SETTINGS_FILE)
    assert settings["WAGTAILSEARCH_BACKENDS"] == {
        "default": {"BACKEND": "search.backends.database"}
    }
    assert settings["SEARCH_FALLBACK_BACKEND"] is None


UNREACHABLE_SETTINGS = {
    "WAGTAILSEARCH_BACKENDS": {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [UNREACHABLE],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        },
        "database": {"BACKEND": "search.backends.database"},
    },
    "SEARCH_FALLBACK_BACKEND": "database",
}


@pytest.mark.django_db
def test_unreachable_cluster_falls_back_to_the_database(client, home, listing_pages, caplog):
    page = add_page(home, "Kuntosali", "Kuntosali on auki.", slug="kuntosali")
    make_activity("Kuntosaliryhmä")
    with override_settings(**UNREACHABLE_SETTINGS), caplog.at_level(logging.WARNING):
        response = client.get("/fi/search/?q=kuntosali")
        assert response.status_code == 200
        assert 'href="/fi/kuntosali/">Kuntosali</a>' in response.content.decode()
        warnings = [r for r in caplog.records if r.name == "search.engine"]
        assert warnings and warnings[0].levelno == logging.WARNING
        assert "could not answer" in warnings[0].getMessage()
        # For a while the database answers straight away, without waiting for the cluster.
        assert cache.get(FALLBACK_CACHE_KEY)
        caplog.clear()
        assert client.get("/fi/search/?q=kuntosaliryhmä").status_code == 200
        assert not [r for r in caplog.records if r.name == "search.engine"]
        # Suggestions come from the database anyway.
        data = client.get("/fi/search/suggest/?q=kunto").json()
        assert {s["title"] for s in data["suggestions"]} == {"Kuntosali", "Kuntosaliryhmä"}
        # Publishing still works while the cluster is down (the database index is updated).
        page.title = "Kuntosali ja uimahalli"
        page.save_revision().publish()
        cache.delete(FALLBACK_CACHE_KEY)
        html = client.get("/fi/search/?q=uimahalli").content.decode()
        assert "Kuntosali ja uimahalli" in html


@pytest.mark.django_db
def test_an_unreachable_cache_does_not_break_the_fallback(client, home, listing_pages, monkeypatch):
    add_page(home, "Kuntosali", "Kuntosali on auki.", slug="kuntosali")

    class DownCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache down")

        set = get

    monkeypatch.setattr("search.engine.cache", DownCache())
    with override_settings(**UNREACHABLE_SETTINGS):
        response = client.get("/fi/search/?q=kuntosali")
    assert response.status_code == 200
    assert 'href="/fi/kuntosali/">Kuntosali</a>' in response.content.decode()


@pytest.mark.django_db
def test_without_a_fallback_configured_errors_are_not_hidden(client, home, listing_pages):
    settings = dict(UNREACHABLE_SETTINGS, SEARCH_FALLBACK_BACKEND=None)
    settings["WAGTAILSEARCH_BACKENDS"] = {
        "default": UNREACHABLE_SETTINGS["WAGTAILSEARCH_BACKENDS"]["default"]
    }
    with override_settings(**settings), pytest.raises(TransportError):
        client.get("/fi/search/?q=kuntosali")


# --- With a cluster (ELASTICSEARCH_URL set) --------------------------------------------------

needs_cluster = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs ELASTICSEARCH_URL (an Elasticsearch 8 or 9 cluster)",
)


@needs_cluster
@pytest.mark.django_db
def test_cluster_finds_inflected_forms_in_both_languages(client, home, swedish_home, listing_pages):

    association = add_page(home, "Yhdistys", "Mikä on yhdistys?", slug="yhdistys")
    translate_page(
        association, title="Förening", slug="forening", introduction="Vad är en förening?"
    )
    library = add_page(home, "Kirjasto", "Kaupungin kirjasto.", slug="kirjasto")
    translate_page(library, title="Bibliotek", slug="bibliotek", introduction="Stadens bibliotek.")
    call_command("update_index", backend_name="default", stdout=open(os.devnull, "w"))  # noqa: SIM115
    get_search_backend().refresh_indexes()
    for language, query, title in (
        ("fi", "yhdistyksen", "Yhdistys"),
        ("fi", "kirjastossa", "Kirjasto"),
        ("sv", "föreningarnas", "Förening"),
        ("sv", "biblioteket", "Bibliotek"),
    ):
        html = client.get(f"/{language}/search/", {"q": query}).content.decode()
        assert f">{title}</a>" in html, (language, query)
