"""Registration for events on the portal: states, places, waiting list, links, e-mails,
participant lists, attendance, anonymisation and parallel sign-ups on PostgreSQL."""

import datetime
import re
import threading
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.management import call_command
from django.db import close_old_connections, connection
from django.template.loader import render_to_string
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from directory.events.models import Event
from directory.events.pages import CalendarPage
from directory.events.recurrence import HELSINKI
from directory.organisations.factories import OrganisationFactory
from directory.organisations.models import Representation
from directory.registrations.forms import EventRegistrationForm
from directory.registrations.models import EventRegistration
from directory.registrations.services import (
    REGISTRATIONS_PER_HOUR,
    RegistrationError,
    State,
    cancel,
    fill_places,
    make_token,
    register,
    registration_state,
)
from home.models import HomePage
from portal.demo import create_page
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

CONFIRMED = EventRegistration.Status.CONFIRMED
WAITLISTED = EventRegistration.Status.WAITLISTED
CANCELLED = EventRegistration.Status.CANCELLED


# --- fixtures -------------------------------------------------------------------------------
def make_calendar_page():
    home = HomePage.objects.get(locale__language_code="fi")
    return create_page(
        home,
        CalendarPage,
        {
            "slug": {"fi": "tapahtumat", "sv": "evenemang"},
            "title": {"fi": "Tapahtumat", "sv": "Evenemang"},
        },
        "test-calendar",
    )


@pytest.fixture
def calendar_page(db):
    """The calendar page in Finnish and Swedish."""
    return make_calendar_page()


def make_event(**overrides):
    start = timezone.now().astimezone(HELSINKI).replace(
        hour=18, minute=0, second=0, microsecond=0
    ) + datetime.timedelta(days=10)
    fields = {
        "title": "Kevätretki Puijolle",
        "summary": "Yhteinen retki ja eväät.",
        "description": "Lähdemme yhdessä Puijon tornille.",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "live": True,
        "registration": Event.Registration.PORTAL,
        "capacity": 3,
        "waitlist_capacity": 2,
        "venue_name": "Puijon torni",
        "street_address": "Puijontie 135",
        "postal_code": "70300",
        "contact_email": "retket@yhdistys.example.fi",
    }
    if "organisation" not in overrides:
        fields["organisation"] = OrganisationFactory()
    fields.update(overrides)
    event = Event(**fields)
    event.save()
    return event


@pytest.fixture
def event(calendar_page):
    return make_event()


def person(number, **overrides):
    data = {
        "name": f"Osallistuja {number}",
        "email": f"osallistuja{number}@example.fi",
        "phone": "",
        "organisation_name": "",
        "needs": "",
        "consent": True,
    }
    data.update(overrides)
    return data


def register_url(page, event, language="fi"):
    page = page.get_translation(page.locale.__class__.objects.get(language_code=language))
    return page.url + page.reverse_subpage("register", kwargs={"slug": event.slug})


def manage_path(page, registration, language="fi"):
    page = page.get_translation(page.locale.__class__.objects.get(language_code=language))
    return page.url + page.reverse_subpage(
        "registration", kwargs={"token": make_token(registration)}
    )


def form_data(**overrides):
    data = {
        "name": "Maija Meikäläinen",
        "email": "maija@example.fi",
        "phone": "040 123 4567",
        "organisation_name": "Kuopion Kävelijät ry",
        "needs": "Gluteeniton ruokavalio",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        username="toimittaja", email="toimittaja@example.fi", password="x"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def representative_of(organisation, django_user_model, username):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.fi", password="x"
    )
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    return user


# --- states ---------------------------------------------------------------------------------
def test_every_state(event):
    now = timezone.now()
    assert registration_state(event, now).key == State.OPEN
    assert registration_state(event, now).places_left == 3

    event.registration_opens = now + datetime.timedelta(days=1)
    assert registration_state(event, now).key == State.NOT_OPEN_YET
    assert registration_state(event, now + datetime.timedelta(days=2)).key == State.OPEN

    event.registration_opens = None
    event.registration_closes = now + datetime.timedelta(days=1)
    assert registration_state(event, now).key == State.OPEN
    assert registration_state(event, now + datetime.timedelta(days=1)).key == State.CLOSED

    event.registration_closes = None
    for number in range(3):
        register(event, person(number), now=now)
    state = registration_state(event, now)
    assert (state.key, state.confirmed, state.places_left) == (State.WAITLIST, 3, 0)
    assert state.waitlist_places_left == 2

    for number in range(3, 5):
        register(event, person(number), now=now)
    state = registration_state(event, now)
    assert (state.key, state.waitlisted, state.waitlist_places_left) == (State.FULL, 2, 0)

    # The event is over: closed, whatever the places.
    assert registration_state(event, event.end + datetime.timedelta(minutes=1)).key == State.CLOSED

    event.status = Event.Status.CANCELLED
    assert registration_state(event, now).key == State.CANCELLED


def test_a_recurring_event_stays_open_until_its_last_date(calendar_page):
    event = make_event(frequency="weekly", repeat_count=4)
    after_first = event.end + datetime.timedelta(days=1)
    assert event.occurrences.count() == 4
    assert registration_state(event, after_first).key == State.OPEN
    last_end = event.occurrences.order_by("-end").first().end
    assert registration_state(event, last_end + datetime.timedelta(minutes=1)).key == State.CLOSED


def test_states_are_labelled_in_both_languages(event):
    state = registration_state(event)
    labels = {}
    for language in ("fi", "sv"):
        with translation.override(language):
            labels[language] = (str(state.label), state.detail)
    assert labels["fi"] == ("Ilmoittautuminen auki", "3 paikkaa jäljellä.")
    assert labels["sv"] == ("Anmälan öppen", "3 platser kvar.")
    expected = {
        State.NOT_OPEN_YET: (
            "Ilmoittautuminen ei ole vielä alkanut",
            "Anmälan har inte öppnat ännu",
        ),
        State.WAITLIST: ("Varasijat", "Väntelista"),
        State.FULL: ("Täynnä", "Fullt"),
        State.CLOSED: ("Ilmoittautuminen päättynyt", "Anmälan stängd"),
        State.CANCELLED: ("Tapahtuma peruttu", "Evenemanget inställt"),
    }
    for key, (finnish, swedish) in expected.items():
        state.key = key
        state.opens = timezone.now()
        with translation.override("fi"):
            assert str(state.label) == finnish
            assert state.detail and state.detail != str(state.label)
        with translation.override("sv"):
            assert str(state.label) == swedish


def test_the_include_shows_the_state_with_one_query(
    event, calendar_page, rf, django_assert_num_queries
):

    request = rf.get("/")
    calendar_page.get_url(request)  # the page's view has found the site already
    with django_assert_num_queries(1):
        html = render_to_string(
            "directory/includes/event_registration.html",
            {"event": event, "calendar_page": calendar_page, "request": request},
        )
    assert "3 paikkaa jäljellä." in html
    assert f'href="/fi/tapahtumat/tapahtuma/{event.slug}/ilmoittaudu/"' in html
    assert "Ilmoittaudu" in html

    event.registration = Event.Registration.EMAIL
    html = render_to_string(
        "directory/includes/event_registration.html",
        {"event": event, "calendar_page": calendar_page},
    )
    assert html.strip() == ""


# --- places and the waiting list ------------------------------------------------------------
def test_places_then_waiting_list_then_refusal(event):
    statuses = [register(event, person(n), send=False).status for n in range(5)]
    assert statuses == [CONFIRMED] * 3 + [WAITLISTED] * 2
    with pytest.raises(RegistrationError) as refused:
        register(event, person(5), send=False)
    assert refused.value.code == State.FULL
    assert event.registrations.count() == 5


def test_an_address_holds_one_place_per_event(event):
    register(event, person(1), send=False)
    with pytest.raises(RegistrationError) as duplicate:
        register(event, person(2, email="OSALLISTUJA1@example.fi "), send=False)
    assert duplicate.value.code == RegistrationError.DUPLICATE
    # After cancelling, the same person may sign up again.
    cancel(event.registrations.get(), send=False)
    assert register(event, person(3, email="osallistuja1@example.fi"), send=False).status == (
        CONFIRMED
    )


def test_no_registration_outside_the_opening_times_or_for_cancelled_events(event):
    now = timezone.now()
    event.registration_opens = now + datetime.timedelta(hours=1)
    event.save()
    with pytest.raises(RegistrationError) as early:
        register(event, person(1), send=False)
    assert early.value.code == State.NOT_OPEN_YET

    event.registration_opens = now - datetime.timedelta(days=2)
    event.registration_closes = now - datetime.timedelta(minutes=1)
    event.save()
    with pytest.raises(RegistrationError) as late:
        register(event, person(1), send=False)
    assert late.value.code == State.CLOSED

    event.registration_closes = None
    event.status = Event.Status.CANCELLED
    event.save()
    with pytest.raises(RegistrationError) as cancelled:
        register(event, person(1), send=False)
    assert cancelled.value.code == State.CANCELLED
    assert not event.registrations.exists()


def test_no_registration_for_events_that_are_not_public(event):
    event.live = False
    event.save()
    with pytest.raises(RegistrationError):
        register(event, person(1), send=False)
    event.live = True
    event.save()
    event.organisation.live = False
    event.organisation.save()
    with pytest.raises(RegistrationError):
        register(event, person(1), send=False)
    assert not event.registrations.exists()


def test_cancelling_a_place_promotes_the_first_on_the_waiting_list(
    event, django_capture_on_commit_callbacks
):
    people = [register(event, person(n), send=False) for n in range(5)]
    first_waiting, second_waiting = people[3], people[4]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        cancelled, promoted = cancel(people[1])
    assert cancelled.status == CANCELLED and cancelled.cancelled_at
    assert promoted == [first_waiting]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == CONFIRMED and first_waiting.promoted_at
    assert second_waiting.status == WAITLISTED
    assert registration_state(event).confirmed == 3
    assert [message.to for message in mail.outbox] == [
        ["osallistuja1@example.fi"],
        ["osallistuja3@example.fi"],
    ]
    assert "Sait paikan" in mail.outbox[1].subject

    # Cancelling twice changes nothing; leaving the waiting list promotes nobody.
    assert cancel(people[1], send=False)[1] == []
    assert cancel(second_waiting, send=False)[1] == []
    assert registration_state(event).confirmed == 3


def test_no_promotion_after_the_event_or_when_it_is_cancelled(event):
    people = [register(event, person(n), send=False) for n in range(4)]
    event.status = Event.Status.CANCELLED
    event.save()
    assert cancel(people[0], send=False)[1] == []
    people[3].refresh_from_db()
    assert people[3].status == WAITLISTED


def test_raising_the_capacity_fills_places_from_the_waiting_list(event):
    for number in range(5):
        register(event, person(number), send=False)
    event.capacity = 4
    event.save()
    promoted = fill_places(event)
    assert [p.email for p in promoted] == ["osallistuja3@example.fi"]
    assert registration_state(event).confirmed == 4


# --- the public form ------------------------------------------------------------------------
def test_the_form_asks_what_the_event_asks(event):
    form = EventRegistrationForm(event=event)
    assert list(form.fields) == [
        "homepage",
        "name",
        "email",
        "organisation_name",
        "needs",
        "consent",
    ]
    event.ask_phone, event.ask_organisation, event.ask_needs = True, False, False
    assert list(EventRegistrationForm(event=event).fields) == [
        "homepage",
        "name",
        "email",
        "phone",
        "consent",
    ]


def test_signing_up_on_the_form(client, event, calendar_page, django_capture_on_commit_callbacks):
    event.ask_phone = True
    event.save()
    url = register_url(calendar_page, event)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for attribute in (
        'autocomplete="name"',
        'autocomplete="email"',
        'autocomplete="tel"',
        'autocomplete="organization"',
    ):
        assert attribute in html
    assert "(pakollinen)" in html

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    registration = EventRegistration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == manage_path(calendar_page, registration)
    assert registration.status == CONFIRMED
    assert registration.language == "fi"
    assert (registration.phone, registration.organisation_name, registration.needs) == (
        "040 123 4567",
        "Kuopion Kävelijät ry",
        "Gluteeniton ruokavalio",
    )
    assert registration.consent is True
    assert len(mail.outbox) == 1

    follow = client.get(response["Location"])
    assert "Kiitos! Paikkasi on vahvistettu." in follow.content.decode()


def test_errors_keep_what_was_typed(client, event, calendar_page):
    url = register_url(calendar_page, event)
    response = client.post(url, form_data(consent="", email="ei-osoite"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'href="#id_email"' in html and 'href="#id_consent"' in html
    assert 'value="Maija Meikäläinen"' in html
    assert "Gluteeniton ruokavalio" in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'id="id_email_error"' in html and 'id="id_email_helptext"' in html
    assert not EventRegistration.objects.exists()


def test_a_second_sign_up_with_the_same_address_is_explained(client, event, calendar_page):
    url = register_url(calendar_page, event)
    client.post(url, form_data())
    response = client.post(url, form_data(name="Maija M.", email="MAIJA@example.fi"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tällä sähköpostiosoitteella on jo ilmoittauduttu" in html
    assert 'value="Maija M."' in html
    assert EventRegistration.objects.count() == 1


def test_swedish_sign_up_and_messages(
    client, event, calendar_page, django_capture_on_commit_callbacks
):
    url = register_url(calendar_page, event, "sv")
    assert url.startswith("/sv/evenemang/")
    response = client.post(url, form_data(consent=""))
    assert "Anmälan kräver ditt samtycke." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert registration.language == "sv"
    message = mail.outbox[0]
    assert message.subject == "Anmälan bekräftad: Kevätretki Puijolle"
    assert "http://testserver/sv/evenemang/anmalan/" in message.body


def test_the_honeypot_and_the_rate_limit(client, event, calendar_page):
    url = register_url(calendar_page, event)
    response = client.post(url, form_data(homepage="http://spam.example"))
    assert response.status_code == 200
    assert not EventRegistration.objects.exists()

    event.capacity = 100
    event.waitlist_capacity = 0
    event.save()

    for number in range(REGISTRATIONS_PER_HOUR):
        client.post(url, form_data(email=f"henkilo{number}@example.fi"))
    response = client.post(url, form_data(email="yksi-liikaa@example.fi"))
    assert response.status_code == 429
    assert EventRegistration.objects.count() == REGISTRATIONS_PER_HOUR


def test_behind_the_trusted_proxy_every_visitor_has_a_limit_of_their_own(
    client, event, calendar_page, settings
):
    """Many people signing up through one proxy address fill the event; each visitor is
    counted from the proxy's X-Forwarded-For, which a visitor cannot forge."""
    settings.TRUSTED_PROXY_COUNT = 1
    event.capacity = REGISTRATIONS_PER_HOUR + 20
    event.waitlist_capacity = 0
    event.save()
    url = register_url(calendar_page, event)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for number in range(event.capacity):
        response = client.post(
            url,
            form_data(email=f"henkilo{number}@example.fi"),
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number + 1}",
            **proxy,
        )
        assert response.status_code == 302, number
    assert EventRegistration.objects.count() == event.capacity
    # One visitor forging other addresses in front of the real one is still one visitor.
    event.capacity += REGISTRATIONS_PER_HOUR + 5
    event.save()
    codes = [
        client.post(
            url,
            form_data(email=f"huijari{number}@example.fi"),
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.9",
            **proxy,
        ).status_code
        for number in range(REGISTRATIONS_PER_HOUR + 1)
    ]
    assert codes[-1] == 429 and codes.count(429) == 1


def test_only_public_portal_events_have_a_form(client, calendar_page):
    hidden = make_event(live=False)
    by_email = make_event(
        registration=Event.Registration.EMAIL, registration_email="ilmo@example.fi"
    )
    unpublished_organiser = make_event(organisation=OrganisationFactory(live=False))
    for event in (hidden, by_email, unpublished_organiser):
        url = register_url(calendar_page, event)
        assert client.get(url).status_code == 404
        assert client.post(url, form_data()).status_code == 404
    assert not EventRegistration.objects.exists()


def test_a_cancelled_or_full_event_shows_why_and_takes_nobody(client, calendar_page):
    cancelled = make_event(status=Event.Status.CANCELLED)
    url = register_url(calendar_page, cancelled)
    page = client.get(url).content.decode()
    assert "Tapahtuma on peruttu" in page
    assert '<form method="post" novalidate' not in page
    assert client.post(url, form_data()).status_code == 200
    assert not EventRegistration.objects.exists()

    full = make_event(capacity=1, waitlist_capacity=0)
    register(full, person(1), send=False)
    html = client.get(register_url(calendar_page, full)).content.decode()
    assert "Täynnä" in html and 'name="consent"' not in html


def test_the_waiting_list_form_and_e_mail(
    client, calendar_page, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, waitlist_capacity=3)
    register(event, person(1), send=False)
    url = register_url(calendar_page, event)
    assert "Ilmoittaudu varasijalle" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, form_data())
    registration = EventRegistration.objects.get(email="maija@example.fi")
    assert registration.status == WAITLISTED
    message = mail.outbox[0]
    assert message.subject == "Olet varasijalla: Kevätretki Puijolle"
    assert "Sijasi jonossa: 1." in message.body


# --- e-mails and the signed link ------------------------------------------------------------
def test_the_confirmation_e_mail(client, event, calendar_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(calendar_page, event), form_data())
    registration = EventRegistration.objects.get()
    message = mail.outbox[0]
    assert message.to == ["maija@example.fi"]
    assert message.reply_to == ["retket@yhdistys.example.fi"]
    assert message.subject == "Ilmoittautuminen vahvistettu: Kevätretki Puijolle"
    local = event.start.astimezone(HELSINKI)
    assert f"{local:%-d.%-m.%Y} 18.00–20.00" in message.body
    assert "Puijon torni" in message.body and "Puijontie 135" in message.body
    assert f"http://testserver/fi/tapahtumat/tapahtuma/{event.slug}/" in message.body
    link = re.search(r"http://testserver(/fi/tapahtumat/ilmoittautuminen/[^/\s]+/)", message.body)
    assert link and link.group(1) == manage_path(calendar_page, registration)


@override_settings(PORTAL_BASE_URL="https://portaali.example.fi")
def test_e_mail_links_start_with_the_portal_base(
    client, event, calendar_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(calendar_page, event), form_data())
    body = mail.outbox[0].body
    assert f"https://portaali.example.fi/fi/tapahtumat/tapahtuma/{event.slug}/" in body
    assert "https://portaali.example.fi/fi/tapahtumat/ilmoittautuminen/" in body
    assert "testserver" not in body and "localhost" not in body


def test_the_link_shows_the_registration_and_only_a_post_cancels(
    client, calendar_page, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, waitlist_capacity=1)
    holder = register(event, person(1))
    waiting = register(event, person(2))
    mail.outbox.clear()
    url = manage_path(calendar_page, holder)

    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Paikkasi on vahvistettu" in html and "osallistuja1@example.fi" in html
    assert 'name="action" value="cancel"' in html
    assert 'content="noindex, nofollow"' in html
    holder.refresh_from_db()
    assert holder.status == CONFIRMED  # a mail scanner following the link cancels nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "cancel"})
    assert response.status_code == 302
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == CANCELLED
    assert waiting.status == CONFIRMED
    receipt, promotion = mail.outbox
    assert receipt.to == ["osallistuja1@example.fi"]
    assert receipt.subject == "Ilmoittautuminen peruttu: Kevätretki Puijolle"
    assert promotion.to == ["osallistuja2@example.fi"]
    assert promotion.subject == "Sait paikan: Kevätretki Puijolle"
    assert manage_path(calendar_page, waiting) in promotion.body
    html = client.get(url).content.decode()
    assert "Tämä ilmoittautuminen on peruttu" in html
    assert 'value="cancel"' not in html


def test_a_tampered_or_foreign_link_is_refused(client, event, calendar_page):
    registration = register(event, person(1), send=False)
    url = manage_path(calendar_page, registration)
    tampered = url.replace(make_token(registration), make_token(registration)[:-2] + "xx")
    assert client.get(tampered).status_code == 400
    assert client.post(tampered, {"action": "cancel"}).status_code == 400

    # Signed for something else (another salt), or for a registration that does not exist.
    other_signer = signing.Signer(salt="directory.confirm")
    foreign = f"{registration.pk}-{other_signer.signature(str(registration.pk))}"
    missing = EventRegistration(pk=registration.pk + 100)
    for token, status in ((foreign, 400), (make_token(missing), 404)):
        url = calendar_page.url + calendar_page.reverse_subpage(
            "registration", kwargs={"token": token}
        )
        assert client.post(url, {"action": "cancel"}).status_code == status
    registration.refresh_from_db()
    assert registration.status == CONFIRMED


def test_the_link_works_in_the_other_language_too(client, event, calendar_page):
    registration = register(event, person(1), language="fi", send=False)
    html = client.get(manage_path(calendar_page, registration, "sv")).content.decode()
    assert "Din plats är bekräftad" in html


# --- organisers and staff -------------------------------------------------------------------
def test_representatives_see_and_export_their_participants(
    client, event, calendar_page, django_user_model
):

    register(event, person(1, needs="Pyörätuoli", organisation_name="=HYPERLINK()"), send=False)
    for number in range(2, 5):
        register(event, person(number), send=False)
    cancel(event.registrations.get(email="osallistuja4@example.fi"), send=False)

    page_url = reverse("directory_event_participants", args=[event.pk])
    csv_url = reverse("directory_event_participants_csv", args=[event.pk])
    assert client.get(page_url).status_code == 302  # to sign-in
    assert client.get(csv_url).status_code == 302

    stranger = representative_of(OrganisationFactory(), django_user_model, "vieras")
    client.force_login(stranger)
    assert client.get(page_url).status_code == 404
    assert client.get(csv_url).status_code == 404
    assert (
        client.post(page_url, {f"attended-{event.registrations.first().pk}": "yes"}).status_code
        == 404
    )

    owner = representative_of(event.organisation, django_user_model, "jarjestaja")
    client.force_login(owner)
    html = client.get(page_url).content.decode()
    assert "Osallistuja 1" in html and "Pyörätuoli" in html
    assert "Osallistuja 4" not in html  # cancelled

    response = client.get(csv_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="participants-{event.slug}.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("Nimi,Sähköposti,Puhelin,Organisaatio")
    assert len(lines) == 4  # heading, three confirmed, no cancelled one
    assert "Osallistuja 1,osallistuja1@example.fi,,'=HYPERLINK(),Pyörätuoli,Vahvistettu" in text


def test_marking_attendance_on_the_participant_page(client, event, django_user_model):

    first = register(event, person(1), send=False)
    second = register(event, person(2), send=False)
    owner = representative_of(event.organisation, django_user_model, "jarjestaja")
    client.force_login(owner)
    url = reverse("directory_event_participants", args=[event.pk])
    response = client.post(url, {f"attended-{first.pk}": "yes", f"attended-{second.pk}": "no"})
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.attended, second.attended) == (True, False)
    client.post(url, {f"attended-{first.pk}": ""})
    first.refresh_from_db()
    assert first.attended is None


def test_staff_see_participants_in_the_admin_and_export_them(
    client, event, moderator, editor, django_user_model
):

    register(event, person(1, needs="@SUM(1)"), send=False)
    register(make_event(title="Toinen tapahtuma"), person(2), send=False)
    index = reverse("directory_participants:index")

    client.force_login(moderator)
    response = client.get(index, {"event": event.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Osallistuja 1" in html and "Osallistuja 2" not in html
    assert "export=csv" in html

    export = client.get(index, {"event": event.pk, "export": "csv"})
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode()
    assert "Osallistuja 1" in text and "Osallistuja 2" not in text
    assert "'@SUM(1)" in text
    local = event.start.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M")
    assert local in text

    # Nobody adds registrations in the admin: they would skip the places and the e-mails.
    add = reverse("directory_participants:add")
    assert client.get(add).status_code in (
        302,
        403,
    )

    client.force_login(editor)
    assert client.get(index).status_code == 200

    plain = django_user_model.objects.create_user(
        username="tavallinen", password="x", is_staff=False
    )
    client.force_login(plain)
    assert client.get(index).status_code in (302, 403)


def test_participants_export_has_headings_in_the_staff_members_language(client, event):
    register(event, person(1), send=False)
    swedish = UserFactory(username="moderator", groups=["Moderators"])
    profile = UserProfile.get_for_user(swedish)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(swedish)
    export = client.get(reverse("directory_participants:index"), {"export": "csv"})
    heading = b"".join(export.streaming_content).decode().splitlines()[0]
    with translation.override("sv"):
        assert heading.startswith(f"{translation.gettext('Event')},")


def test_staff_mark_attendance_and_cancel_in_the_admin(
    client, event, editor, django_capture_on_commit_callbacks
):

    people = [register(event, person(n), send=False) for n in range(4)]
    client.force_login(editor)

    edit = reverse("directory_participants:edit", args=[people[0].pk])
    response = client.post(edit, {"attended": "true"})
    assert response.status_code == 302
    people[0].refresh_from_db()
    assert people[0].attended is True and people[0].status == CONFIRMED

    bulk = reverse(
        "wagtail_bulk_action",
        args=["registrations", "eventregistration", "mark_absent"],
    )
    query = f"?id={people[1].pk}&id={people[2].pk}&next=/admin/"
    assert client.get(bulk + query).status_code == 200
    client.post(bulk + query)
    assert list(
        EventRegistration.objects.filter(pk__in=[people[1].pk, people[2].pk]).values_list(
            "attended", flat=True
        )
    ) == [False, False]

    cancel_url = reverse(
        "wagtail_bulk_action", args=["registrations", "eventregistration", "cancel_registration"]
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url + f"?id={people[1].pk}&next=/admin/")
    people[1].refresh_from_db()
    people[3].refresh_from_db()
    assert people[1].status == CANCELLED
    assert people[3].status == CONFIRMED  # promoted from the waiting list
    assert len(mail.outbox) == 2


# --- anonymisation --------------------------------------------------------------------------
def test_anonymisation_after_the_retention_time(calendar_page):
    now = timezone.now()
    old = make_event(
        start=now - datetime.timedelta(days=40), end=now - datetime.timedelta(days=40, hours=-2)
    )
    recent = make_event(
        start=now - datetime.timedelta(days=10), end=now - datetime.timedelta(days=10, hours=-2)
    )
    coming = make_event()
    for number, event in enumerate((old, recent, coming)):
        EventRegistration.objects.create(
            event=event,
            status=CONFIRMED,
            name=f"Henkilö {number}",
            email=f"henkilo{number}@example.fi",
            phone="040 000 0000",
            organisation_name="Yhdistys",
            needs="Laktoositon",
            consent=True,
            language="fi",
            attended=True,
        )

    out = StringIO()
    call_command("anonymise_registrations", stdout=out)
    assert "Anonymised 1 registrations." in out.getvalue()
    anonymised = old.registrations.get()
    assert anonymised.anonymised_at is not None
    assert (anonymised.email, anonymised.phone, anonymised.organisation_name, anonymised.needs) == (
        "",
        "",
        "",
        "",
    )
    assert "Henkilö" not in anonymised.name
    assert anonymised.attended is True and anonymised.status == CONFIRMED
    assert recent.registrations.get().anonymised_at is None
    assert coming.registrations.get().anonymised_at is None

    # Idempotent.
    out = StringIO()
    call_command("anonymise_registrations", stdout=out)
    assert "Anonymised 0 registrations." in out.getvalue()

    call_command("anonymise_registrations", "--days=5", stdout=StringIO())
    assert recent.registrations.get().anonymised_at is not None
    assert coming.registrations.get().anonymised_at is None

    with override_settings(EVENT_REGISTRATION_RETENTION_DAYS=0):
        call_command("anonymise_registrations", stdout=StringIO())
    assert coming.registrations.get().anonymised_at is None


def test_anonymisation_waits_for_the_last_date_of_a_recurring_event(calendar_page):
    now = timezone.now()
    event = make_event(
        start=now - datetime.timedelta(days=60),
        end=now - datetime.timedelta(days=60, hours=-2),
        frequency="weekly",
        repeat_count=10,  # the last date is about three weeks from now
    )
    register(event, person(1), send=False)
    call_command("anonymise_registrations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert event.registrations.get().anonymised_at is None


def test_an_anonymised_registration_has_no_page(client, event, calendar_page):
    registration = register(event, person(1), send=False)
    EventRegistration.objects.filter(pk=registration.pk).update(anonymised_at=timezone.now())
    assert client.get(manage_path(calendar_page, registration)).status_code == 404


# --- parallel sign-ups on PostgreSQL --------------------------------------------------------
def _fire(event, people):
    """Sign everyone up at the same moment, each in a thread with its own connection."""
    barrier = threading.Barrier(len(people))
    outcomes = [None] * len(people)

    def sign_up(index, data):
        close_old_connections()
        try:
            barrier.wait(timeout=10)
            outcomes[index] = register(event, data, send=False).status
        except RegistrationError as error:
            outcomes[index] = f"refused:{error.code}"
        except Exception as error:  # noqa: BLE001 - reported by the assertions below
            outcomes[index] = f"error:{error!r}"
        finally:
            connection.close()

    threads = [
        threading.Thread(target=sign_up, args=(index, data)) for index, data in enumerate(people)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def _nearly_full_event(capacity, waitlist_capacity, taken):
    event = make_event(capacity=capacity, waitlist_capacity=waitlist_capacity)
    for number in range(taken):
        EventRegistration.objects.create(
            event=event,
            status=CONFIRMED,
            name=f"Aiempi {number}",
            email=f"aiempi{number}@example.fi",
            consent=True,
            language="fi",
        )
    return event


@pytest.mark.parametrize(
    ("waitlist_capacity", "expected_waitlisted", "expected_refused"), [(20, 11, 0), (4, 4, 7)]
)
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_sign_ups_never_exceed_the_capacity(
    waitlist_capacity, expected_waitlisted, expected_refused
):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (DATABASE_URL)")
    event = _nearly_full_event(capacity=5, waitlist_capacity=waitlist_capacity, taken=4)
    people = [person(number) for number in range(12)]

    outcomes = _fire(event, people)

    assert not [o for o in outcomes if o is None or o.startswith("error")], outcomes
    assert outcomes.count(CONFIRMED) == 1
    assert outcomes.count(WAITLISTED) == expected_waitlisted
    assert outcomes.count(f"refused:{State.FULL}") == expected_refused
    rows = list(event.registrations.values_list("email", "status"))
    assert sum(1 for _email, status in rows if status == CONFIRMED) == 5
    assert sum(1 for _email, status in rows if status == WAITLISTED) == expected_waitlisted
    # Nobody lost, nobody twice: exactly the accepted people have exactly one row each.
    accepted = {
        data["email"]
        for data, outcome in zip(people, outcomes, strict=True)
        if outcome
        in (
            CONFIRMED,
            WAITLISTED,
        )
    }
    new_rows = [email for email, _status in rows if email.startswith("osallistuja")]
    assert sorted(new_rows) == sorted(accepted)
    for data, outcome in zip(people, outcomes, strict=True):
        status = dict(rows).get(data["email"])
        assert status == (outcome if outcome in (CONFIRMED, WAITLISTED) else None)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_sign_ups_with_one_address_make_one_registration():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (DATABASE_URL)")
    event = _nearly_full_event(capacity=5, waitlist_capacity=5, taken=0)
    outcomes = _fire(event, [person(1, name=f"Sama {n}") for n in range(8)])
    assert outcomes.count(CONFIRMED) == 1
    assert outcomes.count(f"refused:{RegistrationError.DUPLICATE}") == 7
    assert event.registrations.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_cancellations_promote_each_waiting_person_once():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (DATABASE_URL)")
    event = _nearly_full_event(capacity=3, waitlist_capacity=10, taken=0)
    people = [register(event, person(n), send=False) for n in range(8)]
    holders = people[:3]
    barrier = threading.Barrier(len(holders) * 2)
    errors = []

    def cancel_it(registration):
        close_old_connections()
        try:
            barrier.wait(timeout=10)
            cancel(registration, send=False)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connection.close()

    # Each holder's cancel link is clicked twice at the same moment.
    threads = [
        threading.Thread(target=cancel_it, args=(registration,))
        for registration in holders
        for _twice in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    statuses = dict(event.registrations.values_list("email", "status"))
    assert [statuses[p.email] for p in people] == [CANCELLED] * 3 + [CONFIRMED] * 3 + [
        WAITLISTED
    ] * 2


def test_a_registrant_removes_their_own_data_with_the_signed_link(
    client, event, calendar_page, django_capture_on_commit_callbacks
):
    people = [register(event, person(n), send=False) for n in range(4)]  # 3 places, 1 waiting
    own = people[0]
    path = manage_path(calendar_page, own)
    page = client.get(path).content.decode()
    assert "Poista tietoni" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, {"action": "remove"})
    assert response.status_code == 200
    assert "Tietosi on poistettu" in response.content.decode()
    own.refresh_from_db()
    assert (own.name, own.email, own.phone, own.needs) == ("–", "", "", "")
    assert own.status == CANCELLED and own.anonymised_at is not None
    # The place went to the first on the waiting list, who was told; the link is dead now.
    people[3].refresh_from_db()
    assert people[3].status == CONFIRMED
    assert [message.to for message in mail.outbox] == [
        ["osallistuja0@example.fi"],
        ["osallistuja3@example.fi"],
    ]
    assert client.get(path).status_code == 404
