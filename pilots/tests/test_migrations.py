"""Migration 0003 moves centres from a fixed county list and free text to the taxonomy."""

from importlib import import_module

import pytest
from django.apps import apps

from directory.taxonomy.models import Municipality, WellbeingCounty

migration = import_module("pilots.migrations.0003_centre_taxonomy")

pytestmark = pytest.mark.django_db


def test_a_stored_centre_gets_the_finnish_terms_found_by_any_language_name():
    content = {"wellbeing_services_county": "south_savo", "municipality": "Nyslott", "title": "x"}
    assert migration.convert_content(content, migration.Terms(apps))
    savonlinna = Municipality.objects.default_locale().get(slug="savonlinna")
    assert content == {
        "county": WellbeingCounty.objects.default_locale().get(slug="etela-savo").pk,
        "municipality": savonlinna.pk,
        "title": "x",
    }
    # Already converted copies are left alone.
    assert not migration.convert_content(content, migration.Terms(apps))


def test_an_unknown_municipality_is_added_to_the_taxonomy_in_every_language():
    content = {"wellbeing_services_county": "lapland", "municipality": "Ähtäri-Testi"}
    migration.convert_content(content, migration.Terms(apps))
    added = Municipality.objects.get(pk=content["municipality"])
    assert (added.slug, added.name, added.county.slug) == ("ahtari-testi", "Ähtäri-Testi", "lappi")
    assert added.locale.language_code == "fi"
    rows = Municipality.objects.filter(translation_key=added.translation_key)
    assert {row.locale.language_code for row in rows} == {"fi", "sv"}
    assert {row.county.locale.language_code for row in rows} == {"fi", "sv"}
