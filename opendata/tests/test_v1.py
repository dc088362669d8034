"""The portal API /api/v1/: shapes, languages, filters, paging, sync, caching, limits, no leaks."""

import datetime
import json
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from directory.events.factories import EventFactory, in_days
from directory.events.models import Event, EventOccurrence
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import (
    Activity,
    ActivityTranslation,
    Organisation,
    WeeklySlot,
)
from directory.taxonomy.models import Municipality, TargetGroup, Theme
from opendata.models import Tombstone
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db
BASE = "http://portal.example.fi"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.PORTAL_BASE_URL = BASE


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def bilingual_activity(**kwargs):
    activity = ActivityFactory(title="Muistikahvila", themes=["relationships"], **kwargs)
    ActivityTranslation.objects.create(
        activity=activity, language="sv", title="Minneskafé", summary="På svenska."
    )
    activity.target_groups.set(TargetGroup.objects.default_locale().filter(slug="older-people"))
    activity.save()  # a ParentalManyToManyField is written on save
    WeeklySlot.objects.create(
        activity=activity, weekday=1, start_time=datetime.time(10), end_time=datetime.time(12)
    )
    return activity


def test_activity_has_texts_in_every_language_and_absolute_addresses(client, directory_page):
    activity = bilingual_activity()
    data = get(client, "/api/v1/activities/")
    assert data["count"] == 1 and data["next"] is None and data["previous"] is None
    item = data["results"][0]
    assert item["title"] == {"fi": "Muistikahvila", "sv": "Minneskafé"}
    assert item["summary"]["sv"] == "På svenska." and item["original_language"] == "fi"
    assert item["url"]["fi"].startswith(f"{BASE}/fi/hakemisto/")
    assert item["url"]["sv"].startswith(f"{BASE}/sv/katalog/")
    assert item["organisation"] == {
        "id": activity.organisation.pk,
        "slug": activity.organisation.slug,
        "name": activity.organisation.name,
    }
    assert item["kind"] == {
        "code": "peer_support",
        "name": {"fi": "Vertaistukiryhmä", "sv": "Kamratstödsgrupp"},
    }
    assert item["themes"][0]["slug"] == "relationships"
    assert set(item["themes"][0]["name"]) == {"fi", "sv"}
    assert item["target_groups"][0]["name"] == {"fi": "Ikääntyneet", "sv": "Äldre"}
    assert item["venue"]["municipality"]["slug"] == "kuopio"
    assert item["venue"]["municipality"]["county"] == "pohjois-savo"
    assert item["schedule"]["weekly"] == [
        {"weekday": 1, "byday": "TU", "start_time": "10:00", "end_time": "12:00"}
    ]
    assert get(client, f"/api/v1/activities/{activity.pk}/") == item


def test_filters_are_the_directorys_facets_plus_the_clients(client, directory_page):
    elderly = bilingual_activity()
    ActivityFactory(title="Nuorten kerho", kind=Activity.Kind.CLUB)
    elsewhere = ActivityFactory(
        title="Kotkan ryhmä", municipality=Municipality.objects.default_locale().get(slug="kotka")
    )

    def titles(query):
        return {
            item["title"]["fi"] for item in get(client, f"/api/v1/activities/?{query}")["results"]
        }

    assert titles("kind=peer_support&target=older-people") == {"Muistikahvila"}
    assert titles("municipality=kotka") == {"Kotkan ryhmä"}
    assert titles("municipality=kotka&municipality=kuopio") == {
        "Muistikahvila",
        "Nuorten kerho",
        "Kotkan ryhmä",
    }
    assert titles("county=kymenlaakso") == {"Kotkan ryhmä"}
    assert titles("q=muisti") == {"Muistikahvila"}
    assert titles(f"organisation={elsewhere.organisation.slug}") == {"Kotkan ryhmä"}
    assert titles(f"ids={elderly.pk},{elsewhere.pk}") == {"Muistikahvila", "Kotkan ryhmä"}
    assert titles("theme=no-such-theme") == set()


def test_paging_is_stable_with_absolute_links(client, directory_page):
    for number in range(5):
        ActivityFactory(title="Sama nimi", slug=f"sama-{number}")
    first = get(client, "/api/v1/activities/?page_size=2")
    assert first["count"] == 5
    assert first["next"] == f"{BASE}/api/v1/activities/?page=2&page_size=2"
    second = get(client, "/api/v1/activities/?page=2&page_size=2")
    assert second["previous"].startswith(f"{BASE}/api/v1/activities/")
    ids = [item["id"] for page in (first, second) for item in page["results"]]
    assert ids == sorted(ids)  # ties (the same title) are ordered by id


def test_modified_since_and_tombstones_keep_a_copy_in_step(client, directory_page):
    kept = ActivityFactory(title="Pysyy")
    gone = ActivityFactory(title="Poistuu")
    ended = ActivityFactory(title="Päättyy")
    never = ActivityFactory(title="Luonnos", live=False)
    moment = timezone.now()
    gone.live = False
    gone.save()
    ended.status = Activity.Status.ENDED
    ended.save()
    never.save()
    Activity.objects.filter(pk=kept.pk).update(updated_at=moment - datetime.timedelta(days=1))
    since = (moment - datetime.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    changed = get(client, f"/api/v1/activities/?modified_since={since}")
    assert [item["title"]["fi"] for item in changed["results"]] == []
    tombstones = get(client, f"/api/v1/tombstones/?kind=activity&modified_since={since}")
    assert {(row["kind"], row["id"]) for row in tombstones["results"]} == {
        ("activity", gone.pk),
        ("activity", ended.pk),
    }
    assert set(tombstones["results"][0]) == {"kind", "id", "removed"}  # no text
    # Published again: no longer a tombstone.
    gone.live = True
    gone.save()
    ids = {row["id"] for row in get(client, "/api/v1/tombstones/?kind=activity")["results"]}
    assert ids == {ended.pk}


def test_an_organisation_leaving_takes_its_listings_with_it(client, directory_page):
    activity = ActivityFactory()
    event = EventFactory(organisation=activity.organisation)
    organisation = activity.organisation
    organisation.live = False
    organisation.save()
    rows = get(client, "/api/v1/tombstones/")["results"]
    assert {(row["kind"], row["id"]) for row in rows} == {
        ("organisation", organisation.pk),
        ("activity", activity.pk),
        ("event", event.pk),
    }
    organisation.delete()
    assert len(get(client, "/api/v1/tombstones/")["results"]) == 3


def test_nothing_unpublished_is_in_the_api(client, directory_page, calendar_page):
    hidden = OrganisationFactory(name="Salainen yhdistys ry", live=False)
    activity = ActivityFactory(organisation=hidden, title="Salainen ryhmä")
    event = EventFactory(organisation=hidden, title="Salainen tapahtuma")
    assert_not_public(client, hidden, "Salainen yhdistys")
    assert_not_public(client, activity, "Salainen ryhmä")
    assert_not_public(client, event, "Salainen tapahtuma")
    draft = EventFactory(title="Luonnostapahtuma", live=False, organisation=None)
    assert_not_public(client, draft, "Luonnostapahtuma")


def test_events_are_series_with_their_dates(client, calendar_page):
    event = EventFactory(
        title="Viikkoryhmä",
        start=in_days(2),
        end=in_days(2) + datetime.timedelta(hours=1),
        frequency=Event.Frequency.WEEKLY,
        repeat_count=3,
        registration=Event.Registration.PORTAL,
        capacity=10,
    )
    EventFactory(title="Mennyt", start=in_days(-10), end=in_days(-10))
    data = get(client, "/api/v1/events/")
    assert [item["title"]["fi"] for item in data["results"]] == ["Viikkoryhmä"]
    item = data["results"][0]
    assert len(item["occurrences"]) == 3
    assert item["recurrence"]["frequency"] == "weekly" and item["recurrence"]["count"] == 3
    assert item["registration"]["method"] == "portal"
    assert item["registration"]["places_left"] == 10
    assert item["registration"]["url"].startswith(f"{BASE}/fi/kalenteri/")
    dates = get(client, "/api/v1/occurrences/")
    assert dates["count"] == 3
    assert dates["results"][0]["event"]["id"] == event.pk
    week = in_days(2).date()
    one = get(client, f"/api/v1/occurrences/?from={week}&to={week}")
    assert one["count"] == 1
    assert get(client, "/api/v1/events/?from=2000-01-01")["count"] == 2


def test_centres_and_taxonomies(client):
    from wagtail.models import Page  # noqa: PLC0415

    from pilots.factories import CentreIndexPageFactory, CentrePageFactory  # noqa: PLC0415

    home = Page.objects.get(depth=2, locale__language_code="fi")
    index = CentreIndexPageFactory(parent=home)
    centre = CentrePageFactory(parent=index, title="Kuopion sote-keskus", opening_hours="Ma–pe")
    CentrePageFactory(parent=index, title="Piilotettu keskus", live=False)
    data = get(client, "/api/v1/centres/")
    assert [item["title"] for item in data["results"]] == [{"fi": "Kuopion sote-keskus"}]
    assert data["results"][0]["municipality"]["slug"] == "kuopio"
    assert get(client, f"/api/v1/centres/{centre.pk}/")["opening_hours"] == {"fi": "Ma–pe"}
    themes = get(client, "/api/v1/themes/?page_size=100")["results"]
    assert {"fi", "sv"} <= set(themes[0]["name"])
    kinds = get(client, "/api/v1/kinds/")
    assert {
        "code": "peer_support",
        "name": {"fi": "Vertaistukiryhmä", "sv": "Kamratstödsgrupp"},
    } in (kinds["activity_kinds"])
    languages = get(client, "/api/v1/languages/")
    assert {"code": "sv", "name": {"fi": "ruotsi", "sv": "svenska"}} in languages


def test_conditional_get_caching_and_cors(client, directory_page):
    activity = ActivityFactory()
    response = client.get("/api/v1/activities/", HTTP_ORIGIN="https://www.kuopio.fi")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=300" in response["Cache-Control"] and "public" in response["Cache-Control"]
    again = client.get("/api/v1/activities/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and again.content == b""
    detail = client.get(f"/api/v1/activities/{activity.pk}/")
    assert detail["Last-Modified"]
    unchanged = client.get(
        f"/api/v1/activities/{activity.pk}/", HTTP_IF_MODIFIED_SINCE=detail["Last-Modified"]
    )
    assert unchanged.status_code == 304
    activity.title = "Uusi nimi"
    activity.save()
    assert client.get("/api/v1/activities/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200
    preflight = client.options(
        "/api/v1/activities/",
        HTTP_ORIGIN="https://www.kuopio.fi",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert client.post("/api/v1/activities/", {}).status_code == 405


@override_settings(OPENDATA_RATE_LIMIT=3)
def test_rate_limit_per_client(client):
    for _ in range(3):
        assert client.get("/api/v1/kinds/", REMOTE_ADDR="10.0.0.1").status_code == 200
    limited = client.get("/api/v1/kinds/", REMOTE_ADDR="10.0.0.1")
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 60
    assert "detail" in limited.json()
    assert client.get("/api/v1/kinds/", REMOTE_ADDR="10.0.0.2").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/events/?from=2026-13-01",
        "/api/v1/events/?to=1800-01-01",
        "/api/v1/activities/?modified_since=eilen",
        "/api/v1/activities/?access=jetpack",
        "/api/v1/tombstones/?kind=person",
        "/api/v1/occurrences/?from=huomenna",
    ],
)
def test_bad_parameters_are_explained_in_the_readers_language(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    assert response["Content-Language"] == "sv"
    assert all(isinstance(messages, list) for messages in response.json().values())


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/activities/?page=abc",
        "/api/v1/activities/?page=999",
        "/api/v1/activities/9223372036854775808/",
        "/api/v1/activities/-1/",
        "/api/v1/centres/1/",
        "/api/v1/organisations/٣/",
        "/api/v1/no-such-thing/",
    ],
)
def test_unknown_pages_and_ids_are_json_404s(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "detail" in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/activities/?modified_since={}",
        "/api/v1/organisations/?modified_since={}",
        "/api/v1/centres/?modified_since={}",
        "/api/v1/tombstones/?modified_since={}",
        "/api/hsds/services?modified_after={}",
        "/api/linkedevents/v1/event/?last_modified_since={}",
        "/api/linkedevents/v1/event/?start={}",
    ],
)
def test_times_of_any_offset_and_year_never_fail(client, url):
    """PostgreSQL refuses offsets beyond ±15:59; UTC cannot hold some times near year 1."""
    for moment in (
        "0245-01-06T23:09:20-19:13",
        "0001-01-01T00:00:00+10:00",
        "9999-12-31T23:59:59-23:59",
    ):
        response = client.get(url.format(quote(moment)))
        assert response.status_code in (200, 400), (moment, response.content[:200])


def test_hostile_values_never_fail(client):
    for query in ("ids=1,x,99999999999999999999", "page_size=-5", "q=%00", "centre=%F0%9F", "ids="):
        assert client.get(f"/api/v1/activities/?{query}").status_code in (200, 400)


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        get(client, url)
    return len(captured)


def add_listings(count, tag):
    """``count`` organisations, each with a bilingual activity and an event with two dates,
    written in bulk (the factories would take minutes for 200)."""
    kuopio = Municipality.objects.default_locale().get(slug="kuopio")
    theme = Theme.objects.default_locale().get(slug="relationships")
    now = timezone.now()
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Yhdistys {tag}{n}", slug=f"y-{tag}{n}", description="Kuvaus.", live=True
        )
        for n in range(count)
    )
    Organisation.municipalities.through.objects.bulk_create(
        Organisation.municipalities.through(organisation=o, municipality=kuopio)
        for o in organisations
    )
    activities = Activity.objects.bulk_create(
        Activity(
            organisation=o,
            title=f"Ryhmä {o.slug}",
            slug=f"r-{o.slug}",
            summary="Tiivistelmä.",
            description="Kuvaus.",
            kind=Activity.Kind.PEER_SUPPORT,
            municipality=kuopio,
            live=True,
        )
        for o in organisations
    )
    ActivityTranslation.objects.bulk_create(
        ActivityTranslation(activity=a, language="sv", title="Grupp") for a in activities
    )
    WeeklySlot.objects.bulk_create(
        WeeklySlot(activity=a, weekday=2, start_time=datetime.time(17)) for a in activities
    )
    Activity.themes.through.objects.bulk_create(
        Activity.themes.through(activity=a, theme=theme) for a in activities
    )
    events = Event.objects.bulk_create(
        Event(
            organisation=o,
            title=f"Tapahtuma {o.slug}",
            slug=f"t-{o.slug}",
            summary="Tiivistelmä.",
            description="Kuvaus.",
            start=now + datetime.timedelta(days=3),
            end=now + datetime.timedelta(days=3, hours=2),
            municipality=kuopio,
            live=True,
        )
        for o in organisations
    )
    EventOccurrence.objects.bulk_create(
        EventOccurrence(event=e, start=e.start + datetime.timedelta(days=days), end=e.end)
        for e in events
        for days in (0, 7)
    )
    Event.themes.through.objects.bulk_create(
        Event.themes.through(event=e, theme=theme) for e in events
    )


def test_lists_run_the_same_queries_at_10_and_200_rows(client, directory_page, calendar_page):
    """Every list of the portal API, HSDS and Linked Events, on 10 and on 200 organisations
    (each with an activity and an event of two dates)."""
    urls = [
        "/api/v1/organisations/?page_size=500",
        "/api/v1/activities/?page_size=500",
        "/api/v1/events/?page_size=500",
        "/api/v1/occurrences/?page_size=500",
        "/api/v1/centres/?page_size=500",
        "/api/v1/tombstones/?page_size=500",
        "/api/hsds/organizations?per_page=500&full=true&full_service=true",
        "/api/hsds/services?per_page=500&full=true",
        "/api/hsds/service_at_locations?per_page=500&full=true",
        "/api/hsds/locations?per_page=500",
        "/api/linkedevents/v1/event/?page_size=500&include=location,keywords,audience,publisher",
        "/api/linkedevents/v1/event/?page_size=500&super_event=none",
        "/api/linkedevents/v1/place/?page_size=500",
        "/api/linkedevents/v1/organization/?page_size=500",
    ]
    add_listings(10, "a")
    for url in urls:
        get(client, url)  # the site's root paths are cached after the first request
    few = {url: _queries(client, url) for url in urls}
    add_listings(190, "b")
    assert get(client, urls[1])["count"] == 200
    many = {url: _queries(client, url) for url in urls}
    assert many == few


def test_tombstone_rows_carry_no_text():
    fields = {field.name for field in Tombstone._meta.get_fields()}
    assert fields == {"id", "kind", "object_id", "removed_at"}


def test_json_is_utf8(client, directory_page):
    bilingual_activity()
    body = client.get("/api/v1/activities/").content.decode("utf-8")
    assert json.loads(body)["results"][0]["title"]["sv"] == "Minneskafé"
