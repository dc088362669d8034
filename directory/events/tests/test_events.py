"""Events: occurrences, the calendar views and filters, event pages, iCal, moderation, no leaks."""

import datetime
import json
import re

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from directory.events.calendar import upcoming_events
from directory.events.factories import EventFactory, in_days
from directory.events.models import Event, EventOccurrence, EventTranslation
from directory.events.recurrence import HELSINKI
from directory.organisations.factories import OrganisationFactory
from directory.organisations.models import Representation
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme
from home.models import HomePage
from pilots.factories import CentreIndexPageFactory, CentrePageFactory, GuidanceIndexPageFactory
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db


@pytest.fixture
def representative(django_user_model):
    user = django_user_model.objects.create_user(
        username="edustaja", email="edustaja@example.fi", password="x"
    )
    organisation = OrganisationFactory(name="Tapahtumayhdistys ry")
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    return user


def approve(client, moderator, listing):
    client.force_login(moderator)
    task_state = listing.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_events_event:workflow_action",
        args=[listing.pk, "approve", task_state.pk],
    )
    response = client.post(url, {})
    client.logout()
    assert response.status_code in (200, 302)


def parse_ical(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


# --- occurrences ---------------------------------------------------------------------------


def test_a_weekly_series_keeps_its_local_time_across_the_change_to_summer_time():
    start = datetime.datetime(2027, 3, 16, 18, 0, tzinfo=HELSINKI)  # summer time on 28.3.2027
    event = EventFactory(
        start=start,
        end=start + datetime.timedelta(hours=1, minutes=30),
        frequency="weekly",
        repeat_count=4,
    )
    rows = list(event.occurrences.order_by("start"))
    assert [o.local_start.strftime("%d.%m %H:%M") for o in rows] == [
        "16.03 18:00",
        "23.03 18:00",
        "30.03 18:00",
        "06.04 18:00",
    ]
    offsets = [o.local_start.utcoffset() for o in rows]
    assert offsets[:2] == [datetime.timedelta(hours=2)] * 2
    assert offsets[2:] == [datetime.timedelta(hours=3)] * 2
    assert all(o.local_end.strftime("%H:%M") == "19:30" for o in rows)


def test_occurrences_follow_edits_and_excluded_dates():
    start = in_days(3)
    event = EventFactory(start=start, end=start + datetime.timedelta(hours=1))
    assert event.occurrences.count() == 1
    event.frequency = "weekly"
    event.repeat_count = 5
    event.excluded_dates = (start + datetime.timedelta(weeks=1)).strftime("%d.%m.%Y")
    event.save()
    dates = [o.local_start.date() for o in event.occurrences.all()]
    assert len(dates) == 4 and (start + datetime.timedelta(weeks=1)).date() not in dates


def test_event_validation_gives_clear_messages():

    start = in_days(3)
    event = EventFactory.build(
        organisation=OrganisationFactory(),
        start=start,
        end=start - datetime.timedelta(hours=1),
        frequency="weekly",
        excluded_dates="joulu",
        registration="portal",
        is_free=False,
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    fields = error.value.message_dict
    for name in ("end", "repeat_until", "excluded_dates", "capacity", "fee_description"):
        assert name in fields, name


# --- calendar views ------------------------------------------------------------------------


def test_upcoming_list_shows_future_dates_and_the_archive_past_ones(client, calendar_page):
    EventFactory(title="Tuleva luento", start=in_days(5))
    EventFactory(title="Mennyt luento", start=in_days(-5))
    upcoming = client.get("/fi/kalenteri/").content.decode()
    assert "Tuleva luento" in upcoming and "Mennyt luento" not in upcoming
    archive = client.get("/fi/kalenteri/arkisto/").content.decode()
    assert "Mennyt luento" in archive and "Tuleva luento" not in archive
    assert "Tuleva luento" in client.get("/sv/kalender/").content.decode()


def test_a_series_is_listed_once_per_date(client, calendar_page):
    start = in_days(1)
    EventFactory(
        title="Viikkoryhmä",
        start=start,
        end=start + datetime.timedelta(hours=1),
        frequency="weekly",
        repeat_count=3,
    )
    html = client.get("/fi/kalenteri/").content.decode()
    assert html.count("Viikkoryhmä</a>") == 3


def test_filters_combine_and_live_in_the_url(client, calendar_page):
    kuopio = Municipality.objects.default_locale().get(slug="kuopio")
    varkaus = Municipality.objects.default_locale().get(slug="varkaus")
    finnish = ServiceLanguage.objects.get(code="fi")
    match = EventFactory(title="Osuva tapahtuma", municipality=kuopio, themes=["leisure"])
    match.languages.set([finnish])
    match.save()
    EventFactory(title="Väärä kunta", municipality=varkaus, themes=["leisure"])
    EventFactory(title="Maksullinen", is_free=False, fee_description="10 €", municipality=kuopio)
    EventFactory(title="Hankkeen oma", organisation=None, municipality=kuopio, themes=["leisure"])
    url = "/fi/kalenteri/?municipality=kuopio&theme=leisure&free=1&language=fi"
    html = client.get(url).content.decode()
    assert "Osuva tapahtuma" in html
    for other in ("Väärä kunta", "Maksullinen", "Hankkeen oma"):
        assert other not in html
    # Chips remove one filter at a time.
    assert "municipality=kuopio&amp;theme=leisure&amp;language=fi" in html
    project = client.get("/fi/kalenteri/?organiser=project").content.decode()
    assert "Hankkeen oma" in project and "Osuva tapahtuma" not in project
    # Target group, and an organisation as the organiser.

    seniors = EventFactory(title="Senioreille", municipality=kuopio)
    seniors.target_groups.set(TargetGroup.objects.default_locale().filter(slug="older-people"))
    seniors.save()
    html = client.get("/fi/kalenteri/?target=older-people").content.decode()
    assert "Senioreille" in html and "Osuva tapahtuma" not in html
    organiser = match.organisation.slug
    html = client.get(f"/fi/kalenteri/?organiser={organiser}&target=older-people").content.decode()
    assert "Senioreille" not in html and "Osuva tapahtuma" not in html
    html = client.get(f"/fi/kalenteri/?organiser={organiser}").content.decode()
    assert "Osuva tapahtuma" in html and "Senioreille" not in html
    assert ">Hankkeen oma</a>" not in html


def test_date_range_and_online_filters(client, calendar_page):
    EventFactory(title="Ensi viikolla", start=in_days(7))
    EventFactory(
        title="Verkossa myöhemmin",
        start=in_days(40),
        channel="online",
        online_url="https://kokous.example.fi/x",
    )
    week = (timezone.localdate() + datetime.timedelta(days=6)).isoformat()
    end = (timezone.localdate() + datetime.timedelta(days=8)).isoformat()
    html = client.get(f"/fi/kalenteri/?from={week}&to={end}").content.decode()
    assert "Ensi viikolla" in html and "Verkossa myöhemmin" not in html
    online = client.get("/fi/kalenteri/?online=1").content.decode()
    assert "Verkossa myöhemmin" in online and "Ensi viikolla" not in online


def test_bad_filter_values_get_a_message_not_an_error(client, calendar_page):
    response = client.get("/fi/kalenteri/?from=eilen&to=2026-02-30&theme=<b>x</b>&page=abc")
    assert response.status_code == 200
    assert "Alkupäivä ei ole päivämäärä" in response.content.decode()
    swedish = client.get("/sv/kalender/?from=igår").content.decode()
    assert "Startdatumet är inte ett datum" in swedish
    assert client.get("/fi/kalenteri/kuukausi/2026/13/").status_code == 404
    assert client.get("/fi/kalenteri/paiva/2026/2/30/").status_code == 404


def test_month_view_is_a_table_with_the_events_on_their_days(client, calendar_page):
    start = in_days(10, hour=12)
    EventFactory(title="Kuukauden tapahtuma", start=start)
    local = start.astimezone(HELSINKI)
    html = client.get(f"/fi/kalenteri/kuukausi/{local.year}/{local.month}/").content.decode()
    assert "<table" in html and '<th scope="col">' in html and "<caption>" in html
    cell = html[html.index(f"{local.day}.{local.month}.{local.year}</span>") :]
    assert "Kuukauden tapahtuma" in cell[: cell.index("</td>")]
    assert "as a list" not in html  # translated
    assert "Tämä kuukausi listana" in html
    day = client.get(
        f"/fi/kalenteri/paiva/{local.year}/{local.month}/{local.day}/"
    ).content.decode()
    assert "Kuukauden tapahtuma" in day


def test_calendar_query_count_does_not_grow_with_events(client, calendar_page):
    def count_queries(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    EventFactory.create_batch(3, themes=["leisure"])
    month = in_days(7)
    urls = ["/fi/kalenteri/", f"/fi/kalenteri/kuukausi/{month.year}/{month.month}/"]
    for url in urls:  # warm the site and page caches
        count_queries(url)
    few = [count_queries(url) for url in urls]
    EventFactory.create_batch(25, themes=["leisure"])
    many = [count_queries(url) for url in urls]
    assert many == few


# --- event page ----------------------------------------------------------------------------


def test_event_page_has_json_ld_status_and_upcoming_dates(client, calendar_page):
    start = in_days(2)
    event = EventFactory(
        title="Peruttu ilta",
        start=start,
        end=start + datetime.timedelta(hours=1),
        status="cancelled",
        status_note="Esiintyjä sairastui.",
        channel="hybrid",
        online_url="https://kokous.example.fi/ilta",
        frequency="weekly",
        repeat_count=3,
    )
    EventTranslation.objects.create(event=event, language="sv", title="Inställd kväll")
    html = client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()
    assert "Tapahtuma on peruttu." in html and "Esiintyjä sairastui." in html
    crumbs = html[html.index('class="breadcrumbs"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert '<a href="/fi/kalenteri/">Kalenteri</a>' in crumbs
    assert '<span aria-current="page">Peruttu ilta</span>' in crumbs
    assert html.count('<li><time datetime="') == 3
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert isinstance(data, list) and len(data) == 3
    assert data[0]["@type"] == "Event"
    assert data[0]["eventStatus"] == "https://schema.org/EventCancelled"
    assert data[0]["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data[0]["startDate"].startswith(start.date().isoformat())
    swedish = client.get(f"/sv/kalender/evenemang/{event.slug}/").content.decode()
    assert "Inställd kväll" in swedish and "Evenemanget har ställts in." in swedish


def test_event_json_ld_cannot_break_out_of_its_script(client, calendar_page):
    title = "Ilta </script><img src=x onerror=alert(1)> & <b>"
    event = EventFactory(title=title)
    html = client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()
    assert "<img src=x" not in html
    head = html.split("</head>", 1)[0]
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S).group(1)
    assert json.loads(block)["name"] == title  # one date: one Event


def test_event_pages_are_in_the_sitemap(client, calendar_page):
    event = EventFactory()
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/fi/kalenteri/tapahtuma/{event.slug}/" in xml
    assert f"/sv/kalender/evenemang/{event.slug}/" in xml


# --- iCal ----------------------------------------------------------------------------------


def test_the_subscribe_box_is_near_the_top_with_an_address_to_copy(client, calendar_page):
    EventFactory(title="Kuorokonsertti")
    html = client.get("/fi/kalenteri/?municipality=kuopio").content.decode()
    box = html.index('class="subscribe')
    assert box < html.index('id="results-heading"')
    addresses = re.findall(r'class="subscribe__address" value="([^"]+)" readonly', html)
    assert len(addresses) == 2  # all events, and these filtered events
    assert all(re.match(r"https?://[^/]+/fi/kalenteri/", address) for address in addresses)
    assert addresses[1].endswith("?municipality=kuopio")
    webcal = re.findall(r'href="(webcal://[^"]+)"', html)
    assert webcal == [re.sub("^https?://", "webcal://", address) for address in addresses]
    assert "Kopioi osoite" in html  # the copy button (shown when the browser can copy)


def test_ical_feed_round_trips_with_a_real_parser(client, calendar_page):
    start = in_days(4)
    series = EventFactory(
        title="Sarja",
        start=start,
        end=start + datetime.timedelta(hours=2),
        frequency="weekly",
        repeat_count=6,
        excluded_dates=(start + datetime.timedelta(weeks=2)).strftime("%d.%m.%Y"),
    )
    cancelled = EventFactory(title="Peruttu", status="cancelled")
    response = client.get("/fi/kalenteri/ical/")
    assert 'rel="alternate" type="text/calendar"' in client.get("/fi/kalenteri/").content.decode()
    cal = parse_ical(response)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    events = {str(component["UID"]): component for component in cal.walk("VEVENT")}
    component = events[f"{series.uid}@tapahtumat.portaali"]
    assert component["RRULE"]["FREQ"] == ["WEEKLY"] and component["RRULE"]["COUNT"] == [6]
    assert component.decoded("DTSTART") == start
    assert component.decoded("DTSTART").tzinfo is not None
    exdates = [d.dt for exdate in [component["EXDATE"]] for d in exdate.dts]
    assert exdates == [start + datetime.timedelta(weeks=2)]
    assert str(events[f"{cancelled.uid}@tapahtumat.portaali"]["STATUS"]) == "CANCELLED"


def _local(*args):
    return datetime.datetime(*args, tzinfo=HELSINKI)


@pytest.mark.parametrize(
    "fields",
    [
        # Weekly at 18:00 across the switch to summer time (28.3.2027), one date excluded.
        {
            "start": _local(2027, 3, 16, 18),
            "end": _local(2027, 3, 16, 20),
            "frequency": "weekly",
            "repeat_count": 5,
            "excluded_dates": "30.3.2027",
        },
        # All day, on Tuesdays and Thursdays until a date.
        {
            "start": _local(2027, 3, 16),
            "end": _local(2027, 3, 16, 23, 59),
            "all_day": True,
            "frequency": "weekly",
            "weekdays": "1,3",
            "repeat_until": datetime.date(2027, 4, 13),
        },
        # Every other month until a date, across the switch back to winter time.
        {
            "start": _local(2027, 8, 5, 9, 30),
            "end": _local(2027, 8, 5, 11),
            "frequency": "monthly",
            "interval": 2,
            "repeat_until": datetime.date(2028, 2, 5),
        },
        # Daily, with an end date.
        {
            "start": _local(2027, 10, 29, 12),
            "end": _local(2027, 10, 29, 13),
            "frequency": "daily",
            "repeat_until": datetime.date(2027, 11, 2),
        },
    ],
    ids=["weekly-dst", "all-day-weekdays", "bimonthly", "daily"],
)
def test_calendar_apps_expand_the_series_to_the_portals_dates(client, calendar_page, fields):
    """The RRULE/EXDATE of the iCal output, expanded as a calendar app does, gives exactly the
    dates the portal shows."""

    event = EventFactory(title="Sarja", **fields)
    (component,) = parse_ical(client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/ical/")).walk(
        "VEVENT"
    )
    dtstart = component.decoded("DTSTART")
    all_day = not isinstance(dtstart, datetime.datetime)
    if all_day:
        dtstart = datetime.datetime.combine(dtstart, datetime.time())
        assert re.search(r"UNTIL=\d{8}(;|$)", component["RRULE"].to_ical().decode())
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=dtstart)
    excluded = set()
    if "EXDATE" in component:
        for exdate in component["EXDATE"].dts:
            excluded.add(exdate.dt)
    expanded = [moment for moment in rule if moment not in excluded]
    portal = list(event.occurrences.order_by("start").values_list("start", flat=True))
    if all_day:
        assert [moment.date() for moment in expanded] == [
            start.astimezone(HELSINKI).date() for start in portal
        ]
    else:
        assert expanded == portal
        assert {moment.astimezone(HELSINKI).time() for moment in expanded} == {
            fields["start"].time()
        }
    assert len(portal) > 1


def test_series_that_calendar_apps_would_read_otherwise_are_refused():

    start = _local(2027, 3, 16, 18)  # a Tuesday
    event = EventFactory.build(
        start=start,
        end=start + datetime.timedelta(hours=1),
        frequency="weekly",
        weekdays="2",  # Wednesdays only: the first date would not be one of them
        repeat_count=3,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "weekdays" in error.value.message_dict
    event.weekdays = "1,2"
    event.frequency, event.repeat_count, event.repeat_until = "daily", None, None
    event.repeat_until = datetime.date(2029, 12, 31)  # over 400 dates
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert list(error.value.message_dict) == ["repeat_until"]
    event.repeat_until = datetime.date(2027, 12, 31)
    event.clean()


def test_uid_stays_and_sequence_grows_across_edits(client, calendar_page):
    event = EventFactory(title="Versioitu")
    event.save_revision().publish()

    def component():
        cal = parse_ical(client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/ical/"))
        return cal.walk("VEVENT")[0]

    first = component()
    event.refresh_from_db()
    event.title = "Versioitu, uusi aika"
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save_revision().publish()
    second = component()
    assert str(first["UID"]) == str(second["UID"])
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert str(second["SUMMARY"]) == "Versioitu, uusi aika"


def test_feeds_per_filter_and_per_organisation(client, calendar_page):
    organisation = OrganisationFactory(name="Syötteen yhdistys ry")
    own = EventFactory(title="Oma", organisation=organisation, themes=["leisure"])
    other = EventFactory(title="Muu")

    def uids(url):
        return {str(c["UID"]) for c in parse_ical(client.get(url)).walk("VEVENT")}

    assert uids(f"/fi/kalenteri/jarjesto/{organisation.slug}/ical/") == {
        f"{own.uid}@tapahtumat.portaali"
    }
    assert uids("/fi/kalenteri/ical/?theme=leisure") == {f"{own.uid}@tapahtumat.portaali"}
    assert f"{other.uid}@tapahtumat.portaali" in uids("/sv/kalender/ical/")
    organisation_page = client.get(f"/fi/hakemisto/jarjesto/{organisation.slug}/").content.decode()
    assert "Oma</a>" in organisation_page
    feed = f"/fi/kalenteri/jarjesto/{organisation.slug}/ical/"
    head = organisation_page.split("</head>", 1)[0]
    link = rf'<link rel="alternate" type="text/calendar" title="[^"]+" href="http[^"]+{feed}">'
    assert re.search(link, head)
    # Themes are the events' categories, in the feed's language.

    names = {
        theme.locale.language_code: theme.name for theme in Theme.objects.filter(slug="leisure")
    }
    for language, path in (("fi", "kalenteri/jarjesto"), ("sv", "kalender/organisation")):
        (component,) = parse_ical(client.get(f"/{language}/{path}/{organisation.slug}/ical/")).walk(
            "VEVENT"
        )
        assert component.categories == [names[language]]


# --- moderation and the no-leak guarantee --------------------------------------------------


def test_a_submitted_event_is_nowhere_public_until_approved(
    client, calendar_page, representative, moderator
):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    start = in_days(9).strftime("%Y-%m-%dT%H:%M")
    end = (in_days(9) + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "organisation": organisation.pk,
        "original_language": "fi",
        "title": "Odottava yleisöluento",
        "summary": "Luento odottaa hyväksyntää.",
        "description": "Pitkä kuvaus.",
        "status": "scheduled",
        "start": start,
        "end": end,
        "interval": "1",
        "channel": "place",
        "registration": "none",
        "waitlist_capacity": "0",
        "is_free": "on",
        "action": "submit",
    }
    # An error keeps everything typed and explains in Finnish.
    response = client.post(reverse("directory_event_new"), {**data, "end": "2000-01-01T10:00"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tapahtuma ei voi päättyä ennen kuin se alkaa." in html
    assert "Odottava yleisöluento" in html
    response = client.post(reverse("directory_event_new"), data)
    assert response.status_code == 302
    event = Event.objects.get(title="Odottava yleisöluento")
    assert not event.live and event.current_workflow_state is not None
    my_listings = client.get(reverse("directory_my_listings")).content.decode()
    assert "Odottava yleisöluento" in my_listings and "Odottaa moderointia" in my_listings
    assert_not_public(client, event, "Odottava yleisöluento")

    approve(client, moderator, event)
    event.refresh_from_db()
    assert event.live and event.sequence == 1
    assert "Odottava yleisöluento" in client.get("/fi/kalenteri/").content.decode()
    assert EventOccurrence.objects.filter(event=event).count() == 1


def test_a_published_event_stays_as_it_was_until_its_edit_is_approved(
    client, calendar_page, representative, moderator
):
    organisation = representative.represented_organisations.get()
    event = EventFactory(organisation=organisation, title="Alkuperäinen nimi")
    event.save_revision().publish()
    event.title = "Muutettu nimi"
    event.save_revision(user=representative)
    event.get_workflow().start(event, representative)
    assert Event.objects.get(pk=event.pk).title == "Alkuperäinen nimi"
    html = client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()
    assert "Alkuperäinen nimi" in html and "Muutettu nimi" not in html
    approve(client, moderator, Event.objects.get(pk=event.pk))
    assert "Muutettu nimi" in client.get(f"/fi/kalenteri/tapahtuma/{event.slug}/").content.decode()


def test_an_edit_of_the_dates_waits_for_approval_too(
    client, calendar_page, representative, moderator
):
    organisation = representative.represented_organisations.get()
    event = EventFactory(organisation=organisation, title="Siirtyvä luento", start=in_days(5))
    event.save_revision().publish()
    published = list(event.occurrences.values_list("start", "end"))
    new_start = in_days(20)
    client.force_login(representative)
    response = client.post(
        reverse("directory_event_edit", args=[event.pk]),
        {
            "organisation": organisation.pk,
            "original_language": "fi",
            "title": "Siirtyvä luento",
            "summary": event.summary,
            "description": "Uusi aika ja viikoittain.",
            "status": "scheduled",
            "start": new_start.strftime("%Y-%m-%dT%H:%M"),
            "end": (new_start + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "frequency": "weekly",
            "interval": "1",
            "repeat_count": "3",
            "channel": "place",
            "registration": "none",
            "waitlist_capacity": "0",
            "is_free": "on",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    client.logout()
    # The public dates, the feed and the day views are those of the published version.
    assert list(event.occurrences.values_list("start", "end")) == published
    old_day = published[0][0].astimezone(HELSINKI)
    day_url = f"/fi/kalenteri/paiva/{old_day.year}/{old_day.month}/{old_day.day}/"
    assert "Siirtyvä luento" in client.get(day_url).content.decode()
    feed = icalendar.Calendar.from_ical(client.get("/fi/kalenteri/ical/").content)
    (component,) = [c for c in feed.walk("VEVENT") if str(c["SUMMARY"]) == "Siirtyvä luento"]
    assert component.decoded("DTSTART") == published[0][0]
    assert "RRULE" not in component

    approve(client, moderator, Event.objects.get(pk=event.pk))
    moved = list(event.occurrences.values_list("start", flat=True))
    assert moved == [new_start + datetime.timedelta(weeks=week) for week in range(3)]
    assert "Siirtyvä luento" not in client.get(day_url).content.decode()


def test_requested_changes_withdrawal_and_unpublishing_of_an_event(
    client, calendar_page, representative, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    organisation = representative.represented_organisations.get()
    event = EventFactory.build(organisation=organisation, title="Keskeneräinen ilta", live=False)
    event.save()
    event.save_revision(user=representative)
    event.get_workflow().start(event, representative)
    # The moderator asks for changes; the reason reaches the submitter, nothing is public.
    client.force_login(moderator)
    task_state = Event.objects.get(pk=event.pk).current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):  # mail is queued on commit
        client.post(
            reverse(
                "wagtailsnippets_events_event:workflow_action",
                args=[event.pk, "reject", task_state.pk],
            ),
            {"comment": "Kerro tapahtumapaikan osoite."},
        )
    client.logout()
    assert "Kerro tapahtumapaikan osoite." in mailoutbox[-1].body
    assert mailoutbox[-1].to == [representative.email]
    assert_not_public(client, Event.objects.get(pk=event.pk), "Keskeneräinen ilta")
    client.force_login(representative)
    my = client.get("/fi/my/").content.decode()
    assert "Muutoksia pyydetty" in my and "Kerro tapahtumapaikan osoite." in my
    # Sent again, then withdrawn: still nowhere public.
    event = Event.objects.get(pk=event.pk)
    event.save_revision(user=representative)
    event.current_workflow_state.resume(representative)
    client.post(reverse("directory_withdraw", args=["event", event.pk]))
    assert Event.objects.get(pk=event.pk).current_workflow_state is None
    assert_not_public(client, Event.objects.get(pk=event.pk), "Keskeneräinen ilta")
    # Published later, the representative can take it out of public view at once.
    event = Event.objects.get(pk=event.pk)
    event.save_revision(user=representative).publish()
    assert "Keskeneräinen ilta" in client.get("/fi/kalenteri/").content.decode()
    client.force_login(representative)  # assert_not_public looked as an anonymous reader
    client.post(reverse("directory_unpublish", args=["event", event.pk]))
    assert not Event.objects.get(pk=event.pk).live
    client.logout()
    assert_not_public(client, Event.objects.get(pk=event.pk), "Keskeneräinen ilta")


def test_the_form_keeps_every_translated_text(client, calendar_page, representative):
    organisation = representative.represented_organisations.get()
    event = EventFactory(organisation=organisation, title="Maksullinen ilta")
    EventTranslation.objects.create(
        event=event,
        language="sv",
        title="Avgiftsbelagd kväll",
        fee_description="10 euro, betalas på plats",
        accessibility_details="Hörselslinga i salen",
    )
    event.save_revision().publish()
    client.force_login(representative)
    html = client.get(reverse("directory_event_edit", args=[event.pk])).content.decode()
    for name, value in (
        ("title_sv", "Avgiftsbelagd kväll"),
        ("fee_description_sv", "10 euro, betalas på plats"),
        ("accessibility_details_sv", "Hörselslinga i salen"),
    ):
        assert re.search(rf'<input type="text" name="{name}" value="{value}"', html), name


def test_unpublished_events_and_events_of_hidden_organisers_never_leak(client, calendar_page):
    draft = EventFactory(title="Luonnostapahtuma", live=False)
    assert_not_public(client, draft, "Luonnostapahtuma")
    hidden_organiser = EventFactory(title="Piilotetun järjestäjän tapahtuma")
    hidden_organiser.organisation.unpublish()
    hidden_organiser.refresh_from_db()
    assert_not_public(client, hidden_organiser, "Piilotetun järjestäjän tapahtuma")


def test_home_page_shows_the_next_events(client, calendar_page):
    EventFactory(title="Etusivun tapahtuma", start=in_days(2))
    EventFactory(title="Mennyt etusivulla", start=in_days(-3))
    html = client.get("/fi/").content.decode()
    assert "Etusivun tapahtuma" in html and "Mennyt etusivulla" not in html


def test_daily_series_do_not_crowd_other_events_out_of_upcoming_lists(calendar_page):

    organisation = OrganisationFactory(name="Kiireinen yhdistys ry")
    for number in range(3):
        EventFactory(
            title=f"Päivittäinen {number}",
            organisation=organisation,
            start=in_days(1),
            frequency="daily",
            repeat_count=60,
        )
    later = EventFactory(title="Myöhempi", organisation=organisation, start=in_days(40))
    listed = upcoming_events(limit=4, organisation=organisation)
    assert [o.event.title for o in listed][-1] == later.title
    assert len({o.event_id for o in listed}) == 4


def test_centre_pages_show_the_events_held_there(client, calendar_page):

    home = HomePage.objects.get(locale__language_code="fi")
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    index = CentreIndexPageFactory(parent=guidance, slug="keskukset")
    centre = CentrePageFactory(parent=index, title="Testikeskus", slug="testikeskus")
    EventFactory(title="Keskuksen avoimet ovet", centre=centre)
    EventFactory(title="Muualla pidetty", start=in_days(3))
    html = client.get(centre.url).content.decode()
    assert "Keskuksen avoimet ovet" in html and "Muualla pidetty" not in html
    assert "Keskuksen tulevat tapahtumat" in html


def test_a_multi_day_event_shows_on_each_of_its_days_in_the_month(client, calendar_page):
    start = datetime.datetime(2027, 5, 10, 9, 0, tzinfo=HELSINKI)
    EventFactory(title="Kolmen päivän leiri", start=start, end=start + datetime.timedelta(days=2))
    html = client.get("/fi/kalenteri/kuukausi/2027/5/").content.decode()
    assert html.count("Kolmen päivän leiri</a>") == 3


def test_ical_time_zone_is_icalendars_own_and_covers_the_whole_series(client, calendar_page):
    """The VTIMEZONE comes from icalendar's zoneinfo data and spans the series' last date, so a
    calendar app places a meeting after the next change to or from summer time correctly."""
    start = in_days(3)
    EventFactory(
        title="Pitkä sarja",
        start=start,
        end=start + datetime.timedelta(hours=1),
        frequency="weekly",
        repeat_count=60,
    )
    cal = parse_ical(client.get("/fi/kalenteri/ical/"))
    (zone,) = cal.walk("VTIMEZONE")
    transitions = [
        sub.decoded("DTSTART").date() for sub in zone.subcomponents if "DTSTART" in sub
    ] + [
        period.dt.date()
        for sub in zone.subcomponents
        for rdate in (sub.get("RDATE") or [])
        for period in (rdate.dts if hasattr(rdate, "dts") else [])
    ]
    last = start + datetime.timedelta(weeks=59)
    # Summer time begins and ends once a year: a series over a year crosses at least two.
    assert len([day for day in transitions if start.date() < day <= last.date()]) >= 2
    assert {str(sub["TZNAME"]) for sub in zone.subcomponents} == {"EET", "EEST"}
