"""Title suggestions as JSON, in the reader's language."""

import pytest

from .helpers import add_page, make_activity, make_event, make_organisation, translate_page

pytestmark = pytest.mark.django_db


def suggestions(client, query, language="fi"):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_of_every_type_best_matches_first(client, home, swedish_home, listing_pages):
    add_page(home, "Uintiretki", slug="uintiretki")
    add_page(home, "Talviuinti", slug="talviuinti")
    organisation = make_organisation("Uimaseura ry")
    make_activity("Uintikoulu", organisation=organisation)
    make_event("Uintitapahtuma", organisation=organisation)
    result = suggestions(client, "uint")
    titles = [s["title"] for s in result]
    # Titles that start with the words come first, shortest first; then the rest.
    assert titles == ["Uintikoulu", "Uintiretki", "Uintitapahtuma", "Talviuinti"]
    by_title = {s["title"]: s for s in result}
    assert by_title["Uintikoulu"]["type"] == "Toiminta"
    assert by_title["Uintikoulu"]["url"].startswith("/fi/hakemisto/toiminta/")
    assert by_title["Uintitapahtuma"]["url"].startswith("/fi/kalenteri/tapahtuma/")
    assert by_title["Uintiretki"] == {
        "title": "Uintiretki",
        "url": "/fi/uintiretki/",
        "type": "Sivu",
        "lang": "fi",
    }


def test_every_word_must_match_and_short_input_suggests_nothing(client, listing_pages):
    make_activity("Kävelyryhmä senioreille")
    make_activity("Kävelyryhmä nuorille")
    assert [s["title"] for s in suggestions(client, "kävely seni")] == ["Kävelyryhmä senioreille"]
    assert suggestions(client, "k") == []
    assert suggestions(client, "") == []
    assert suggestions(client, "--") == []


def test_suggestions_are_titles_in_the_readers_language(client, home, swedish_home, listing_pages):
    page = add_page(home, "Kesäleiri", slug="kesaleiri")
    translate_page(page, title="Sommarläger", slug="sommarlager")
    activity = make_activity("Kävelyryhmä")
    activity.translations.create(language="sv", title="Promenadgrupp")
    activity.save()
    untranslated = make_activity("Promenadi ilman käännöstä")

    swedish = suggestions(client, "prome", "sv")
    assert {s["title"] for s in swedish} == {"Promenadgrupp", untranslated.title}
    by_title = {s["title"]: s for s in swedish}
    assert by_title["Promenadgrupp"]["lang"] == "sv"
    assert by_title[untranslated.title]["lang"] == "fi"  # the directory's fallback, marked
    assert by_title["Promenadgrupp"]["url"] == f"/sv/katalog/verksamhet/{activity.slug}/"
    # The Finnish title is not suggested to a Swedish reader, nor the other way round.
    assert suggestions(client, "kävelyr", "sv") == []
    assert suggestions(client, "promenadg", "fi") == []
    assert [s["title"] for s in suggestions(client, "sommar", "sv")] == ["Sommarläger"]
    assert suggestions(client, "sommar", "fi") == []


def test_at_most_eight_suggestions(client, listing_pages):
    organisation = make_organisation("Kerhot ry")
    for number in range(12):
        make_activity(f"Kerho {number}", organisation=organisation)
    assert len(suggestions(client, "kerho")) == 8


def test_titles_the_reader_does_not_see_never_crowd_out_a_match(client, listing_pages):
    organisation = make_organisation("Liikuntayhdistys ry")
    for number in range(30):
        activity = make_activity(f"Kävelyryhmä {number}", organisation=organisation)
        activity.translations.create(language="sv", title=f"Promenadgrupp {number}")
        activity.save()
    make_activity("Kävelytreenit", organisation=organisation)  # not translated: shown in Finnish
    assert [s["title"] for s in suggestions(client, "kävely", "sv")] == ["Kävelytreenit"]
    assert len(suggestions(client, "promenadgrupp", "sv")) == 8
    assert suggestions(client, "promenadgrupp", "fi") == []
