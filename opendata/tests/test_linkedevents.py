"""The Linked Events-compatible API (``/api/linkedevents/v1/``): shape, series, filters,
tombstones, no leaks of unpublished events, constant queries, and 400s for bad parameters."""

import datetime

import pytest
from django.utils import timezone

from directory.events.factories import EventFactory, in_days
from directory.events.models import Event, EventTranslation
from directory.events.recurrence import HELSINKI
from directory.organisations.factories import OrganisationFactory
from directory.taxonomy.models import ServiceLanguage, TargetGroup, Theme
from opendata.models import Tombstone
from opendata.tests.surfaces_linkedevents import surfaces
from portal.tests.support import NO_TEXT, NOT_FOUND

BASE = "/api/linkedevents/v1/"
pytestmark = pytest.mark.django_db


def get(client, path, status=200, **params):
    response = client.get(BASE + path, params)
    assert response.status_code == status, response.content
    return response.json()


def ids_of(body):
    return [row["id"] for row in body["data"]]


def stamp(moment):
    """A date's part of a sub-event id: its start in Finnish time, to the minute."""
    return moment.astimezone(HELSINKI).strftime("%Y%m%dT%H%M")


def weekly(count=3, **kwargs):
    return EventFactory(frequency=Event.Frequency.WEEKLY, repeat_count=count, **kwargs)


def test_list_and_detail_have_the_linked_events_shape(client, settings):
    settings.PORTAL_BASE_URL = "https://portaali.example.fi"
    event = EventFactory(is_free=False, fee_description="5 euroa", original_language="fi")
    EventTranslation.objects.create(event=event, language="sv", title="Evenemang")
    body = get(client, "event/")
    assert set(body["meta"]) == {"count", "next", "previous"}
    assert body["meta"]["count"] == 1
    row = body["data"][0]
    assert row["id"] == f"jarjestoportaali:{event.pk}"
    assert row["@id"] == f"https://portaali.example.fi{BASE}event/jarjestoportaali:{event.pk}/"
    assert row["@context"] == "http://schema.org"
    assert row["@type"] == "Event/LinkedEvent"
    assert row["name"] == {"fi": event.title, "sv": "Evenemang"}
    assert row["event_status"] == "EventScheduled"
    assert row["offers"][0]["is_free"] is False
    assert row["offers"][0]["price"] == {"fi": "5 euroa"}
    assert row["publisher"] == f"jarjestoportaali:org-{event.organisation_id}"
    assert row["location"]["@id"].endswith(f"/place/jarjestoportaali:venue-{event.pk}/")
    assert row["super_event"] is None and row["sub_events"] == []
    assert datetime.datetime.fromisoformat(row["start_time"]) == event.start
    assert row["deleted"] is False
    assert get(client, f"event/{row['id']}/") == row


def test_a_repeating_event_is_a_recurring_super_event_with_its_dates(client):
    series = weekly(count=3)
    dates = list(series.occurrences.order_by("start"))
    body = get(client, "event/", sort="start_time")
    assert body["meta"]["count"] == 4
    super_event = next(row for row in body["data"] if row["super_event_type"] == "recurring")
    assert len(super_event["sub_events"]) == 3
    assert datetime.datetime.fromisoformat(super_event["end_time"]) == dates[-1].end
    sub_id = f"jarjestoportaali:{series.pk}.{stamp(dates[1].start)}"
    sub = get(client, f"event/{sub_id}/")
    assert sub["super_event"]["@id"] == super_event["@id"]
    assert datetime.datetime.fromisoformat(sub["start_time"]) == dates[1].start
    assert sub["name"] == super_event["name"]
    assert ids_of(get(client, "event/", super_event="none")) == [super_event["id"]]
    past = EventFactory(start=in_days(-30))
    assert f"jarjestoportaali:{past.pk}" not in ids_of(get(client, "event/", super_event="none"))
    subs = get(client, "event/", super_event=super_event["id"])
    assert [row["@id"] for row in subs["data"]] == [ref["@id"] for ref in super_event["sub_events"]]
    assert ids_of(get(client, "event/", super_event_type="recurring")) == [super_event["id"]]
    get(client, f"event/jarjestoportaali:{series.pk}.20000101T1000/", status=404)


def test_the_documented_examples(client):
    theme = Theme.objects.default_locale().first()
    event = EventFactory(start=in_days(3), themes=[theme.slug], title="Kevätkonsertti")
    EventFactory(start=in_days(4), title="Muu juttu")
    keyword = f"jarjestoportaali:theme-{theme.pk}"
    body = get(
        client,
        "event/",
        start="today",
        end="2099-01-31",
        keyword=keyword,
        sort="start_time",
        include="location",
    )
    assert ids_of(body) == [f"jarjestoportaali:{event.pk}"]
    assert body["data"][0]["location"]["@type"] == "Place"
    assert body["data"][0]["keywords"][0]["@id"].endswith(f"/keyword/{keyword}/")
    publisher = f"jarjestoportaali:org-{event.organisation_id}"
    assert ids_of(get(client, "event/", publisher=publisher)) == [f"jarjestoportaali:{event.pk}"]
    assert ids_of(get(client, "event/", text="kevätKONSERTTI")) == [f"jarjestoportaali:{event.pk}"]
    assert get(client, "event/", keyword_AND=f"{keyword},jarjestoportaali:theme-0")["data"] == []
    included = get(client, "event/", include="keywords,publisher,in_language")["data"]
    assert {row["publisher"]["@type"] for row in included} == {"Organization"}
    assert get(client, f"keyword/{keyword}/")["name"]["fi"] == theme.name


def test_filters(client):
    target = TargetGroup.objects.default_locale().first()
    finnish = ServiceLanguage.objects.get_or_create(code="fi")[0]
    free = EventFactory(start=in_days(2), is_free=True)
    free.target_groups.set([target])
    free.languages.set([finnish])
    free.save()
    paid = EventFactory(start=in_days(10), is_free=False, status=Event.Status.CANCELLED)
    soon, later = f"jarjestoportaali:{free.pk}", f"jarjestoportaali:{paid.pk}"
    assert ids_of(get(client, "event/", is_free="true")) == [soon]
    assert ids_of(get(client, "event/", event_status="EventCancelled")) == [later]
    assert ids_of(get(client, "event/", keyword=f"jarjestoportaali:target-{target.pk}")) == [soon]
    assert ids_of(get(client, "event/", in_language="fi")) == [soon]
    assert ids_of(get(client, "event/", days=5)) == [soon]
    assert ids_of(get(client, "event/", start=in_days(9).date().isoformat())) == [later]
    assert ids_of(get(client, "event/", sort="-start_time")) == [later, soon]
    assert ids_of(get(client, "event/", ids=later)) == [later]
    assert get(client, "event/", event_type="Course")["data"] == []
    assert len(get(client, "event/", event_type="General")["data"]) == 2
    assert get(client, "event/", audience_min_age_lt="10")["data"] == []
    assert len(get(client, "event/", suitable_for="10")["data"]) == 2
    page = get(client, "event/", page_size=1)
    assert page["meta"]["next"].endswith("page=2&page_size=1") or "page=2" in page["meta"]["next"]
    assert get(client, "event/", page_size=1, page=2)["meta"]["previous"] is not None
    assert ids_of(get(client, "event/", division="ocd-division/country:fi/kunta:kuopio"))
    assert get(client, "event/", division="Helsinki")["data"] == []
    place = f"jarjestoportaali:venue-{free.pk}"
    assert ids_of(get(client, "event/", location=place)) == [soon]
    venue = get(client, f"place/{place}/")
    assert venue["name"]["fi"] == free.venue_name
    assert venue["divisions"][0]["ocd_id"] == "ocd-division/country:fi/kunta:kuopio"


def test_tombstones_with_show_deleted(client):
    since = timezone.now() - datetime.timedelta(minutes=1)
    kept = EventFactory()
    gone = EventFactory()
    gone.live = False
    gone.save()
    assert Tombstone.objects.filter(kind="event", object_id=gone.pk).exists()
    body = get(client, "event/", last_modified_since=since.isoformat(), show_deleted="true")
    rows = {row["id"]: row for row in body["data"]}
    assert rows[f"jarjestoportaali:{gone.pk}"] == {
        "@id": rows[f"jarjestoportaali:{gone.pk}"]["@id"],
        "id": f"jarjestoportaali:{gone.pk}",
        "last_modified_time": rows[f"jarjestoportaali:{gone.pk}"]["last_modified_time"],
        "deleted": True,
    }
    assert rows[f"jarjestoportaali:{kept.pk}"]["deleted"] is False
    plain = get(client, "event/", last_modified_since=since.isoformat())
    assert ids_of(plain) == [f"jarjestoportaali:{kept.pk}"]


def test_unpublished_events_and_organisations_never_appear(client):
    shown = EventFactory()
    draft = weekly(count=2, live=False, first_published_at=None)
    hidden_organisation = OrganisationFactory(live=False)
    orphan = weekly(count=2, organisation=hidden_organisation)
    body = get(client, "event/", start="2000-01-01")
    assert ids_of(body) == [f"jarjestoportaali:{shown.pk}"]
    assert body["meta"]["count"] == 1
    for event in (draft, orphan):
        get(client, f"event/jarjestoportaali:{event.pk}/", status=404)
        start = stamp(event.occurrences.first().start)
        get(client, f"event/jarjestoportaali:{event.pk}.{start}/", status=404)
        assert get(client, "event/", super_event=f"jarjestoportaali:{event.pk}")["data"] == []
        get(client, f"place/jarjestoportaali:venue-{event.pk}/", status=404)
    get(client, f"organization/jarjestoportaali:org-{hidden_organisation.pk}/", status=404)
    organisations = ids_of(get(client, "organization/", page_size=100))
    assert f"jarjestoportaali:org-{hidden_organisation.pk}" not in organisations
    assert f"jarjestoportaali:org-{shown.organisation_id}" in organisations


def test_queries_do_not_grow_with_the_events(client, django_assert_max_num_queries):
    def count_queries():
        from django.db import connection  # noqa: PLC0415 - only this test
        from django.test.utils import CaptureQueriesContext  # noqa: PLC0415 - only this test

        with CaptureQueriesContext(connection) as queries:
            get(client, "event/", include="location,keywords,audience,in_language,publisher")
        return len(queries)

    for _ in range(2):
        weekly(count=2)
        EventFactory()
    few = count_queries()
    for _ in range(5):
        weekly(count=2)
        EventFactory()
    assert count_queries() == few


@pytest.mark.parametrize(
    "params",
    [
        {"start": "yesterday"},
        {"end": "2026-13-45"},
        {"end": "9999-12-31"},
        {"start": "0001-01-01T00:00:00"},
        {"days": "x"},
        {"days": "3", "start": "today"},
        {"is_free": "maybe"},
        {"sort": "name"},
        {"page": "0"},
        {"page_size": "100000"},
        {"event_status": "Happening"},
        {"event_type": "Party"},
        {"super_event_type": "huge"},
        {"last_modified_since": "never"},
        {"audience_min_age_lt": "-1"},
    ],
)
def test_bad_parameters_are_400(client, params):
    body = get(client, "event/", status=400, **params)
    assert set(body) <= set(params)


# Addresses without a ":" are redirected to a language prefix by Django's LocaleMiddleware until
# the portal's own middleware (not redirecting a view's 404) lands; every id here has one.
@pytest.mark.parametrize(
    "path",
    [
        "event/otherdata:12/",
        "event/jarjestoportaali:12x/",
        "event/jarjestoportaali:999999/",
        "event/jarjestoportaali:1.20261340T9999/",
        "place/jarjestoportaali:nowhere/",
        "keyword/jarjestoportaali:theme-x/",
        "organization/jarjestoportaali:org-0/",
        "language/x:x/",
    ],
)
def test_unknown_ids_are_404(client, path):
    assert "detail" in get(client, path, status=404)


def test_other_lists(client):
    event = EventFactory()
    for path in ("place/", "keyword/", "organization/", "language/"):
        body = get(client, path)
        assert body["meta"]["count"] == len(body["data"]) or body["meta"]["next"]
        for row in body["data"]:
            assert get(client, row["@id"].split(BASE, 1)[1])["id"] == row["id"]
    assert get(client, "organization/jarjestoportaali:project/")["@type"] == "Organization"
    assert event


def leaks(client, obj, texts):
    """What ``surfaces_linkedevents`` finds visible of ``obj`` (as ``assert_not_public``)."""
    found = []
    for url, check in surfaces(obj):
        response = client.get(url)
        if check == NOT_FOUND:
            if response.status_code != 404:
                found.append(f"{url} answered {response.status_code}")
            continue
        assert response.status_code == 200, url
        body = response.content.decode()
        found += [f"{url} shows {m}" for m in (texts if check == NO_TEXT else [check]) if m in body]
    return found


def test_the_surfaces_find_a_public_event_and_nothing_of_hidden_ones(client):
    public_event = weekly(count=2)
    assert leaks(client, public_event, [public_event.title])
    draft = weekly(count=2, live=False, first_published_at=None)
    assert leaks(client, draft, [draft.title]) == []
    hidden = OrganisationFactory(live=False)
    orphan = EventFactory(organisation=hidden)
    assert leaks(client, orphan, [orphan.title]) == []
    assert leaks(client, hidden, [hidden.name]) == []
    assert leaks(client, public_event.organisation, [public_event.organisation.name])


def test_a_public_centre_is_the_place_and_a_draft_centre_is_not(client):
    from home.models import HomePage  # noqa: PLC0415 - only this test builds pages
    from pilots.factories import (  # noqa: PLC0415 - only this test builds pages
        CentreIndexPageFactory,
        CentrePageFactory,
        GuidanceIndexPageFactory,
    )

    guidance = GuidanceIndexPageFactory(parent=HomePage.objects.get(depth=2), slug="ohjeet")
    index = CentreIndexPageFactory(parent=guidance, slug="keskukset")
    centre = CentrePageFactory(parent=index, title="Kuopion sote-keskus")
    draft = CentrePageFactory(parent=index, title="Luonnoskeskus", live=False)
    at_centre = EventFactory(centre=centre)
    at_draft = EventFactory(centre=draft)
    place = f"jarjestoportaali:centre-{centre.pk}"
    body = get(client, "event/", location=place, include="location")
    assert ids_of(body) == [f"jarjestoportaali:{at_centre.pk}"]
    assert body["data"][0]["location"]["name"]["fi"] == "Kuopion sote-keskus"
    assert body["data"][0]["location"]["address_locality"]["fi"] == "Kuopio"
    shown = get(client, f"event/jarjestoportaali:{at_draft.pk}/")
    assert shown["location"]["@id"].endswith(f"/place/jarjestoportaali:venue-{at_draft.pk}/")
    places = ids_of(get(client, "place/", page_size=500))
    assert place in places
    assert f"jarjestoportaali:centre-{draft.pk}" not in places
    get(client, f"place/jarjestoportaali:centre-{draft.pk}/", status=404)


def test_sign_up_on_the_portal_gives_the_enrolment_fields(client):
    event = EventFactory(
        registration=Event.Registration.PORTAL,
        capacity=10,
        registration_opens=timezone.now() - datetime.timedelta(days=1),
    )
    row = get(client, f"event/jarjestoportaali:{event.pk}/")
    assert row["maximum_attendee_capacity"] == 10
    assert row["remaining_attendee_capacity"] == 10
    assert row["enrolment_start_time"] is not None
    assert row["enrolment_end_time"] is None


def test_a_date_keeps_its_id_when_the_series_is_edited(client):
    series = weekly(count=2)
    first = get(client, "event/", super_event=f"jarjestoportaali:{series.pk}")
    series.repeat_count = 3
    series.save()
    again = get(client, "event/", super_event=f"jarjestoportaali:{series.pk}")
    assert ids_of(again)[:2] == ids_of(first)
    assert len(ids_of(again)) == 3


def test_an_offset_in_the_query_string_may_arrive_as_a_space(client):
    EventFactory()
    response = client.get(BASE + "event/?last_modified_since=2000-01-01T00:00:00+02:00")
    assert response.status_code == 200
    assert response.json()["meta"]["count"] == 1


def test_conditional_get_and_caching_headers(client):
    event = EventFactory()
    response = client.get(BASE + "event/")
    assert "public" in response["Cache-Control"] and response["ETag"]
    assert "Last-Modified" not in response
    again = client.get(BASE + "event/", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    detail = client.get(f"{BASE}event/jarjestoportaali:{event.pk}/")
    assert detail["Last-Modified"]


@pytest.mark.parametrize(
    "query",
    [
        "ids=jarjestoportaali:1.99999999T9999,x,,",
        "super_event=garbage",
        "super_event=jarjestoportaali:1.20260101T1000",
        "keyword=,,,&keyword_AND=yso:p1",
        "location=%00",
        "text=%00",
        "text=" + "a " * 50,
        "include=everything,location",
        "language=xx&in_language=",
        "start=2026-12-01T10:00:00+02:00&end=now",
        "start=now&end=2000-01-01",
        "suitable_for=5&super_event_type=none,recurring",
    ],
)
def test_odd_parameters_are_never_a_server_error(client, query):
    weekly(count=2)
    response = client.get(f"{BASE}event/?{query}")
    assert response.status_code in (200, 400), response.content
    assert response.json()
