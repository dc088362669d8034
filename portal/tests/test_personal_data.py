"""A person's own data: the register behind the privacy notice, the JSON download, deleting an
account (listings stay with the organisation; the audit log says what happened) and retention."""

import datetime
import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from directory.events.factories import EventFactory, in_days
from directory.events.models import Event
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import ErrorReport, Organisation, Representation
from directory.organisations.personal_data import HANDED_OVER, REPRESENTATIVE_LEFT
from directory.registrations.models import EventRegistration
from home.models import ContentPage, HomePage
from portal.blocks import PersonalDataRegisterBlock
from portal.factories import UserFactory
from portal.personal_data import EXPORT_FORMAT, categories, prune_personal_data

pytestmark = pytest.mark.django_db

PASSWORD = "Vahva-salasana-2026"


@pytest.fixture
def person():
    """A representative of one organisation, with listings, a registration and a report made
    with their address, and someone else's data next to theirs."""
    user = UserFactory(username="edustaja", email="edustaja@example.fi")
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    organisation = OrganisationFactory(name="Oma yhdistys ry", created_by=user)
    Representation.objects.create(
        organisation=organisation,
        user=user,
        status=Representation.Status.APPROVED,
        message="Olen yhdistyksen sihteeri.",
    )
    ActivityFactory(organisation=organisation, title="Oma kävelyryhmä", created_by=user)
    event = EventFactory(
        organisation=organisation,
        title="Oma työpaja",
        registration=Event.Registration.PORTAL,
        capacity=10,
    )
    EventRegistration.objects.create(
        event=event, status="confirmed", name="Eeva Edustaja", email="EDUSTAJA@example.fi"
    )
    EventRegistration.objects.create(
        event=event, status="confirmed", name="Toinen Ihminen", email="toinen@example.fi"
    )
    ErrorReport.objects.create(
        organisation=organisation, message="Puhelinnumero on vanha.", email=user.email
    )
    ErrorReport.objects.create(
        organisation=organisation, message="Osoite puuttuu.", email="toinen@example.fi"
    )
    other = OrganisationFactory(name="Vieras yhdistys ry")
    ActivityFactory(organisation=other, title="Vieras kerho")
    return user


def sign_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")


def test_every_register_entry_says_what_why_how_long_and_how_to_remove():
    keys = [category.key for category in categories()]
    assert len(keys) == len(set(keys))
    assert {"account", "representations", "listings", "event_registrations"} <= set(keys)
    assert {"error_reports", "sessions", "events"} <= set(keys)
    for category in categories():
        if category.in_notice:
            for text in (category.title, category.contents, category.purpose, category.removal):
                assert str(text).strip(), category.key
            assert str(category.retention_text).strip(), category.key


@override_settings(EVENT_REGISTRATION_RETENTION_DAYS=45, ERROR_REPORT_RETENTION_DAYS=200)
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["Tapahtumiin ilmoittautumiset", "45 päivää", "200 päivää", "Virheilmoitukset"]),
        ("sv", ["Anmälningar till evenemang", "45 dagar", "200 dagar", "Felanmälningar"]),
    ],
)
def test_the_privacy_notice_shows_the_register_as_the_code_keeps_it(client, language, expected):
    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    notice = home.add_child(
        instance=ContentPage(
            title="Tietosuojaseloste",
            slug="tietosuojaseloste",
            body=[("personal_data_register", None)],
        )
    )
    response = client.get(notice.url)
    assert response.status_code == 200
    shown = len([category for category in categories() if category.in_notice])
    assert response.content.decode().count("personal-data-register__item") == shown
    with translation.override(language):
        html = PersonalDataRegisterBlock().render(None)
    for text in expected:
        assert text in html


def test_the_download_holds_everything_about_the_person_and_nothing_of_others(client, person):
    sign_in(client, person)
    page = client.get(reverse("account_my_data"))
    assert page.status_code == 200
    assert reverse("account_download_data") in page.content.decode()
    response = client.get(reverse("account_download_data"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["format"] == EXPORT_FORMAT
    assert data["account"]["email"] == "edustaja@example.fi"
    assert data["account"]["email_addresses"][0]["verified"] is True
    assert "password" not in json.dumps(data["account"])
    assert data["representations"][0]["organisation"] == "Oma yhdistys ry"
    assert data["representations"][0]["message"] == "Olen yhdistyksen sihteeri."
    organisations = data["listings"]["organisations"]
    assert [item["name"] for item in organisations] == ["Oma yhdistys ry"]
    assert organisations[0]["state"] and organisations[0]["model"] == "organisation"
    assert [item["title"] for item in data["listings"]["activities"]] == ["Oma kävelyryhmä"]
    assert [item["title"] for item in data["events"]] == ["Oma työpaja"]
    assert [item["name"] for item in data["event_registrations"]] == ["Eeva Edustaja"]
    assert [item["message"] for item in data["error_reports"]] == ["Puhelinnumero on vanha."]
    text = json.dumps(data, ensure_ascii=False)
    for foreign in ("Vieras", "Toinen Ihminen", "toinen@example.fi", "Osoite puuttuu"):
        assert foreign not in text


def test_my_data_pages_need_signing_in(client):
    for name in ("account_my_data", "account_download_data", "account_delete"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


def test_a_wrong_password_keeps_the_account_and_what_was_typed(client, person):
    sign_in(client, person)
    response = client.post(
        reverse("account_delete"),
        {"password": "väärä", "confirm": "on", "handover_to": "seuraaja@example.fi"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Salasana ei ole oikein." in html
    assert 'value="seuraaja@example.fi"' in html
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_deleting_the_account_keeps_the_listings_with_the_organisation(client, person):
    organisation = Organisation.objects.get(name="Oma yhdistys ry")
    sign_in(client, person)
    form = client.get(reverse("account_delete"))
    html = form.content.decode()
    assert "Oma yhdistys ry" in html  # what happens to the organisation is said first
    assert 'name="handover_to"' in html and 'name="remove_registrations"' in html

    response = client.post(reverse("account_delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert not EmailAddress.objects.filter(email__iexact="edustaja@example.fi").exists()
    assert not Representation.objects.filter(organisation=organisation).exists()
    organisation.refresh_from_db()
    assert organisation.live and organisation.created_by is None
    activity = organisation.activities.get()
    assert activity.live and activity.created_by is None
    # Registrations need no account: they stay unless the person asked to remove them.
    assert EventRegistration.objects.filter(name="Eeva Edustaja").exists()
    assert not ErrorReport.objects.filter(email__iexact="edustaja@example.fi").exists()
    assert ErrorReport.objects.filter(message="Puhelinnumero on vanha.").exists()
    entry = ModelLogEntry.objects.get(action=REPRESENTATIVE_LEFT, object_id=str(organisation.pk))
    assert entry.user_id is None and entry.data == {"remaining": 0, "handed_over": False}
    with translation.override("en"):
        assert "no representative left" in entry.message
    # The session ended with the account.
    assert client.get(reverse("account_my_data")).status_code == 302


def test_the_organisation_can_be_passed_to_another_account(client, person, moderator):
    organisation = Organisation.objects.get(name="Oma yhdistys ry")
    successor = UserFactory(username="seuraaja", email="seuraaja@example.fi")
    sign_in(client, person)
    unknown = client.post(
        reverse("account_delete"),
        {"password": PASSWORD, "confirm": "on", "handover_to": "ei-ole@example.fi"},
    )
    assert "Tällä sähköpostiosoitteella ei ole käyttäjätiliä" in unknown.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()

    client.post(
        reverse("account_delete"),
        {"password": PASSWORD, "confirm": "on", "handover_to": "SEURAAJA@example.fi"},
    )
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert Organisation.objects.represented_by(successor).get() == organisation
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(organisation.pk)).values_list(
            "action", flat=True
        )
    )
    assert {HANDED_OVER, REPRESENTATIVE_LEFT} <= actions
    # Moderators read it in the organisation's history in the admin.
    client.force_login(moderator)
    history = client.get(
        reverse("wagtailsnippets_directory_organisation:history", args=[organisation.pk])
    )
    assert history.status_code == 200
    assert "Lähtevä edustaja siirsi järjestön" in history.content.decode()


def test_removing_registrations_with_the_account_gives_up_the_place(client, person):
    sign_in(client, person)
    client.post(
        reverse("account_delete"),
        {"password": PASSWORD, "confirm": "on", "remove_registrations": "on"},
    )
    assert not EventRegistration.objects.filter(name="Eeva Edustaja").exists()
    mine = EventRegistration.objects.exclude(name="Toinen Ihminen").get()
    assert mine.anonymised_at is not None and mine.email == "" and mine.status == "cancelled"
    assert EventRegistration.objects.get(name="Toinen Ihminen").status == "confirmed"


def test_staff_accounts_are_removed_by_administrators(client, moderator):
    moderator.is_staff = True
    moderator.save()
    client.force_login(moderator)
    assert client.get(reverse("account_delete")).status_code == 403
    assert client.post(reverse("account_delete"), {"confirm": "on"}).status_code == 403
    assert get_user_model().objects.filter(pk=moderator.pk).exists()


@override_settings(EVENT_REGISTRATION_RETENTION_DAYS=30, ERROR_REPORT_RETENTION_DAYS=100)
def test_retention_periods_are_applied_by_one_command(person):
    old = timezone.now() - datetime.timedelta(days=101)
    handled = ErrorReport.objects.get(message="Osoite puuttuu.")
    ErrorReport.objects.filter(pk=handled.pk).update(handled=True, created_at=old)
    ErrorReport.objects.filter(message="Puhelinnumero on vanha.").update(created_at=old)
    past = EventFactory(start=in_days(-40), organisation=Organisation.objects.first())
    EventRegistration.objects.create(event=past, status="confirmed", name="Vanha", email="v@e.fi")

    call_command("prune_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not ErrorReport.objects.filter(pk=handled.pk).exists()
    # An open report waits for a moderator, however old.
    assert ErrorReport.objects.filter(message="Puhelinnumero on vanha.").exists()
    assert not EventRegistration.objects.filter(name="Vanha").exists()
    assert EventRegistration.objects.filter(name="Eeva Edustaja").exists()
    assert prune_personal_data() == {"error_reports": 0, "event_registrations": 0}
