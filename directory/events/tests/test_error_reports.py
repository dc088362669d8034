"""Readers report errors in events as in activities: the report is an ``EventErrorReport`` (a
child of the organisations' ``ErrorReport``), so the moderators' queue, dashboard, e-mails, admin
screens and the personal data register read it with the other reports."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from directory.events.factories import EventFactory
from directory.events.models import EventErrorReport, calendar_url
from directory.moderation import waiting
from directory.organisations import personal_data
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import ErrorReport
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/directory/queue/"
MESSAGE = {
    "fi": "Kiitos! Moderaattorit tarkistavat ilmoituksen.",
    "sv": "Tack! Moderatorerna granskar posten.",
}


def event_url(event, language):
    with translation.override(language):
        return calendar_url(event)


@pytest.fixture
def swedish_moderator(moderator):
    swedish = UserFactory(username="moderator", groups=["Moderators"])
    profile = UserProfile.get_for_user(swedish)
    profile.preferred_language = "sv"
    profile.save()
    return swedish


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_public_event_can_be_reported(
    client,
    calendar_page,
    moderator,
    swedish_moderator,
    language,
    django_capture_on_commit_callbacks,
):
    event = EventFactory(title="Vanhentunut työpaja")
    page = client.get(event_url(event, language)).content.decode()
    report_url = f"/{language}/my/report/event/{event.slug}/"
    assert f'href="{report_url}"' in page
    form = client.get(report_url)
    assert form.status_code == 200 and "Vanhentunut työpaja" in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            report_url, {"message": "Työpaja alkaa kello 18.", "email": "lukija@example.fi"}
        )
    assert response.status_code == 302
    assert response.url == event_url(event, language)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [MESSAGE[language]]

    report = EventErrorReport.objects.get()
    assert report.event == event and report.message == "Työpaja alkaa kello 18."
    assert report.email == "lukija@example.fi"
    # Read as an ErrorReport (as every screen does), the report names its event.
    parent = ErrorReport.objects.get()
    assert parent.pk == report.pk
    with translation.override("fi"):
        assert parent.listing == event and str(parent.listing_kind) == "tapahtuma"
        assert parent.listing_public_url() == event_url(event, "fi")
    edit = reverse("wagtailsnippets_events_event:edit", args=[event.pk])
    assert parent.listing_edit_url() == edit

    # One e-mail for each moderator, in their language, with both of the event's addresses.
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(moderator.email,), (swedish_moderator.email,)}
    fi = by_recipient[(moderator.email,)]
    assert fi.subject == "Uusi virheilmoitus: Vanhentunut työpaja"
    assert "”Vanhentunut työpaja” (tapahtuma)" in fi.body
    assert "Työpaja alkaa kello 18." in fi.body and "lukija@example.fi" not in fi.body
    assert f"Muokkaa ilmoitusta: http://testserver{edit}" in fi.body
    assert "Julkinen sivu: http" in fi.body and f"{event_url(event, 'fi')}\n" in fi.body
    handle = reverse("directory_error_reports:edit", args=[report.pk])
    assert f"http://testserver{handle}" in fi.body
    sv = by_recipient[(swedish_moderator.email,)]
    assert sv.subject == "Ny felanmälan: Vanhentunut työpaja"
    assert "”Vanhentunut työpaja” (evenemang)" in sv.body
    assert "Offentlig sida: http" in sv.body and f"{event_url(event, 'sv')}\n" in sv.body


@pytest.mark.parametrize(
    "hidden",
    [
        {"live": False},  # a draft, a pending or an unpublished event
        {"organisation__live": False},  # its organiser is hidden
    ],
)
def test_an_event_that_is_not_public_cannot_be_reported(client, calendar_page, hidden):
    event = EventFactory(title="Piilotettu työpaja", **hidden)
    for language in ("fi", "sv"):
        url = f"/{language}/my/report/event/{event.slug}/"
        response = client.get(url)
        assert response.status_code == 404
        assert "Piilotettu työpaja" not in response.content.decode()
        assert client.post(url, {"message": "Väärin.", "email": ""}).status_code == 404
    assert not ErrorReport.objects.exists()
    assert client.get("/fi/my/report/nothing/x/").status_code == 404


def test_event_reports_wait_on_the_queue_and_the_dashboard(client, calendar_page, moderator):
    activity = ActivityFactory(title="Vanhentunut ryhmä")
    ErrorReport.objects.create(activity=activity, message="Väärä kellonaika.")
    event = EventFactory(title="Vanhentunut työpaja")
    report = EventErrorReport.objects.create(event=event, message="Väärä sali.")
    EventErrorReport.objects.create(event=event, message="Jo korjattu.", handled=True)
    assert waiting.counts(moderator)["error_reports"] == 2
    assert waiting.total(moderator) == 2

    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    reports = html.split('id="error-reports"', 1)[1].split("</section>", 1)[0]
    assert "2 ilmoitusta käsittelemättä" in reports
    assert "Väärä sali." in reports and "Jo korjattu." not in reports
    assert "Vanhentunut työpaja</a> (tapahtuma)" in reports
    assert reverse("wagtailsnippets_events_event:edit", args=[event.pk]) in reports
    assert f'href="{event_url(event, "fi")}"' in reports
    assert reverse("directory_error_reports:edit", args=[report.pk]) in reports
    assert "Vanhentunut ryhmä</a> (toiminta)" in reports

    dashboard = client.get("/admin/").content.decode()
    panel = dashboard.split('id="moderation-waiting-section"', 1)[1]
    assert "2 virheilmoitusta käsittelemättä" in panel
    assert "Vanhentunut työpaja" in panel and f'href="{event_url(event, "fi")}"' in panel
    assert reverse("directory_error_reports:edit", args=[report.pk]) in panel
    assert '"Moderointijono (2)"' in dashboard


def test_the_admin_shows_the_reported_event(client, calendar_page, moderator):
    event = EventFactory(title="Vanhentunut työpaja")
    report = EventErrorReport.objects.create(event=event, message="Väärä sali.")
    client.force_login(moderator)

    index = client.get(reverse("directory_error_reports:index")).content.decode()
    assert "Vanhentunut työpaja" in index and "tapahtuma" in index

    edit_url = reverse("directory_error_reports:edit", args=[report.pk])
    edit = client.get(edit_url).content.decode()
    assert "Tapahtuma: <strong>Vanhentunut työpaja</strong>" in edit
    assert f'href="{event_url(event, "fi")}"' in edit
    assert f'href="{reverse("wagtailsnippets_events_event:edit", args=[event.pk])}"' in edit

    # Marking it handled keeps the report an event's report.
    response = client.post(edit_url, {"handled": "on"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.handled and report.event == event
    assert waiting.counts(moderator)["error_reports"] == 0


def test_personal_data_covers_event_reports(calendar_page):
    reader = UserFactory(username="lukija", email="lukija@example.fi")
    event = EventFactory(title="Vanhentunut työpaja")
    report = EventErrorReport.objects.create(
        event=event, message="Väärä sali.", email="LUKIJA@example.fi"
    )
    other = EventErrorReport.objects.create(event=event, message="Muu.", email="muu@example.fi")

    with translation.override("fi"):
        exported = personal_data.export_error_reports(reader)
    assert [(item["listing"], item["kind"], item["message"]) for item in exported] == [
        ("Vanhentunut työpaja", "tapahtuma", "Väärä sali.")
    ]

    personal_data.erase_error_reports(reader, None)
    report.refresh_from_db()
    other.refresh_from_db()
    assert report.email == "" and other.email == "muu@example.fi"

    # Handled reports go after the retention period (counted as reports, not as table rows).
    old = timezone.now() - datetime.timedelta(days=personal_data.error_report_retention_days() + 1)
    ErrorReport.objects.filter(pk=report.pk).update(handled=True, created_at=old)
    ErrorReport.objects.filter(pk=other.pk).update(created_at=old)
    assert personal_data.prune_error_reports(timezone.now()) == 1
    assert not EventErrorReport.objects.filter(pk=report.pk).exists()
    assert not ErrorReport.objects.filter(pk=report.pk).exists()
    assert EventErrorReport.objects.filter(pk=other.pk).exists()  # open: waits for a moderator


def test_deleting_an_event_deletes_its_reports(calendar_page):
    event = EventFactory()
    EventErrorReport.objects.create(event=event, message="Väärä sali.")
    kept = ErrorReport.objects.create(organisation=OrganisationFactory(), message="Muu.")
    event.delete()
    assert list(ErrorReport.objects.all()) == [kept]
    assert kept.listing == kept.organisation and kept.specific_report == kept
