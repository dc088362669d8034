"""PostgreSQL: Finnish texts are indexed with the `finnish` configuration and Swedish texts with
`swedish`, so inflected forms find their base forms (and the other way round)."""

import re

import pytest
from django.db import connection
from django.utils import translation
from modelsearch.backends import get_search_backend
from wagtail.search.models import IndexEntry

from directory.organisations.models import Organisation

from .helpers import add_page, make_activity, make_organisation, translate_page

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def _postgresql_only(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://…)")


def found(client, query, language):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    results = html.split('class="search-results"', 1)[-1]
    return re.findall(r'<h3 class="listing-card__title"[^>]*><a href="[^"]*">([^<]*)</a>', results)


@pytest.fixture
def bilingual(home, swedish_home, listing_pages):
    library = add_page(home, "Kirjasto", "Kaupungin kirjasto on avoinna.", slug="kirjasto")
    translate_page(library, title="Bibliotek", slug="bibliotek", introduction="Stadens bibliotek.")
    association = add_page(home, "Yhdistys", "Mikä on yhdistys?", slug="yhdistys")
    translate_page(
        association, title="Förening", slug="forening", introduction="Vad är en förening?"
    )
    volunteer = add_page(home, "Vapaaehtoinen", "Ryhdy mukaan.", slug="vapaaehtoinen")
    translate_page(volunteer, title="Frivillig", slug="frivillig", introduction="Var med.")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("yhdistyksen", "Yhdistys"),
        ("yhdistyksessä", "Yhdistys"),
        ("yhdistysten", "Yhdistys"),
        ("yhdistys", "Yhdistys"),
        ("kirjastossa", "Kirjasto"),
        ("kirjastoon", "Kirjasto"),
        ("kirjastot", "Kirjasto"),
        ("vapaaehtoisille", "Vapaaehtoinen"),
        ("vapaaehtoisten", "Vapaaehtoinen"),
    ],
)
def test_finnish_inflected_forms_find_the_base_form(client, bilingual, query, expected):
    assert found(client, query, "fi") == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("föreningarnas", "Förening"),
        ("föreningen", "Förening"),
        ("föreningar", "Förening"),
        ("biblioteket", "Bibliotek"),
        ("biblioteken", "Bibliotek"),
        ("frivilliga", "Frivillig"),
    ],
)
def test_swedish_inflected_forms_find_the_base_form(client, bilingual, query, expected):
    assert found(client, query, "sv") == [expected]


def test_base_forms_find_inflected_texts(client, home, swedish_home, listing_pages):
    page = add_page(home, "Yhdistyksen kevätkokous", "Yhdistysten edustajat kirjastossa.")
    translate_page(
        page, title="Föreningarnas vårmöte", slug="varmote", introduction="I biblioteket."
    )
    assert found(client, "yhdistys", "fi") == ["Yhdistyksen kevätkokous"]
    assert found(client, "kirjasto", "fi") == ["Yhdistyksen kevätkokous"]
    assert found(client, "förening", "sv") == ["Föreningarnas vårmöte"]
    assert found(client, "bibliotek", "sv") == ["Föreningarnas vårmöte"]


def test_listings_are_stemmed_in_their_own_languages(client, listing_pages):
    organisation = make_organisation(
        "Kirjastoyhdistys ry",
        description="Yhdistys järjestää lukupiirejä kirjastoissa.",
        original_language="fi",
    )
    organisation.translations.create(
        language="sv", description="Föreningen ordnar läsecirklar i biblioteken."
    )
    organisation.save()
    swedish_original = make_activity(
        "Läsecirklar för seniorer",
        organisation=make_organisation("Läsarna rf", original_language="sv"),
        summary="Seniorerna läser tillsammans.",
        original_language="sv",
    )
    assert found(client, "kirjastossa", "fi") == ["Kirjastoyhdistys ry"]
    assert found(client, "biblioteket", "sv") == ["Kirjastoyhdistys ry"]
    assert found(client, "seniorernas", "sv") == [swedish_original.title]
    # A Swedish reader finds an untranslated Finnish listing by its Finnish words, inflected.
    finnish_only = make_organisation("Soutajat ry", description="Soutuveneet ja soutajat.")
    assert found(client, "soutajien", "sv") == [finnish_only.name]


def test_each_text_is_indexed_with_its_languages_configuration(home, swedish_home, listing_pages):
    page = add_page(home, "Yhdistykset", "Yhdistyksissä.", slug="yhdistykset")
    swedish = translate_page(page, title="Föreningarna", slug="foreningarna", introduction="")
    organisation = make_organisation("Yhdistys ry", description="Yhdistyksessä")
    organisation.translations.create(language="sv", description="Föreningarnas")
    organisation.save()

    def lexemes(obj, column):
        entry = IndexEntry.objects.get(
            object_id=str(obj.pk), content_type__model=obj._meta.model_name
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {column}::text FROM wagtailsearch_indexentry WHERE id = %s", [entry.pk]
            )  # noqa: S608
            return cursor.fetchone()[0]

    assert "'yhdistyks'" in lexemes(page, "title")
    assert "'förening'" in lexemes(swedish, "title")
    body = lexemes(Organisation.objects.get(pk=organisation.pk), "body")
    assert "'yhdistyks'" in body  # Finnish description, finnish configuration
    assert "'förening'" in body  # Swedish translation, swedish configuration


def test_query_configurations_follow_the_readers_language():
    backend = get_search_backend()
    with translation.override("fi"):
        assert list(backend.query_configs()) == ["finnish", "swedish"]
    with translation.override("sv"):
        assert list(backend.query_configs()) == ["swedish", "finnish"]
    assert backend.config_for("xx") == "simple"
