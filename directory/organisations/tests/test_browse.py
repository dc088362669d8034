import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ActivityTranslation
from directory.taxonomy.models import Municipality
from home.models import HomePage
from pilots.factories import CentrePageFactory
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db


def results_heading(html):
    return re.search(r'<h2 id="results-heading">\s*(.*?)\s*</h2>', html, re.S).group(1)


def test_lists_only_public_activities(client, directory_page):
    ActivityFactory(title="Julkaistu ryhmä")
    ActivityFactory(title="Luonnos ryhmä", live=False)
    ActivityFactory(title="Päättynyt ryhmä", status=Activity.Status.ENDED)
    ActivityFactory(
        title="Piilotetun järjestön ryhmä", organisation=OrganisationFactory(live=False)
    )
    html = client.get("/fi/hakemisto/").content.decode()
    assert "Julkaistu ryhmä" in html
    for hidden in ("Luonnos ryhmä", "Päättynyt ryhmä", "Piilotetun järjestön ryhmä"):
        assert hidden not in html
    assert results_heading(html) == "1 toiminta"


def test_facets_combine_and_count_other_choices(client, directory_page):
    kuopio = Municipality.objects.default_locale().get(slug="kuopio")
    oulu = Municipality.objects.default_locale().get(slug="oulu")
    ActivityFactory(title="A Kuopio", municipality=kuopio, themes=["leisure"], is_free=True)
    ActivityFactory(
        title="B Kuopio", municipality=kuopio, themes=["work"], is_free=False, fee_description="5 €"
    )
    ActivityFactory(title="C Oulu", municipality=oulu, themes=["leisure"])
    html = client.get("/fi/hakemisto/?municipality=kuopio&theme=leisure").content.decode()
    assert "A Kuopio" in html
    assert "B Kuopio" not in html and "C Oulu" not in html
    # The municipality facet counts with the theme filter only: Kuopio 1, Oulu 1.
    assert re.search(r'value="oulu">\s*<label[^>]*>Oulu <span class="facet__count">\(1\)', html)
    # The theme facet counts with the municipality filter only: leisure 1, work 1.
    assert re.search(r'value="work">\s*<label[^>]*>Työ <span class="facet__count">\(1\)', html)
    assert 'name="municipality" value="kuopio" checked' in html


def test_chips_remove_one_filter_at_a_time(client, directory_page):
    ActivityFactory(themes=["leisure"])
    html = client.get("/fi/hakemisto/?municipality=kuopio&theme=leisure&free=1").content.decode()
    chips = re.findall(r'<a class="chip" href="/fi/hakemisto/\?([^"]*)">', html)
    assert len(chips) == 3
    assert "municipality=kuopio&amp;free=1" in chips  # the theme chip keeps the other two
    assert "theme=leisure&amp;free=1" in chips


def test_text_query_searches_titles_translations_and_organisations(client, directory_page):
    activity = ActivityFactory(
        title="Kävelyryhmä", organisation=OrganisationFactory(name="Liikkujat ry")
    )
    ActivityTranslation.objects.create(activity=activity, language="sv", title="Promenadgrupp")
    ActivityFactory(title="Lukupiiri")
    for query in ("kävely", "Promenad", "liikkujat"):
        html = client.get(f"/fi/hakemisto/?q={query}").content.decode()
        assert "Kävelyryhmä" in html, query
        assert "Lukupiiri" not in html, query


def test_accessibility_and_free_filters(client, directory_page):
    ActivityFactory(title="Esteetön", wheelchair_accessible=True, induction_loop=True)
    ActivityFactory(title="Portaat", wheelchair_accessible=False)
    html = client.get(
        "/fi/hakemisto/?access=wheelchair_accessible&access=induction_loop"
    ).content.decode()
    assert "Esteetön" in html and "Portaat" not in html


def test_empty_state_offers_to_clear_filters(client, directory_page):
    html = client.get("/fi/hakemisto/?theme=work").content.decode()
    assert "Hakuehdoilla ei löytynyt toimintaa." in html
    assert 'href="/fi/hakemisto/">Poista kaikki rajaukset' in html


def test_pagination_keeps_filters(client, directory_page):
    for n in range(25):
        ActivityFactory(title=f"Ryhmä {n:02d}", themes=["leisure"])
    html = client.get("/fi/hakemisto/?theme=leisure").content.decode()
    assert 'href="/fi/hakemisto/?theme=leisure&amp;page=2" rel="next"' in html
    page2 = client.get("/fi/hakemisto/?theme=leisure&page=2").content.decode()
    assert "Ryhmä 24" in page2 and "Ryhmä 00" not in page2
    # Without filters the links carry only the page; page 1 is the page's own address.
    unfiltered = client.get("/fi/hakemisto/?page=2").content.decode()
    assert "?&amp;" not in unfiltered and "?&" not in unfiltered
    assert 'href="/fi/hakemisto/" rel="prev"' in unfiltered


def test_long_compounds_in_cards_get_soft_hyphens(client, directory_page):
    ActivityFactory(title="Mielenterveysyhdistyksen vertaistukiryhmä")
    html = client.get("/fi/hakemisto/").content.decode()
    assert "ver\u00adtais\u00adtu\u00adki\u00adryh\u00admä" in html
    assert "Mie\u00adlen\u00adter" in html
    # The letters stay the same: only where a line may break changes.
    assert "Mielenterveysyhdistyksen vertaistukiryhmä" in html.replace("\u00ad", "")


def test_the_print_card_has_full_addresses_and_no_repeated_summary(client, directory_page):
    activity = ActivityFactory(
        title="Kävelyryhmä",
        summary="Reipas kävely kerran viikossa.",
        description="Reipas kävely kerran viikossa.\n\nLähdemme kirjaston edestä.",
    )
    html = client.get(directory_page.listing_url(activity)).content.decode()
    main = html[html.index("<main") :]
    assert main.count("Reipas kävely kerran viikossa.") == 1
    assert "Lähdemme kirjaston edestä." in main
    organiser = directory_page.listing_url(activity.organisation)
    assert f'href="http://testserver{organiser}"' in main
    assert re.search(r'class="print-only">[^<]*: http://testserver/fi/hakemisto/', main)


def test_bad_input_gives_a_normal_page(client, directory_page):
    for query in ("x" * 5000, "'; DROP TABLE directory_activity; --", "<script>alert(1)</script>"):
        response = client.get(
            "/fi/hakemisto/", {"q": query, "page": "abc", "sort": "evil", "access": "x"}
        )
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


def test_swedish_readers_see_swedish_names_and_the_original_with_its_lang(client, directory_page):
    hamina = Municipality.objects.default_locale().get(slug="hamina")
    activity = ActivityFactory(title="Kielikahvila", municipality=hamina)
    html = client.get("/sv/katalog/").content.decode()
    link = '<a href="/sv/katalog/verksamhet/kielikahvila/">'
    assert f'<h3 class="listing-card__title" lang="fi">{link}Kielikahvila</a></h3>' in html
    assert "<dd>Fredrikshamn</dd>" in html
    ActivityTranslation.objects.create(activity=activity, language="sv", title="Språkcafé")
    html = client.get("/sv/katalog/").content.decode()
    assert f'<h3 class="listing-card__title">{link}Språkcafé</a></h3>' in html


def test_query_count_does_not_grow_with_listings(client, directory_page):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fi/hakemisto/?theme=leisure&free=1")
        assert response.status_code == 200
        return len(queries)

    for _ in range(10):
        ActivityFactory(themes=["leisure", "work"])
    count_queries()  # the first request fills per-process caches (site root paths, settings)
    with_10 = count_queries()
    for _ in range(190):
        ActivityFactory(themes=["leisure"])
    with_200 = count_queries()
    assert with_200 == with_10


def test_activity_page_has_practical_information_and_json_ld(client, directory_page):
    activity = ActivityFactory(
        title="Omaishoitajien ryhmä",
        registration=Activity.Registration.EMAIL,
        registration_email="ilmo@example.fi",
        wheelchair_accessible=True,
    )
    html = client.get(f"/fi/hakemisto/toiminta/{activity.slug}/").content.decode()
    assert "<h1>Omaishoitajien ryhmä</h1>" in html
    assert 'href="mailto:ilmo@example.fi"' in html
    assert "esteetön kulku pyörätuolilla" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "EventSeries"
    assert data["name"] == "Omaishoitajien ryhmä"
    assert data["organizer"]["name"] == activity.organisation.name
    assert 'id="share-link"' in html
    assert "Tiedot vahvistettu" in html


def test_organisation_page_lists_its_public_activities(client, directory_page):
    organisation = OrganisationFactory(name="Kotiseutuyhdistys ry")
    ActivityFactory(organisation=organisation, title="Kylätalon kahvila")
    ActivityFactory(organisation=organisation, title="Salainen luonnos", live=False)
    html = client.get(f"/fi/hakemisto/jarjesto/{organisation.slug}/").content.decode()
    assert "<h1>Kotiseutuyhdistys ry</h1>" in html
    assert "Kylätalon kahvila" in html
    assert "Salainen luonnos" not in html


def test_sitemap_lists_public_listings_in_both_languages(client, directory_page):
    public = ActivityFactory(title="Näkyvä")
    hidden = ActivityFactory(title="Piilossa", live=False)
    body = client.get("/sitemap.xml").content.decode()
    assert f"/fi/hakemisto/toiminta/{public.slug}/" in body
    assert f"/sv/katalog/verksamhet/{public.slug}/" in body
    assert f"/jarjesto/{public.organisation.slug}/" in body
    assert hidden.slug not in body


def test_activity_page_names_terms_in_the_readers_language(client, directory_page):
    hamina = Municipality.objects.default_locale().get(slug="hamina")
    activity = ActivityFactory(title="Kerho", municipality=hamina, themes=["leisure"])
    html = client.get(f"/sv/katalog/verksamhet/{activity.slug}/").content.decode()
    assert "<dd>Fritid</dd>" in html
    assert "Fredrikshamn" in html
    assert '<h1 lang="fi">Kerho</h1>' in html


def test_centre_pages_list_the_public_activities_held_there(client, directory_page):

    home = HomePage.objects.get(locale__language_code="fi")
    centre = CentrePageFactory(parent=home, title="Kuopion sote-keskus", slug="kuopion-sote")
    ActivityFactory(title="Keskuksen vertaisryhmä", centre=centre)
    hidden = ActivityFactory(title="Keskuksen luonnos", centre=centre, live=False)
    html = client.get(centre.url).content.decode()
    assert '<h2 id="section-activities">Toimintaa ja tapahtumia keskuksessa</h2>' in html
    assert "Keskuksen vertaisryhmä" in html
    assert "Keskuksen luonnos" not in html

    assert_not_public(client, hidden, "Keskuksen luonnos")
