"""The search page: every type of content, type filter, ranking, languages, pages, promotions."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.views.defaults import permission_denied
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from pilots.factories import CentreIndexPageFactory, CentrePageFactory, GuidanceIndexPageFactory

from .helpers import (
    add_page,
    make_activity,
    make_event,
    make_organisation,
    translate_page,
)

pytestmark = pytest.mark.django_db


def titles(response):
    """Result titles in the order shown (promotions excluded)."""
    html = response.content.decode()
    results = html.split('class="search-results"', 1)[-1]
    return re.findall(r'<h3 class="listing-card__title"[^>]*><a href="[^"]*">([^<]*)</a>', results)


def count_text(response):
    match = re.search(
        r'class="search-count" role="status">\s*(.*?)\s*</p>', response.content.decode(), re.S
    )
    return match.group(1) if match else None


@pytest.fixture
def everything(home, swedish_home, listing_pages):
    """One item of every type with the word "kirjasto" (library) in its title."""
    blog = BlogIndexPageFactory(parent=home, slug="blogi", title="Blogi")
    BlogPostPageFactory(parent=blog, title="Kirjasto blogissa", slug="kirjasto-blogissa")
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet", title="Ohjeet")
    centres = CentreIndexPageFactory(parent=guidance, slug="keskukset", title="Keskukset")
    CentrePageFactory(parent=centres, title="Kirjasto ja sote-keskus", slug="kirjasto-keskus")
    add_page(home, "Kirjasto tietoa", "Yleinen sivu.", slug="kirjasto-tietoa")
    organisation = make_organisation("Kirjasto ystävät ry")
    make_activity("Kirjasto kerho", organisation=organisation)
    make_event("Kirjasto tapahtuma", days=5, organisation=organisation)


def test_results_of_every_type_with_labels_and_counts(client, everything):
    response = client.get("/fi/search/?q=kirjasto")
    assert response.status_code == 200
    html = response.content.decode()
    assert set(titles(response)) == {
        "Kirjasto blogissa",
        "Kirjasto ja sote-keskus",
        "Kirjasto tietoa",
        "Kirjasto ystävät ry",
        "Kirjasto kerho",
        "Kirjasto tapahtuma",
    }
    assert count_text(response) == "6 tulosta haulla ”kirjasto”"
    labels = re.findall(r'<p class="search-result__type">([^<]*)</p>', html)
    assert sorted(labels) == sorted(
        ["Blogikirjoitus", "Sote-keskus", "Sivu", "Järjestö", "Toiminta", "Tapahtuma"]
    )
    filters = re.findall(
        r'<li><a href="/fi/search/\?([^"]*)"[^>]*>([^<]*)'
        r'<span class="search-types__count">\((\d+)\)',
        html,
    )
    assert [(label.strip(), count) for _query, label, count in filters] == [
        ("Kaikki", "6"),
        ("Blogikirjoitukset", "1"),
        ("Sote-keskukset", "1"),
        ("Järjestöt", "1"),
        ("Toiminnot", "1"),
        ("Tapahtumat", "1"),
        ("Muut sivut", "1"),
    ]


def test_type_filter_keeps_the_counts_of_every_type(client, everything):
    response = client.get("/fi/search/?q=kirjasto&type=events")
    assert titles(response) == ["Kirjasto tapahtuma"]
    html = response.content.decode()
    assert 'href="/fi/search/?q=kirjasto&amp;type=events" aria-current="true"' in html
    assert "(6)" in html  # "All" still shows every result
    assert "Tapahtumat" in count_text(response)


def test_unknown_type_shows_every_type(client, everything):
    response = client.get("/fi/search/?q=kirjasto&type=<script>")
    assert response.status_code == 200
    assert len(titles(response)) == 6


def test_a_type_without_results_offers_every_type(client, everything):
    response = client.get("/fi/search/?q=kerho&type=blog")
    html = response.content.decode()
    assert titles(response) == []
    assert 'href="/fi/search/?q=kerho"' in html


def test_upcoming_events_come_before_past_ones(client, home, swedish_home, listing_pages):
    # The past event matches better (the word twice), yet comes last.
    make_event("Muistelu muistelu tapahtuma", days=-10)
    make_event("Muistelu ilta", days=20)
    make_event("Muistelu aamu", days=2)
    add_page(home, "Muistelu sivu", "Muistelu muistelu muistelu.")
    results = titles(client.get("/fi/search/?q=muistelu"))
    assert results[-1] == "Muistelu muistelu tapahtuma"
    assert set(results[:-1]) == {"Muistelu ilta", "Muistelu aamu", "Muistelu sivu"}
    html = client.get("/fi/search/?q=muistelu&type=events").content.decode()
    assert "Mennyt tapahtuma" in html  # the past event is marked as past
    assert "Seuraava ajankohta" in html


def test_the_best_match_comes_first(client, listing_pages):
    make_organisation(
        "Toinen yhdistys ry",
        description="Yhdistys tekee vapaaehtoistyötä monella tavalla, ja joskus myös kumppani "
        "auttaa tapahtumissa, retkillä, kerhoissa ja juhlissa ympäri vuoden.",
    )
    make_organisation("Kumppani ry", description="Kumppani kumppanille: kumppani-ilta.")
    make_activity("Kumppanuuskävely", description="Ei hakusanaa.")
    assert titles(client.get("/fi/search/?q=kumppani"))[:2] == ["Kumppani ry", "Toinen yhdistys ry"]


def test_language_separation(client, home, swedish_home, listing_pages):
    finnish = add_page(home, "Lukupiiri kirjastossa", "Kerran kuussa.", slug="lukupiiri")
    translate_page(
        finnish,
        title="Läsecirkel på biblioteket",
        slug="lasecirkel",
        introduction="En gång i månaden.",
    )
    only_finnish = add_page(home, "Lukupiiri vain suomeksi", "Ei käännöstä.", slug="vain-suomeksi")
    # Locale synchronisation gives the untranslated page a Swedish alias with the Finnish text.
    alias = only_finnish.create_alias(parent=swedish_home, update_locale=swedish_home.locale)
    assert alias.live and alias.title == "Lukupiiri vain suomeksi"
    make_activity("Lukupiiri toimintana", organisation=make_organisation("Kulttuuriyhdistys ry"))

    fi_titles = titles(client.get("/fi/search/?q=lukupiiri"))
    assert "Lukupiiri kirjastossa" in fi_titles
    assert "Lukupiiri vain suomeksi" in fi_titles
    assert "Läsecirkel på biblioteket" not in titles(client.get("/fi/search/?q=läsecirkel"))

    sv_response = client.get("/sv/search/?q=lukupiiri")
    sv_titles = titles(sv_response)
    # Pages only in the reader's language (not the Finnish page, nor its Swedish alias)…
    assert "Lukupiiri kirjastossa" not in sv_titles
    assert "Lukupiiri vain suomeksi" not in sv_titles
    # …and the directory's fallback: an untranslated listing, marked as Finnish.
    assert sv_titles == ["Lukupiiri toimintana"]
    assert '<h3 class="listing-card__title" lang="fi">' in sv_response.content.decode()
    assert titles(client.get("/sv/search/?q=läsecirkel")) == ["Läsecirkel på biblioteket"]


def test_listing_shows_its_translation_in_the_readers_language(client, listing_pages):
    activity = make_activity("Kävelyryhmä", summary="Kävellään yhdessä.")
    activity.translations.create(
        language="sv", title="Promenadgrupp", summary="Vi går tillsammans."
    )
    activity.save()
    response = client.get("/sv/search/?q=promenadgrupp")
    assert titles(response) == ["Promenadgrupp"]
    html = response.content.decode()
    assert "Vi går tillsammans." in html
    assert f'href="/sv/katalog/verksamhet/{activity.slug}/"' in html


def test_pagination(client, home, listing_pages):
    for number in range(25):
        make_organisation(f"Sivutusyhdistys {number} ry")
    first = client.get("/fi/search/?q=sivutusyhdistys")
    assert len(titles(first)) == 20
    html = first.content.decode()
    assert 'href="/fi/search/?q=sivutusyhdistys&amp;page=2"' in html
    assert '<ol class="listing-list search-results__list" start="1">' in html
    second = client.get("/fi/search/?q=sivutusyhdistys&page=2")
    assert len(titles(second)) == 5
    assert 'start="21"' in second.content.decode()
    assert not set(titles(first)) & set(titles(second))
    assert client.get("/fi/search/?q=sivutusyhdistys&page=999").status_code == 200
    assert client.get("/fi/search/?q=sivutusyhdistys&page=x").status_code == 200


def test_queries_do_not_grow_with_the_results(
    client, home, swedish_home, listing_pages, django_assert_max_num_queries
):
    blog = BlogIndexPageFactory(parent=home, slug="blogi", title="Blogi")
    organisation = make_organisation("Laskuri ry")
    created = []

    def add_items(count):
        """``count`` more results: blog posts, pages, activities and events, past and future."""
        for _ in range(count // 4):
            number = len(created)
            BlogPostPageFactory(
                parent=blog, title=f"Laskuri kirjoitus {number}", slug=f"l-{number}"
            )
            add_page(home, f"Laskuri sivu {number}", slug=f"laskuri-sivu-{number}")
            make_activity(f"Laskuri toiminta {number}", organisation=organisation)
            make_event(f"Laskuri tapahtuma {number}", days=number - 3, organisation=organisation)
            created.append(number)

    def queries_for(url):
        client.get(url)  # warm the caches (site root paths, content types)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), len(titles(response))

    urls = ["/fi/search/?q=laskuri"] + [
        f"/fi/search/?q=laskuri&type={kind}" for kind in ("blog", "pages", "activities", "events")
    ]
    add_items(8)  # 9 results, 2 of each type
    small = {url: queries_for(url) for url in urls}
    add_items(32)  # 41 results, 10 of each type
    large = {url: queries_for(url) for url in urls}
    assert small[urls[0]][1] == 9 and large[urls[0]][1] == 20
    for url in urls[1:]:
        assert (small[url][1], large[url][1]) == (2, 10)
        assert large[url][0] == small[url][0], url
    # Every type on one page of results is the most work a page can take.
    with django_assert_max_num_queries(small[urls[0]][0]):
        client.get("/fi/search/?q=laskuri")
    with django_assert_max_num_queries(small[urls[0]][0]):
        client.get("/fi/search/?q=laskuri&page=2")


def test_no_results_links_to_the_directory_and_calendar(client, listing_pages):
    response = client.get("/fi/search/?q=olematon")
    html = response.content.decode()
    assert count_text(response) == "0 tulosta haulla ”olematon”"
    assert "Haulla ”olematon” ei löytynyt mitään." in html
    assert 'href="/fi/hakemisto/"' in html
    assert 'href="/fi/kalenteri/"' in html
    sv = client.get("/sv/search/?q=ingenting").content.decode()
    assert 'href="/sv/katalog/"' in sv and 'href="/sv/kalender/"' in sv


def test_empty_search_shows_the_form_only(client, listing_pages):
    response = client.get("/fi/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<input type="search" id="search-q" name="q" value=""' in html
    assert "search-count" not in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_every_page_has_the_search_field_in_its_header(client, home, swedish_home, listing_pages):
    for url, action, label in (
        ("/fi/", "/fi/search/", "Hae sivustolta"),
        ("/sv/", "/sv/search/", "Sök på webbplatsen"),
        ("/fi/hakemisto/", "/fi/search/", "Hae sivustolta"),
        ("/fi/search/?q=x", "/fi/search/", "Hae sivustolta"),
    ):
        html = client.get(url).content.decode()
        header = site_header(html)
        assert f'<form class="site-search" role="search" method="get" action="{action}"' in header
        assert f'<label class="visually-hidden" for="site-search-q">{label}</label>' in header
        assert 'id="site-search-q" name="q"' in header
        # The suggestions' script enhances the header field on every page.
        head = html.split("</head>", 1)[0]
        assert '<script src="/static/search/suggest.js" defer></script>' in head


def site_header(html):
    return html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


@pytest.mark.parametrize("template", ["400.html", "403_csrf.html", "500.html"])
def test_error_pages_rendered_without_a_request_have_the_search_fields(template):

    header = site_header(render_to_string(template))
    assert '<form class="site-search" role="search" method="get" action="/fi/search/"' in header
    assert 'action="/sv/search/" aria-label="Sök på webbplatsen" lang="sv">' in header
    assert '<label class="visually-hidden" for="site-search-q">Hae sivustolta</label>' in header


def test_a_stale_form_explains_itself_with_the_search_field(client, listing_pages):

    response = Client(enforce_csrf_checks=True).post("/fi/account/login/", {"login": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Lomakkeen lähetys vanhentui" in html
    assert 'action="/fi/search/"' in site_header(html)


def test_access_denied_and_password_pages_have_the_search_field(client, rf, home, listing_pages):

    request = rf.get("/fi/")
    request.user = AnonymousUser()
    with translation.override("fi"):
        response = permission_denied(request, PermissionDenied())
    html = response.content.decode()
    assert response.status_code == 403
    assert 'id="site-search-q" name="q"' in site_header(html)

    secret = add_page(home, "Salainen sivu", "Salainen johdanto.", slug="salainen")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="avain")
    html = client.get("/fi/salainen/").content.decode()
    assert 'id="site-search-q" name="q"' in site_header(html)
    assert "Salainen johdanto." not in html  # not even in the page's description
    assert 'type="password"' in html
    restriction = PageViewRestriction.objects.get()
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, secret.pk]),
        {"password": "väärä", "return_url": "/fi/salainen/"},
    )
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode()


def test_promoted_results_in_the_readers_language(client, home, swedish_home, listing_pages):
    page = add_page(home, "Kesäleirit", "Leirit lapsille.", slug="kesaleirit")
    swedish = translate_page(
        page, title="Sommarläger", slug="sommarlager", introduction="Läger för barn."
    )
    query = Query.get("leiri")
    SearchPromotion.objects.create(
        query=query, page=page, description="Katso leirit.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.fi/leirit",
        external_link_text="Leirit muualla",
        sort_order=1,
    )
    html = client.get("/fi/search/?q=Leiri").content.decode()
    promotions = html.split('id="promotions-heading"', 1)[1].split("</section>", 1)[0]
    assert "Suositeltu" in html
    assert 'href="/fi/kesaleirit/">Kesäleirit</a>' in promotions
    assert "Katso leirit." in promotions
    assert 'href="https://example.fi/leirit">Leirit muualla</a>' in promotions

    sv_query = Query.get("läger")
    SearchPromotion.objects.create(query=sv_query, page=page)
    sv_html = client.get("/sv/search/?q=läger").content.decode()
    assert f'href="{swedish.url}">Sommarläger</a>' in sv_html
    assert "Läger för barn." in sv_html  # the page's own summary when staff gave none

    # Promotions are not shown for a page that is no longer public.
    swedish.unpublish()
    assert "promotions-heading" not in client.get("/sv/search/?q=läger").content.decode()


def test_searches_are_counted_for_the_search_terms_report(client, listing_pages):
    client.get("/fi/search/?q=Vertaistuki")
    client.get("/fi/search/?q=vertaistuki")
    client.get("/fi/search/?q=vertaistuki&page=2")  # paging is not a new search
    client.get("/fi/search/?q=vertaistuki&type=events")  # nor is filtering
    client.get("/fi/search/?q=!!!")  # nothing to search for
    assert Query.objects.get(query_string="vertaistuki").hits == 2
    assert not Query.objects.filter(query_string="!!!").exists()


def test_search_terms_report_and_promotions_are_in_the_admin(admin_client, listing_pages):
    admin_client.get("/fi/search/?q=vertaistuki")
    report = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert "vertaistuki" in report.content.decode()
    assert admin_client.get(reverse("wagtailsearchpromotions:index")).status_code == 200


def test_moderators_manage_promotions_and_editors_do_not(client, django_user_model):

    for group, allowed in (("Moderators", True), ("Editors", False)):
        user = django_user_model.objects.create_user(username=group, password="x")
        user.groups.add(Group.objects.get(name=group))
        assert user.has_perm("wagtailsearchpromotions.add_searchpromotion") is allowed
        client.force_login(user)
        response = client.get(reverse("wagtailsearchpromotions:add"))
        assert (response.status_code == 200) is allowed, group
