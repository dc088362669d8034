"""Each calendar view names itself: its own canonical address, its alternates in the languages
it exists in, a language switcher leading to the same view, addresses in each language's words
(the old English ones redirect permanently) and absolute links from PORTAL_BASE_URL."""

import re

import pytest
from django.test import override_settings
from icalendar import Calendar

from directory.events.factories import EventFactory, in_days
from directory.events.models import Event, EventTranslation
from directory.events.pages import CalendarPage
from directory.registrations.services import make_token, register
from directory.registrations.tests.test_registration import person

pytestmark = pytest.mark.django_db

BASE = "https://portaali.example.fi"


def head_links(html):
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
    )
    return canonical.group(1) if canonical else None, alternates


def switcher(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)
    return {language: url.replace("&amp;", "&") for url, language in links}


@pytest.fixture
def event(calendar_page):
    event = EventFactory(title="Kevätkonsertti", start=in_days(10))
    EventTranslation.objects.create(event=event, language="sv", title="Vårkonsert")
    return event


def views(event):
    """(Finnish address, Swedish address) of each kind of calendar view."""
    local = event.start.astimezone(in_days(0).tzinfo)
    y, m, d = local.year, local.month, local.day
    return {
        "event": (
            f"/fi/kalenteri/tapahtuma/{event.slug}/",
            f"/sv/kalender/evenemang/{event.slug}/",
        ),
        "month": (f"/fi/kalenteri/kuukausi/{y}/{m}/", f"/sv/kalender/manad/{y}/{m}/"),
        "day": (f"/fi/kalenteri/paiva/{y}/{m}/{d}/", f"/sv/kalender/dag/{y}/{m}/{d}/"),
        "archive": ("/fi/kalenteri/arkisto/", "/sv/kalender/arkiv/"),
        "upcoming": ("/fi/kalenteri/", "/sv/kalender/"),
    }


@override_settings(PORTAL_BASE_URL=BASE)
def test_every_view_is_its_own_canonical_with_alternates_in_both_languages(client, event):
    for kind, (finnish, swedish) in views(event).items():
        for url in (finnish, swedish):
            response = client.get(url)
            assert response.status_code == 200, (kind, url)
            canonical, alternates = head_links(response.content.decode())
            assert canonical == BASE + url, kind
            assert alternates == {
                "fi": BASE + finnish,
                "sv": BASE + swedish,
                "x-default": BASE + finnish,
            }, kind


def test_the_switcher_leads_to_the_same_view_with_its_filters(client, event):
    for kind, (finnish, swedish) in views(event).items():
        query = "?municipality=kuopio&theme=leisure"
        languages = switcher(client.get(finnish + query + "&page=1").content.decode())
        assert languages == {"sv": swedish + query}, kind
        languages = switcher(client.get(swedish + query).content.decode())
        assert languages == {"fi": finnish + query}, kind


def test_filtered_lists_keep_their_filters_in_the_canonical_but_not_tracking(client, event):
    html = client.get(
        "/fi/kalenteri/arkisto/?municipality=kuopio&utm_source=uutiskirje&page=1&q="
    ).content.decode()
    canonical, alternates = head_links(html)
    assert canonical == "http://testserver/fi/kalenteri/arkisto/?municipality=kuopio"
    assert alternates["sv"] == "http://testserver/sv/kalender/arkiv/?municipality=kuopio"


def test_an_event_without_a_swedish_text_has_no_swedish_alternate(client, calendar_page):
    event = EventFactory(title="Vain suomeksi")
    for url in (f"/fi/kalenteri/tapahtuma/{event.slug}/", f"/sv/kalender/evenemang/{event.slug}/"):
        html = client.get(url).content.decode()
        canonical, alternates = head_links(html)
        assert canonical == "http://testserver" + url
        assert alternates == {
            "fi": f"http://testserver/fi/kalenteri/tapahtuma/{event.slug}/",
            "x-default": f"http://testserver/fi/kalenteri/tapahtuma/{event.slug}/",
        }
    # The switcher still leads to the event in the Swedish site (shown in Finnish there).
    html = client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()
    assert switcher(html) == {"sv": f"/sv/kalender/evenemang/{event.slug}/"}


def test_the_old_english_addresses_redirect_permanently(client, event):
    local = event.start.astimezone(in_days(0).tzinfo)
    y, m, d = local.year, local.month, local.day
    old_and_new = {
        f"/fi/kalenteri/event/{event.slug}/": f"/fi/kalenteri/tapahtuma/{event.slug}/",
        f"/sv/kalender/event/{event.slug}/": f"/sv/kalender/evenemang/{event.slug}/",
        f"/fi/kalenteri/event/{event.slug}/ical/": f"/fi/kalenteri/tapahtuma/{event.slug}/ical/",
        f"/sv/kalender/event/{event.slug}/ical/": f"/sv/kalender/evenemang/{event.slug}/ical/",
        f"/fi/kalenteri/month/{y}/{m}/": f"/fi/kalenteri/kuukausi/{y}/{m}/",
        f"/sv/kalender/month/{y}/{m}/": f"/sv/kalender/manad/{y}/{m}/",
        f"/fi/kalenteri/day/{y}/{m}/{d}/": f"/fi/kalenteri/paiva/{y}/{m}/{d}/",
        f"/sv/kalender/day/{y}/{m}/{d}/": f"/sv/kalender/dag/{y}/{m}/{d}/",
        "/fi/kalenteri/archive/": "/fi/kalenteri/arkisto/",
        "/sv/kalender/archive/": "/sv/kalender/arkiv/",
        f"/fi/kalenteri/organisation/{event.organisation.slug}/ical/": (
            f"/fi/kalenteri/jarjesto/{event.organisation.slug}/ical/"
        ),
        # A word of the other language is answered with the page's own.
        f"/fi/kalenteri/evenemang/{event.slug}/": f"/fi/kalenteri/tapahtuma/{event.slug}/",
    }
    # A registration link in an e-mail sent before the words changed.
    Event.objects.filter(pk=event.pk).update(registration=Event.Registration.PORTAL, capacity=5)
    event.refresh_from_db()
    token = make_token(register(event, person(1)))
    response = client.get(f"/sv/kalender/registration/{token}/")
    assert response.status_code == 301
    assert response["Location"] == f"/sv/kalender/anmalan/{token}/"
    assert client.get(response["Location"]).status_code == 200
    for old, new in old_and_new.items():
        response = client.get(old + "?municipality=kuopio")
        assert response.status_code == 301, old
        assert response["Location"] == new + "?municipality=kuopio", old
        assert client.get(new).status_code == 200, new


@override_settings(PORTAL_BASE_URL=BASE)
def test_feeds_sitemap_and_json_ld_use_the_one_base(client, event):
    cal = Calendar.from_ical(client.get("/sv/kalender/ical/").content)
    (component,) = cal.walk("VEVENT")
    assert str(component["url"]) == f"{BASE}/sv/kalender/evenemang/{event.slug}/"
    html = client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()
    assert f'href="{BASE}/fi/kalenteri/ical/"' in html
    assert f'"url": "{BASE}/fi/kalenteri/tapahtuma/{event.slug}/"' in html
    organisation_url = f"{BASE}/fi/hakemisto/jarjesto/{event.organisation.slug}/"
    assert f'"url": "{organisation_url}"' in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{BASE}/fi/kalenteri/tapahtuma/{event.slug}/</loc>" in sitemap
    assert f"<loc>{BASE}/sv/kalender/evenemang/{event.slug}/</loc>" in sitemap
    assert "localhost" not in sitemap and "testserver" not in sitemap
    assert f"Sitemap: {BASE}/sitemap.xml" in client.get("/robots.txt").content.decode()
    # Wagtail's own full addresses (its notifications, "view live") use the same base.
    calendar = event.get_absolute_url()
    assert calendar == "/fi/kalenteri/tapahtuma/" + event.slug + "/"
    assert CalendarPage.for_language("sv").get_full_url() == f"{BASE}/sv/kalender/"
