"""Moderators download organisations, activities, events and error reports as CSV and XLSX from
the admin listings: headings in the user's language, one filled row per listed object, the
listing's filters applied, a constant number of queries, only for staff with the permissions.

(Here, above both apps, because the error reports' listing shows events' reports too.)"""

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import capfirst
from wagtail.users.models import UserProfile

from directory.events.factories import EventFactory, in_days
from directory.events.models import Event, EventErrorReport
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ErrorReport, Organisation, WeeklySlot
from directory.taxonomy.models import Municipality, Theme
from portal.factories import UserFactory
from portal.languages import localized

pytestmark = pytest.mark.django_db

ORGANISATIONS = "/admin/snippets/directory/organisation/"
ACTIVITIES = "/admin/snippets/directory/activity/"
EVENTS = "/admin/snippets/events/event/"
REPORTS = "/admin/directory/error-reports/"


def download(client, url, export_format, **params):
    response = client.get(url, {**params, "export": export_format})
    assert response.status_code == 200, response
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [
        ["" if value is None else str(value) for value in row]
        for row in sheet.iter_rows(values_only=True)
    ]


def assert_filled(rows, count):
    """A heading row and ``count`` rows, none of them blank."""
    assert len(rows) == count + 1, rows
    for row in rows:
        assert len(row) == len(rows[0]) and row[0].strip(), rows


def municipality(slug):
    return Municipality.objects.default_locale().get(slug=slug)


@pytest.fixture
def swedish_moderator(db):
    user = UserFactory(username="moderator", groups=["Moderators"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sv"
    profile.save()
    return user


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_organisations_export(client, moderator, directory_page, export_format):
    organisation = OrganisationFactory(
        name="Kuopion Kävelijät ry",
        type=Organisation.Type.CLUB,
        business_id="1572860-0",
        phone="017 123 4567",
        street_address="Kauppakatu 1",
        postal_code="70100",
        post_office="Kuopio",
        last_confirmed=datetime.date(2026, 5, 4),
    )
    organisation.municipalities.set([municipality("kuopio"), municipality("siilinjarvi")])
    organisation.save()
    OrganisationFactory(name="Luonnos ry", live=False)
    client.force_login(moderator)
    listing = client.get(ORGANISATIONS, {"live": "true"}).content.decode()
    assert "live=true&amp;export=csv" in listing and "live=true&amp;export=xlsx" in listing

    rows = download(client, ORGANISATIONS, export_format)
    assert_filled(rows, 2)
    heading = rows[0]
    assert heading[:3] == ["Nimi", "Tyyppi", "Y-tunnus"]
    assert {"Kunnat", "Osoite", "Julkaistu", "Julkinen osoite"} <= set(heading)
    row = dict(zip(heading, rows[1], strict=True))
    assert row["Nimi"] == "Kuopion Kävelijät ry"
    assert row["Tyyppi"] == "Kerho"
    assert row["Kunnat"] in ("Kuopio, Siilinjärvi", "Siilinjärvi, Kuopio")
    assert row["Osoite"] == "Kauppakatu 1, 70100 Kuopio"
    assert row["Julkaistu"] == "kyllä"
    assert row["Vahvistettu viimeksi"] == "2026-05-04"
    assert row["Julkinen osoite"].startswith("http://testserver/fi/hakemisto/")
    draft = dict(zip(heading, rows[2], strict=True))
    assert draft["Nimi"] == "Luonnos ry" and draft["Julkinen osoite"] == ""  # no page yet

    # The listing's filter applies to the download.
    filtered = download(client, ORGANISATIONS, export_format, live="false")
    assert_filled(filtered, 1)
    assert filtered[1][0] == "Luonnos ry"


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_activities_export_in_swedish(client, swedish_moderator, directory_page, export_format):
    activity = ActivityFactory(
        title="Kävelyryhmä",
        kind=Activity.Kind.PEER_SUPPORT,
        themes=["leisure"],
        valid_from=datetime.date(2026, 1, 1),
        schedule_note="Ei kesällä",
    )
    WeeklySlot.objects.create(
        activity=activity, weekday=0, start_time=datetime.time(18), end_time=datetime.time(19, 30)
    )
    ActivityFactory(title="Toinen", kind=Activity.Kind.COURSE)
    client.force_login(swedish_moderator)

    rows = download(client, ACTIVITIES, export_format, kind="peer_support")
    assert_filled(rows, 1)
    heading = rows[0]
    assert heading[0] == "Namn"
    assert {"Typ", "Tidtabell", "Publicerad", "Offentlig adress"} <= set(heading)
    row = dict(zip(heading, rows[1], strict=True))
    assert row["Namn"] == "Kävelyryhmä"
    with translation.override("sv"):
        assert row["Typ"] == str(Activity.Kind.PEER_SUPPORT.label) != "Vertaistukiryhmä"
        assert row["Tidtabell"] == f"{WeeklySlot.Weekday.MONDAY.label} 18.00–19.30; Ei kesällä"
        valid_from = str(capfirst(Activity._meta.get_field("valid_from").verbose_name))
        themes = str(capfirst(Activity._meta.get_field("themes").verbose_name))
    swedish_theme = localized(Theme.objects.filter(slug="leisure"), "sv")[0]
    assert swedish_theme.locale.language_code == "sv"
    assert row[themes] == swedish_theme.name
    assert row[valid_from] == "2026-01-01"
    assert row["Publicerad"] == "ja"

    assert_filled(download(client, ACTIVITIES, export_format), 2)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_events_export(client, moderator, calendar_page, export_format):
    EventFactory(
        title="Syysjuhla",
        start=in_days(7, 18),
        end=in_days(7, 20),
        registration=Event.Registration.PORTAL,
        capacity=30,
    )
    EventFactory(title="Kevätjuhla", municipality=municipality("siilinjarvi"))
    client.force_login(moderator)

    rows = download(client, EVENTS, export_format)
    assert_filled(rows, 2)
    heading = rows[0]
    assert heading[:4] == ["Nimi", "Järjestäjä", "Alkaa", "Päättyy"]
    rows = download(client, EVENTS, export_format, registration="portal")
    assert_filled(rows, 1)
    row = dict(zip(heading, rows[1], strict=True))
    assert row["Nimi"] == "Syysjuhla"
    assert row["Alkaa"] == in_days(7, 18).strftime("%Y-%m-%d %H:%M")
    assert row["Julkinen osoite"].startswith("http://testserver/fi/kalenteri/")


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_error_reports_export(client, moderator, calendar_page, export_format):
    activity = ActivityFactory(title="Kävelyryhmä")
    ErrorReport.objects.create(activity=activity, message="Aika on väärä", email="a@example.fi")
    EventErrorReport.objects.create(event=EventFactory(title="Syysjuhla"), message="=1+1")
    ErrorReport.objects.create(organisation=activity.organisation, message="Vanha", handled=True)
    client.force_login(moderator)

    rows = download(client, REPORTS, export_format)
    assert_filled(rows, 3)
    heading = rows[0]
    assert heading[:3] == ["Vastaanotettu", "Laji", "Ilmoitus"]
    assert "Ilmoittajan sähköposti" in heading
    by_listing = {row[2]: dict(zip(heading, row, strict=True)) for row in rows[1:]}
    assert by_listing["Kävelyryhmä"]["Ilmoittajan sähköposti"] == "a@example.fi"
    assert by_listing["Kävelyryhmä"]["Käsitelty"] == "ei"
    assert by_listing["Syysjuhla"]["Julkinen osoite"].startswith("http://testserver/fi/kalenteri/")
    if export_format == "csv":  # no formulas
        assert by_listing["Syysjuhla"]["Mikä on väärin"] == "'=1+1"

    unhandled = download(client, REPORTS, export_format, handled="false")
    assert_filled(unhandled, 2)
    assert {row[2] for row in unhandled[1:]} == {"Kävelyryhmä", "Syysjuhla"}


def make_rows(count):
    for n in range(count):
        organisation = OrganisationFactory()
        organisation.municipalities.set([municipality("kuopio")])
        organisation.save()
        activity = ActivityFactory(organisation=organisation, themes=["leisure"])
        WeeklySlot.objects.create(activity=activity, weekday=n % 7, start_time=datetime.time(18))
        event = EventFactory(organisation=organisation)
        ErrorReport.objects.create(activity=activity, message=f"Virhe {n}")
        EventErrorReport.objects.create(event=event, message=f"Virhe {n}")


@pytest.mark.parametrize("url", [ORGANISATIONS, ACTIVITIES, EVENTS, REPORTS])
def test_export_queries_do_not_grow_with_the_rows(client, moderator, calendar_page, url):
    client.force_login(moderator)
    counts = []
    for total, new in ((3, 3), (12, 9)):
        make_rows(new)
        for export_format in ("csv", "xlsx"):
            with CaptureQueriesContext(connection) as queries:
                rows = download(client, url, export_format)
            assert len(rows) > total
            counts.append((export_format, len(queries)))
    assert counts[0] == counts[2] and counts[1] == counts[3], counts


@pytest.mark.parametrize("url", [ORGANISATIONS, ACTIVITIES, EVENTS, REPORTS])
def test_only_staff_with_the_permissions_export(client, url):
    OrganisationFactory()
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 302 and "/login/" in response["Location"]

    representative = UserFactory(username="edustaja")
    client.force_login(representative)
    response = client.get(url, {"export": "csv"})
    assert response.status_code in (302, 403)
    assert response.get("Content-Type", "") != "text/csv"


def test_a_listing_without_export_columns_shows_the_listing(client, moderator):
    client.force_login(moderator)
    response = client.get("/admin/directory/representations/", {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
