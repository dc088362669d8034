"""Self-service: accounts, forms, moderation decisions and what representatives may touch."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.models import ModelLogEntry

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ErrorReport, Organisation, Representation
from directory.submissions import views
from directory.submissions.views import confirm_token
from directory.taxonomy.models import Municipality, Theme
from portal.tests.support import assert_not_public

from .support import PASSWORD, activity_data, approve, organisation_data, png_bytes

pytestmark = pytest.mark.django_db


def test_the_whole_path_from_sign_up_to_a_public_activity(
    client, directory_page, moderator, django_capture_on_commit_callbacks
):
    # Mail is queued when each step commits.
    sent = django_capture_on_commit_callbacks

    # Sign up and verify the e-mail address.
    with sent(execute=True):
        response = client.post(
            "/fi/account/signup/",
            {"email": "uusi@example.fi", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    confirm_url = re.search(
        r"http://[^/]+(/fi/account/confirm-email/[^\s]+/)", mail.outbox[-1].body
    )
    assert confirm_url, mail.outbox[-1].body
    response = client.post(confirm_url.group(1))
    assert response.status_code == 302
    assert client.get("/fi/my/").status_code == 200

    # Create an organisation: it waits for moderation and is nowhere public.
    mail.outbox.clear()
    with sent(execute=True):
        response = client.post("/fi/my/organisation/new/", organisation_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    organisation = Organisation.objects.get(name="Uusi Yhdistys ry")
    assert not organisation.live
    assert any("moderaattori@example.fi" in message.to for message in mail.outbox)
    assert_not_public(client, organisation, "Uusi Yhdistys ry")
    client.force_login(organisation.representatives.get())
    submitter = organisation.representatives.get()

    with sent(execute=True):
        approve(client, moderator, organisation)
    organisation.refresh_from_db()
    assert organisation.live
    assert "hyväksytty" in mail.outbox[-1].subject.lower()

    # Add an activity; the moderator asks for changes with a comment.
    client.force_login(submitter)
    kuopio = Municipality.objects.default_locale().get(slug="kuopio")
    response = client.post(
        "/fi/my/activity/new/", activity_data(organisation, municipality=kuopio.pk)
    )
    assert response.status_code == 302
    activity = Activity.objects.get(title="Kävelyryhmä")
    assert_not_public(client, activity, "Kävelyryhmä", "Promenadgrupp")
    with sent(execute=True):
        approve(client, moderator, activity, "reject", "Kerro kokoontumispaikka.")
    assert "Kerro kokoontumispaikka." in mail.outbox[-1].body
    assert mail.outbox[-1].to == ["uusi@example.fi"]

    # The submitter sees the comment, edits and sends again.
    client.force_login(submitter)
    my = client.get("/fi/my/").content.decode()
    assert "Muutoksia pyydetty" in my
    assert "Kerro kokoontumispaikka." in my
    form_page = client.get(f"/fi/my/activity/{activity.pk}/").content.decode()
    assert 'value="Kävelyryhmä"' in form_page and 'value="Promenadgrupp"' in form_page
    response = client.post(
        f"/fi/my/activity/{activity.pk}/",
        activity_data(organisation, municipality=kuopio.pk, venue_name="Väinölänniemen puisto"),
    )
    assert response.status_code == 302
    assert_not_public(client, activity, "Kävelyryhmä", "Väinölänniemen puisto")
    activity.refresh_from_db()
    approve(client, moderator, activity)

    # Public now, with the right facets, in Finnish and Swedish.
    activity.refresh_from_db()
    assert activity.live
    assert activity.venue_name == "Väinölänniemen puisto"
    assert activity.last_confirmed == timezone.localdate()
    assert list(activity.themes.all()) == [Theme.objects.default_locale().get(slug="leisure")]
    fi = client.get("/fi/hakemisto/?municipality=kuopio&theme=leisure&kind=club").content.decode()
    assert "Kävelyryhmä" in fi
    sv = client.get("/sv/katalog/?municipality=kuopio&theme=leisure").content.decode()
    assert "Promenadgrupp" in sv
    assert client.get("/fi/hakemisto/?theme=work").content.decode().count("Kävelyryhmä") == 0


def test_errors_are_shown_next_to_fields_and_keep_what_was_typed(client, representative):
    client.force_login(representative)
    response = client.post(
        "/fi/my/organisation/new/",
        organisation_data(business_id="0112038-8", name="Säilyvä Nimi ry", description=""),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "Tarkista nämä kentät" in html
    assert "Y-tunnuksen tarkistusmerkki ei täsmää" in html
    assert 'href="#id_business_id"' in html
    assert 'value="Säilyvä Nimi ry"' in html
    assert 'value="0112038-8"' in html
    assert not Organisation.objects.filter(name="Säilyvä Nimi ry").exists()


def test_errors_in_swedish_for_swedish_readers(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    html = client.post(
        "/sv/my/activity/new/",
        activity_data(organisation, registration="link", title="", original_language="sv"),
    ).content.decode()
    assert "Kontrollera dessa fält" in html
    assert "Ange detta för det valda sättet att anmäla sig." in html


def test_preview_and_draft_do_not_send_to_moderation(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    html = client.post(
        "/fi/my/activity/new/", activity_data(organisation, action="preview")
    ).content.decode()
    assert 'id="preview-heading"' in html and "Reipas kävely kerran viikossa." in html
    assert not Activity.objects.filter(title="Kävelyryhmä").exists()
    client.post("/fi/my/activity/new/", activity_data(organisation, action="draft"))
    activity = Activity.objects.get(title="Kävelyryhmä")
    assert not activity.live
    assert activity.current_workflow_state is None
    assert "Luonnos" in client.get("/fi/my/").content.decode()


def test_representatives_touch_only_their_own_listings(client, representative):
    other = ActivityFactory(title="Toisen yhdistyksen ryhmä")
    client.force_login(representative)
    for url in (
        f"/fi/my/activity/{other.pk}/",
        f"/fi/my/organisation/{other.organisation.pk}/",
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, organisation_data()).status_code == 404
    for action in ("withdraw", "unpublish", "confirm"):
        assert client.post(f"/fi/my/activity/{other.pk}/{action}/").status_code == 404
        assert (
            client.post(f"/fi/my/organisation/{other.organisation.pk}/{action}/").status_code == 404
        )
    # Choosing another organisation in the activity form is refused too.
    response = client.post("/fi/my/activity/new/", activity_data(other.organisation))
    assert response.status_code == 200
    assert not Activity.objects.filter(title="Kävelyryhmä").exists()
    other.refresh_from_db()
    assert other.live and other.title == "Toisen yhdistyksen ryhmä"
    assert "Toisen yhdistyksen ryhmä" not in client.get("/fi/my/").content.decode()


def test_signed_out_readers_are_sent_to_sign_in(client):
    response = client.get("/fi/my/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/account/login/")


def test_unpublish_and_withdraw(client, representative):
    organisation = representative.represented_organisations.get()
    activity = ActivityFactory(organisation=organisation, title="Oma ryhmä")
    client.force_login(representative)
    client.post(f"/fi/my/activity/{activity.pk}/unpublish/")
    activity.refresh_from_db()
    assert not activity.live
    client.post(f"/fi/my/activity/{activity.pk}/", activity_data(organisation, title="Oma ryhmä"))
    assert activity.current_workflow_state is not None
    client.post(f"/fi/my/activity/{activity.pk}/withdraw/")
    activity.refresh_from_db()
    assert activity.current_workflow_state is None


def test_honeypot_turns_bots_away(client, representative):
    client.force_login(representative)
    response = client.post(
        "/fi/my/organisation/new/", organisation_data(homepage="http://spam.example")
    )
    assert response.status_code == 200
    assert not Organisation.objects.filter(name="Uusi Yhdistys ry").exists()


def test_uploads_must_be_real_images_within_limits(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    fake = SimpleUploadedFile("kuva.jpg", b"not an image at all", content_type="image/jpeg")
    html = client.post(
        "/fi/my/activity/new/",
        {**activity_data(organisation), "image_upload": fake, "image_alt_text": "Kuva"},
    ).content.decode()
    assert "image_upload" in html and "error-message" in html
    tiny = SimpleUploadedFile("pieni.png", png_bytes((50, 50)), content_type="image/png")
    html = client.post(
        "/fi/my/activity/new/",
        {**activity_data(organisation), "image_upload": tiny, "image_alt_text": "Kuva"},
    ).content.decode()
    assert "Kuva on liian pieni" in html
    assert not Activity.objects.filter(title="Kävelyryhmä").exists()


def test_a_huge_image_is_refused_from_its_header_before_decoding(
    client, representative, monkeypatch
):
    """6000 × 6000 pixels would take hundreds of megabytes decoded; the size in the file's
    header is enough to refuse it, and what was typed stays in the form."""
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    buffer = io.BytesIO()
    PillowImage.new("1", (6000, 6000)).save(buffer, format="PNG")  # small file, huge image
    huge = SimpleUploadedFile("iso.png", buffer.getvalue(), content_type="image/png")
    # Load Pillow's plugins now: one of them draws an image when imported, which Django's image
    # field makes happen on first use (in a test run alone, that is during this request).
    PillowImage.init()

    def no_decoding(*args, **kwargs):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(PillowImage.Image, "load", no_decoding)
    html = client.post(
        "/fi/my/activity/new/",
        {**activity_data(organisation), "image_upload": huge, "image_alt_text": "Kuva"},
    ).content.decode()
    assert "Kuva on liian suuri: 6000 × 6000 pikseliä" in html
    assert 'value="Kävelyryhmä"' in html
    assert not Activity.objects.filter(title="Kävelyryhmä").exists()


def test_the_slot_formset_never_builds_more_than_a_week_of_forms(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = {**activity_data(organisation), "slots-TOTAL_FORMS": "1000", "action": "submit"}
    for number in range(1000):
        data[f"slots-{number}-weekday"] = "1"
        data[f"slots-{number}-start_time"] = "10:00"
    response = client.post("/fi/my/activity/new/", data)
    assert response.status_code == 200
    assert response.context["slots"].total_form_count() <= 7
    assert not Activity.objects.filter(title="Kävelyryhmä").exists()


def test_previews_are_rate_limited(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = {**activity_data(organisation), "action": "preview"}
    codes = [client.post("/fi/my/activity/new/", data).status_code for _ in range(61)]
    assert codes[:60] == [200] * 60 and codes[60] == 429
    assert not Activity.objects.exists()


def test_uploaded_images_lose_their_metadata(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    photo = SimpleUploadedFile("kuva.jpg", png_bytes(exif=True), content_type="image/jpeg")
    response = client.post(
        "/fi/my/activity/new/",
        {**activity_data(organisation), "image_upload": photo, "image_alt_text": "Kävelijöitä"},
    )
    assert response.status_code == 302
    activity = Activity.objects.get(title="Kävelyryhmä")
    with activity.image.file.open() as stored, PillowImage.open(stored) as image:
        assert not image.getexif()
    assert activity.image_alt_text == "Kävelijöitä"


def test_listings_that_are_not_public_cannot_be_reported(client, directory_page):
    hidden = OrganisationFactory(name="Piilotettu yhdistys", live=False)
    activity = ActivityFactory(organisation=hidden, title="Piilotetun ryhmä")
    response = client.get(f"/fi/my/report/activity/{activity.slug}/")
    assert response.status_code == 404
    assert "Piilotetun ryhmä" not in response.content.decode()
    assert client.get(f"/fi/my/report/organisation/{hidden.slug}/").status_code == 404


def test_error_reports_reach_the_admin(client, directory_page, moderator):
    activity = ActivityFactory(title="Vanhentunut ryhmä")
    response = client.post(
        f"/fi/my/report/activity/{activity.slug}/",
        {"message": "Ryhmä kokoontuu nykyään torstaisin.", "email": ""},
    )
    assert response.status_code == 302
    report = ErrorReport.objects.get()
    assert report.activity == activity
    client.force_login(moderator)
    listing = client.get(reverse("directory_error_reports:index")).content.decode()
    assert "Vanhentunut ryhmä" in listing


def test_still_current_link_updates_the_date_without_moderation(client):
    activity = ActivityFactory(last_confirmed=datetime.date(2025, 1, 1))
    link = f"/fi/my/confirm/{confirm_token('activity', activity.pk)}/"
    # Opening the link (as a mail scanner does) shows a button and changes nothing.
    response = client.get(link)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form method="post">' in html and activity.title in html
    assert "Kyllä, tiedot ovat ajan tasalla" in html
    assert (
        "Ja, uppgifterna är aktuella" in client.get(link.replace("/fi/", "/sv/")).content.decode()
    )
    activity.refresh_from_db()
    assert activity.last_confirmed == datetime.date(2025, 1, 1)
    # The button confirms.
    response = client.post(link)
    assert response.status_code == 200
    activity.refresh_from_db()
    assert activity.last_confirmed == timezone.localdate()
    assert activity.current_workflow_state is None
    assert client.get("/fi/my/confirm/forged-token/").status_code == 400


def test_freshness_reminders_and_stale_flags(
    client, representative, moderator, django_capture_on_commit_callbacks
):
    organisation = representative.represented_organisations.get()
    old = ActivityFactory(
        organisation=organisation,
        title="Vanha ryhmä",
        last_confirmed=timezone.localdate() - datetime.timedelta(days=200),
    )
    ActivityFactory(
        organisation=organisation,
        title="Ikivanha ryhmä",
        last_confirmed=timezone.localdate() - datetime.timedelta(days=400),
    )
    ActivityFactory(organisation=organisation, title="Tuore ryhmä")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_freshness_reminders", stdout=io.StringIO())
    reminders = [m for m in mail.outbox if m.to == ["edustaja@example.fi"]]
    assert sorted(m.subject for m in reminders) == [
        "Onko tieto yhä ajan tasalla? Ikivanha ryhmä",
        "Onko tieto yhä ajan tasalla? Vanha ryhmä",
    ]
    link = re.search(r"http://[^/]+(/fi/my/confirm/[^\s]+/)", reminders[0].body).group(1)
    client.post(link)
    flagged = [m for m in mail.outbox if m.to == ["moderaattori@example.fi"]]
    assert len(flagged) == 1 and "Ikivanha ryhmä" in flagged[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_freshness_reminders", stdout=io.StringIO())
    assert not [m for m in mail.outbox if m.to == ["edustaja@example.fi"]]  # not again so soon
    old.refresh_from_db()
    assert old.reminded_at is not None


def test_representation_requests(client, django_user_model, representative):
    newcomer = django_user_model.objects.create_user(
        username="uusi", email="uusi@example.fi", password="x"
    )
    organisation = representative.represented_organisations.get()
    client.force_login(newcomer)
    client.post("/fi/my/represent/", {"organisation": organisation.pk, "message": "Sihteeri"})
    request = Representation.objects.get(user=newcomer)
    assert request.status == Representation.Status.PENDING
    assert client.get(f"/fi/my/organisation/{organisation.pk}/").status_code == 404
    client.force_login(representative)
    assert "uusi@example.fi" in client.get("/fi/my/").content.decode()
    client.post(f"/fi/my/represent/{request.pk}/approve/")
    request.refresh_from_db()
    assert request.status == Representation.Status.APPROVED
    client.force_login(newcomer)
    assert client.get(f"/fi/my/organisation/{organisation.pk}/").status_code == 200


def test_a_sent_activity_is_three_steps_from_the_home_page(client, demo_site, representative):

    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    client.post("/fi/my/activity/new/", activity_data(organisation))
    activity = Activity.objects.get(title="Kävelyryhmä")
    # 1: the header of the home page links to My listings; 2: My listings links to the activity.
    home = client.get("/fi/").content.decode()
    assert 'href="/fi/my/">Omat ilmoitukset</a>' in home
    my = client.get("/fi/my/").content.decode()
    assert f'href="/fi/my/activity/{activity.pk}/">Kävelyryhmä</a>' in my
    assert "Odottaa moderointia" in my
    # Every change by a representative is in Wagtail's audit log.
    assert ModelLogEntry.objects.filter(
        object_id=str(activity.pk), action="wagtail.create", user=representative
    ).exists()


def test_submissions_are_rate_limited(client, representative, monkeypatch):

    monkeypatch.setattr(views, "SUBMISSIONS_PER_HOUR", 1)
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    assert client.post("/fi/my/activity/new/", activity_data(organisation)).status_code == 302
    response = client.post("/fi/my/activity/new/", activity_data(organisation, title="Toinen"))
    assert response.status_code == 429
    assert "Liian monta lähetystä" in response.content.decode()


def test_every_field_has_a_length_limit_with_a_clear_message(client, representative):
    client.force_login(representative)
    html = client.post(
        "/fi/my/organisation/new/", organisation_data(name="x" * 201)
    ).content.decode()
    assert "enintään 200 merkkiä" in html


def test_text_fields_take_plain_text_only(client, representative):
    """A line break in a one-line field (it would reach e-mail headers and iCal properties) or a
    control character anywhere is refused with a message; long texts keep their line breaks."""
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = activity_data(organisation, title="Kävely\r\nBcc: kaikki@example.fi")
    html = client.post("/fi/my/activity/new/", data).content.decode()
    assert "Kirjoita tämä yhdelle riville ilman rivinvaihtoja tai ohjausmerkkejä." in html
    assert "Reipas kävely kerran viikossa." in html  # what was typed is kept
    data = activity_data(organisation, description="Rivi yksi\x07 ja kello")
    html = client.post("/fi/my/activity/new/", data).content.decode()
    assert "Poista tekstistä ohjausmerkit ja yritä uudelleen." in html
    assert not Activity.objects.exists()
    data = activity_data(organisation, description="Rivi yksi.\r\n\r\nRivi kaksi.")
    assert client.post("/fi/my/activity/new/", data).status_code == 302
    assert Activity.objects.get().description.splitlines() == ["Rivi yksi.", "", "Rivi kaksi."]


def test_dates_outside_the_portals_years_get_a_message(client, representative):
    """Year 1 or 9999 is a typing error (and 0001-01-01T00:00 in Helsinki, year 0 in UTC, could
    not even be stored): the form says which years it takes and keeps what was typed."""
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = activity_data(organisation, valid_from="0001-01-01", valid_to="9999-12-31")
    response = client.post("/fi/my/activity/new/", data)
    assert set(response.context["form"].errors) == {"valid_from", "valid_to"}
    html = response.content.decode()
    assert "Anna päivämäärä vuosilta 2000–2100." in html
    assert 'value="0001-01-01"' in html
    data = {**activity_data(organisation), "valid_from": "2000-01-01", "valid_to": "2100-12-31"}
    assert client.post("/fi/my/activity/new/", data).status_code == 302
    assert not Activity.objects.filter(valid_from__year__lt=2000).exists()
