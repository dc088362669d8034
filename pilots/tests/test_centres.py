"""The centre index's filter and the centre page."""

import pytest
from django.utils import translation

from directory.taxonomy.models import Municipality
from home.models import HomePage
from pilots.factories import (
    CentreIndexPageFactory,
    CentrePageFactory,
    ContactFactory,
    GuidanceIndexPageFactory,
)
from pilots.models import CentrePage

pytestmark = pytest.mark.django_db


def place(slug):
    return Municipality.objects.default_locale().get(slug=slug)


@pytest.fixture
def centre_index(db):
    home = HomePage.objects.get(depth=2)
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    index = CentreIndexPageFactory(parent=guidance, slug="keskukset", title="Keskukset")
    CentrePageFactory(
        parent=index,
        title="Savonlinnan sote-keskus",
        municipality=place("savonlinna"),
    )
    CentrePageFactory(
        parent=index,
        title="Savonlinnan perhekeskus",
        municipality=place("savonlinna"),
    )
    CentrePageFactory(
        parent=index,
        title="Mikkelin sote-keskus",
        municipality=place("mikkeli"),
    )
    CentrePageFactory(
        parent=index,
        title="Kuopion sote-keskus",
        municipality=place("kuopio"),
    )
    draft = CentrePageFactory(
        parent=index,
        title="Luonnoskeskus",
        municipality=place("oulu"),
    )
    draft.unpublish()
    return index


def titles(html):
    return [
        title
        for title in (
            "Savonlinnan sote-keskus",
            "Savonlinnan perhekeskus",
            "Mikkelin sote-keskus",
            "Kuopion sote-keskus",
            "Luonnoskeskus",
        )
        if f">{title}</a>" in html
    ]


def test_centre_index_lists_live_centres(client, centre_index):
    html = client.get("/fi/ohjeet/keskukset/").content.decode()
    assert sorted(titles(html)) == sorted(
        [
            "Savonlinnan sote-keskus",
            "Savonlinnan perhekeskus",
            "Mikkelin sote-keskus",
            "Kuopion sote-keskus",
        ]
    )
    assert "4 keskusta" in html


def test_filter_by_county(client, centre_index):
    html = client.get("/fi/ohjeet/keskukset/", {"county": "pohjois-savo"}).content.decode()
    assert titles(html) == ["Kuopion sote-keskus"]
    assert "1 keskus" in html
    assert 'href="/fi/ohjeet/keskukset/">Näytä kaikki keskukset</a>' in html


def test_filter_by_municipality_and_both(client, centre_index):
    html = client.get("/fi/ohjeet/keskukset/", {"municipality": "savonlinna"}).content.decode()
    assert sorted(titles(html)) == ["Savonlinnan perhekeskus", "Savonlinnan sote-keskus"]
    html = client.get(
        "/fi/ohjeet/keskukset/", {"county": "etela-savo", "municipality": "kuopio"}
    ).content.decode()
    assert titles(html) == []
    assert "Rajausta vastaavia keskuksia ei löytynyt." in html


def test_filter_options_are_the_distinct_values_of_live_centres(client, centre_index):
    html = client.get("/fi/ohjeet/keskukset/").content.decode()
    county = html[
        html.index('name="county"') : html.index("</select>", html.index('name="county"'))
    ]
    assert '<option value="etela-savo">Etelä-Savon hyvinvointialue</option>' in county
    assert '<option value="pohjois-savo">Pohjois-Savon hyvinvointialue</option>' in county
    assert "pohjois-pohjanmaa" not in county  # only the draft centre is there
    municipality = html[html.index('name="municipality"') :]
    municipality = municipality[: municipality.index("</select>")]
    assert municipality.count('value="savonlinna"') == 1
    assert (
        municipality.index("Kuopio")
        < municipality.index("Mikkeli")
        < municipality.index("Savonlinna")
    )
    assert "Oulu" not in municipality
    assert '<label for="id_county">Hyvinvointialue</label>' in html


def test_unknown_filter_values_show_every_centre(client, centre_index):
    html = client.get("/fi/ohjeet/keskukset/", {"county": "atlantis"}).content.decode()
    assert len(titles(html)) == 4


def test_swedish_filter_labels(client, centre_index):

    with translation.override("sv"):
        form = centre_index.get_filter({}).form
        labels = {value: str(label) for value, label in form.fields["county"].choices}
    assert labels["etela-savo"] == "Södra Savolax välfärdsområde"
    assert labels[""] == "Alla välfärdsområden"


def test_centre_page_shows_liaison_contact_from_the_snippet(client, centre_index):
    contact = ContactFactory(
        name="Aino Testinen", email="aino.testinen@example.fi", phone="040 000 1234"
    )
    centre = CentrePage.objects.get(title="Kuopion sote-keskus")
    centre.liaison_contacts = [
        ("contact_card", {"role": "Järjestöyhdyshenkilö", "contact": contact})
    ]
    centre.opening_hours = "Ma–pe 8–16\nLa suljettu"
    centre.save_revision().publish()
    html = client.get(centre.url).content.decode()
    assert html.count("<h1") == 1
    liaison = html[html.index('id="liaison-heading"') :]
    assert "Aino Testinen" in liaison and 'href="tel:0400001234"' in liaison
    assert "Ma–pe 8–16<br>La suljettu" in html
    assert "Pohjois-Savo" in html


def test_centre_listings_section_is_hidden_without_activities(client, centre_index):
    """The directory fills the section (directory/tests/test_browse.py); empty, it is hidden."""
    centre = CentrePage.objects.get(title="Kuopion sote-keskus")
    assert centre.get_sections(None) == []
    html = client.get(centre.url).content.decode()
    assert "centre__activities" not in html
    assert "Toimintaa ja tapahtumia keskuksessa" not in html
