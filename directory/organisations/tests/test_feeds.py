"""RSS and Atom feeds of activities: per filter (the directory's query string) and per
organisation, in the page's language, only listed activities, in a fixed number of queries."""

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.organisations import feeds
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ActivityTranslation
from directory.taxonomy.models import Municipality
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db

FEEDS = {
    "rss": ("/fi/hakemisto/syote/rss/", "application/rss+xml"),
    "atom": ("/fi/hakemisto/syote/atom/", "application/atom+xml"),
}


def municipality(slug):
    return Municipality.objects.default_locale().get(slug=slug)


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


def titles(parsed):
    return [entry.title for entry in parsed.entries]


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_the_feed_of_a_filter_lists_what_the_directory_page_lists(client, directory_page, fmt):
    url, content_type = FEEDS[fmt]
    ActivityFactory(title="Kuopion vertaisryhmä", themes=["leisure"])
    ActivityFactory(title="Kuopion kohtaamispaikka", kind=Activity.Kind.MEETING_PLACE)
    ActivityFactory(title="Oulun vertaisryhmä", municipality=municipality("oulu"))
    response, parsed = fetch(client, url + "?municipality=kuopio&kind=peer_support&sort=updated")
    assert response["Content-Type"].startswith(content_type)
    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    assert titles(parsed) == ["Kuopion vertaisryhmä"]
    assert parsed.feed.title == "Vertaistukiryhmä, Kuopio – Hakemisto"
    assert parsed.feed.link == (
        "http://testserver/fi/hakemisto/?municipality=kuopio&kind=peer_support"
    )
    (entry,) = parsed.entries
    activity = Activity.objects.get(title="Kuopion vertaisryhmä")
    assert entry.link == f"http://testserver/fi/hakemisto/toiminta/{activity.slug}/"
    assert entry.id == entry.link
    assert [tag.term for tag in entry.tags] == ["Vapaa-aika"]
    assert activity.summary in entry.summary
    assert entry.published_parsed or entry.updated_parsed
    if fmt == "atom":
        assert entry.updated_parsed

    # Unfiltered: every listed activity, newest first; the feed is the directory's.
    _response, parsed = fetch(client, url)
    assert parsed.feed.title == "Hakemisto"
    assert titles(parsed) == [
        "Oulun vertaisryhmä",
        "Kuopion kohtaamispaikka",
        "Kuopion vertaisryhmä",
    ]


def test_newest_first_by_first_publication_and_limited(client, directory_page, monkeypatch):
    now = timezone.now()
    old = ActivityFactory(title="Vanha ryhmä")
    Activity.objects.filter(pk=old.pk).update(first_published_at=now - datetime.timedelta(days=9))
    ActivityFactory(title="Uusi ryhmä")
    assert titles(fetch(client, FEEDS["rss"][0])[1]) == ["Uusi ryhmä", "Vanha ryhmä"]
    assert feeds.FEED_LENGTH == 50
    monkeypatch.setattr(feeds, "FEED_LENGTH", 3)
    ActivityFactory.create_batch(3)
    _response, parsed = fetch(client, FEEDS["atom"][0])
    assert len(parsed.entries) == 3
    assert "Vanha ryhmä" not in titles(parsed)


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_the_feed_of_an_organisation(client, directory_page, fmt):
    organisation = OrganisationFactory(name="Kuopion Kävelijät ry")
    ActivityFactory(organisation=organisation, title="Kävelyryhmä")
    ActivityFactory(organisation=organisation, title="Loppunut", status=Activity.Status.ENDED)
    ActivityFactory(organisation=organisation, title="Luonnos", live=False)
    ActivityFactory(title="Toisen järjestön ryhmä")
    url = f"/fi/hakemisto/jarjesto/{organisation.slug}/syote/{fmt}/"
    _response, parsed = fetch(client, url)
    assert titles(parsed) == ["Kävelyryhmä"]
    assert parsed.feed.title == "Kuopion Kävelijät ry – Hakemisto"
    assert parsed.feed.link == f"http://testserver/fi/hakemisto/jarjesto/{organisation.slug}/"
    hidden = OrganisationFactory(live=False)
    assert client.get(f"/fi/hakemisto/jarjesto/{hidden.slug}/syote/{fmt}/").status_code == 404
    assert client.get(f"/fi/hakemisto/jarjesto/ei-ole/syote/{fmt}/").status_code == 404


def test_a_swedish_page_gives_swedish_texts_and_addresses(client, directory_page):
    activity = ActivityFactory(title="Kielikahvila", municipality=municipality("hamina"))
    ActivityTranslation.objects.create(
        activity=activity, language="sv", title="Språkcafé", summary="Vi pratar svenska"
    )
    ActivityFactory(title="Vain suomeksi", themes=["leisure"])
    _response, parsed = fetch(client, "/sv/katalog/flode/atom/?municipality=hamina")
    assert parsed.feed.title == "Fredrikshamn – Katalog"
    (entry,) = parsed.entries
    assert entry.title == "Språkcafé"
    assert "Vi pratar svenska" in entry.summary
    assert "Fredrikshamn" in entry.summary
    assert entry.link == f"http://testserver/sv/katalog/verksamhet/{activity.slug}/"
    _response, parsed = fetch(client, "/sv/katalog/flode/rss/?theme=leisure")
    assert titles(parsed) == ["Vain suomeksi"]  # no Swedish text: the original
    assert [tag.term for tag in parsed.entries[0].tags] == ["Fritid"]
    # The English and the other language's words redirect to the page's own.
    response = client.get("/sv/katalog/feed/rss/?theme=leisure")
    assert response.status_code == 301
    assert response["Location"] == "/sv/katalog/flode/rss/?theme=leisure"
    assert client.get("/fi/hakemisto/flode/atom/")["Location"] == "/fi/hakemisto/syote/atom/"


def test_nothing_unpublished_ended_or_of_an_unpublished_organisation(client, directory_page):
    ActivityFactory(title="Näkyvä")
    draft = ActivityFactory(title="Luonnosryhmä", live=False)
    ended = ActivityFactory(title="Päättynyt ryhmä", status=Activity.Status.ENDED)
    hidden = ActivityFactory(title="Piilojärjestön ryhmä", organisation__live=False)
    for url, _type in FEEDS.values():
        body = client.get(url).content.decode()
        assert "Näkyvä" in body
        for absent in ("Luonnosryhmä", "Päättynyt ryhmä", "Piilojärjestön ryhmä"):
            assert absent not in body
    # Every public surface, the feeds included (public_surfaces.py), for the hardest case.
    assert_not_public(client, hidden, "Piilojärjestön ryhmä")
    assert draft and ended  # ended activities keep their page, but leave lists and feeds


def test_query_count_does_not_grow_with_items(client, directory_page):
    organisation = OrganisationFactory()

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = [
        FEEDS["rss"][0] + "?municipality=kuopio&theme=leisure&kind=peer_support",
        "/sv/katalog/flode/atom/?theme=leisure&theme=work&q=ryhm&free=1",
        f"/fi/hakemisto/jarjesto/{organisation.slug}/syote/rss/",
    ]
    ActivityFactory.create_batch(3, organisation=organisation, themes=["leisure", "work"])
    for url in urls:
        count(url)  # fills per-process caches (site root paths, settings)
    with_3 = [count(url) for url in urls]
    ActivityFactory.create_batch(9, organisation=organisation, themes=["leisure", "work"])
    assert [count(url) for url in urls] == with_3


def test_hostile_query_strings_never_fail(client, directory_page):
    ActivityFactory(title="Ryhmä")
    hostile = [
        "?municipality=%00&theme=" + "x" * 5000,
        "?q=<script>alert(1)</script>&kind=evil&language=zz&channel=&free=yes",
        "?access=x&access=wheelchair_accessible&sort=;drop&page=-1",
        "?theme=" + "&theme=".join(str(n) for n in range(100)),
        "?q=%ff%fe&municipality[]=1",
    ]
    for url, _type in FEEDS.values():
        for query in hostile:
            response = client.get(url + query)
            assert response.status_code == 200, query
            assert "<script>" not in response.content.decode()
            assert not feedparser.parse(response.content).bozo


def test_the_pages_link_their_feeds(client, directory_page):
    activity = ActivityFactory(title="Ryhmä")
    html = client.get("/fi/hakemisto/?municipality=kuopio&sort=title").content.decode()
    rss = "http://testserver/fi/hakemisto/syote/rss/?municipality=kuopio"
    assert (
        f'<link rel="alternate" type="application/rss+xml" '
        f'title="Hakemisto: Nämä toiminnot (RSS)" href="{rss}">'
    ) in html
    assert f'<a href="{rss}" type="application/rss+xml">RSS-syöte</a>' in html
    assert "http://testserver/fi/hakemisto/syote/atom/?municipality=kuopio" in html
    assert "Seuraa näitä toimintoja" in html

    slug = activity.organisation.slug
    html = client.get(f"/sv/katalog/organisation/{slug}/").content.decode()
    atom = f"http://testserver/sv/katalog/organisation/{slug}/flode/atom/"
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'<a href="{atom}" type="application/atom+xml">Atom-flöde</a>' in html
