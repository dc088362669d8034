"""Dates and times on the public forms, in every language, and the error summary (issue 14).

In Finnish Django renders dates as 01.01.2027 and times as 17.00.00; inside ``type=date`` and
``type=time`` inputs browsers throw such values away, so an edit came back with the times empty
and the validity dates dropped. Every date and time input renders the formats HTML requires.
"""

import datetime
import re

import pytest
from django import forms

from directory.events.factories import EventFactory
from directory.events.models import Event
from directory.listings.forms import IsoDateInput, IsoDateTimeInput, IsoTimeInput
from directory.organisations.factories import ActivityFactory
from directory.organisations.models import Activity, WeeklySlot
from directory.registrations.forms import EventRegistrationForm
from directory.submissions import forms as submission_forms

from .support import activity_data

pytestmark = pytest.mark.django_db

PUBLIC_FORMS = [
    submission_forms.OrganisationForm,
    submission_forms.ActivityForm,
    submission_forms.EventForm,
    submission_forms.WeeklySlotForm,
    submission_forms.RepresentationRequestForm,
    submission_forms.ErrorReportForm,
    EventRegistrationForm,
]
WIDGETS = {
    forms.DateTimeField: IsoDateTimeInput,
    forms.DateField: IsoDateInput,
    forms.TimeField: IsoTimeInput,
}


@pytest.mark.parametrize("form_class", PUBLIC_FORMS, ids=lambda form: form.__name__)
def test_every_date_and_time_field_of_a_public_form_uses_the_iso_widgets(form_class):
    for name, field in form_class.base_fields.items():
        for field_class, widget_class in WIDGETS.items():
            if isinstance(field, field_class):
                assert isinstance(field.widget, widget_class), f"{form_class.__name__}.{name}"


def value_of(html, name):
    match = re.search(rf'<input type="[\w-]+" name="{re.escape(name)}" value="([^"]*)"', html)
    return match.group(1) if match else None


@pytest.fixture
def activity_with_times(representative):
    activity = ActivityFactory(
        organisation=representative.represented_organisations.get(),
        title="Kävelyryhmä",
        valid_from=datetime.date(2027, 1, 1),
        valid_to=datetime.date(2027, 5, 31),
        themes=["leisure"],
    )
    WeeklySlot.objects.create(
        activity=activity, weekday=1, start_time=datetime.time(17), end_time=datetime.time(18, 30)
    )
    WeeklySlot.objects.create(activity=activity, weekday=3, start_time=datetime.time(9, 15))
    return activity


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_an_activity_form_shows_times_and_dates_as_html_needs_them(
    client, representative, activity_with_times, language
):
    client.force_login(representative)
    html = client.get(f"/{language}/my/activity/{activity_with_times.pk}/").content.decode()
    assert value_of(html, "slots-0-start_time") == "17:00"
    assert value_of(html, "slots-0-end_time") == "18:30"
    assert value_of(html, "slots-1-start_time") == "09:15"
    assert value_of(html, "valid_from") == "2027-01-01"
    assert value_of(html, "valid_to") == "2027-05-31"
    assert "17.00" not in html and "1.1.2027" not in html


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_an_event_form_shows_its_dates_as_html_needs_them(client, representative, language):
    event = EventFactory(
        organisation=representative.represented_organisations.get(),
        start=datetime.datetime(2027, 3, 4, 18, 0, tzinfo=datetime.UTC),  # 20:00 in Helsinki
        end=datetime.datetime(2027, 3, 4, 20, 0, tzinfo=datetime.UTC),
        frequency=Event.Frequency.WEEKLY,
        repeat_until=datetime.date(2027, 4, 1),
        registration=Event.Registration.PORTAL,
        capacity=20,
        registration_closes=datetime.datetime(2027, 3, 3, 10, 0, tzinfo=datetime.UTC),
    )
    client.force_login(representative)
    html = client.get(f"/{language}/my/event/{event.pk}/").content.decode()
    assert value_of(html, "start") == "2027-03-04T20:00"
    assert value_of(html, "end") == "2027-03-04T22:00"
    assert value_of(html, "registration_closes") == "2027-03-03T12:00"
    assert value_of(html, "repeat_until") == "2027-04-01"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_sending_the_form_back_as_shown_keeps_the_times_and_the_dates(
    client, representative, activity_with_times, language
):
    """What a browser sends back unchanged: every input's value as the page rendered it."""
    client.force_login(representative)
    url = f"/{language}/my/activity/{activity_with_times.pk}/"
    html = client.get(url).content.decode()
    data = activity_data(activity_with_times.organisation, title="Kävelyryhmä")
    data.update({"slots-TOTAL_FORMS": "3", "slots-INITIAL_FORMS": "2"})
    for name in (
        "valid_from",
        "valid_to",
        *(f"slots-{n}-{field}" for n in range(3) for field in ("start_time", "end_time")),
    ):
        data[name] = value_of(html, name) or ""
    data.update({"slots-0-weekday": "1", "slots-1-weekday": "3", "slots-2-weekday": ""})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    sent = Activity.objects.get(pk=activity_with_times.pk).get_latest_revision_as_object()
    assert (sent.valid_from, sent.valid_to) == (
        datetime.date(2027, 1, 1),
        datetime.date(2027, 5, 31),
    )
    assert [(s.weekday, s.start_time, s.end_time) for s in sent.slots.all()] == [
        (1, datetime.time(17), datetime.time(18, 30)),
        (3, datetime.time(9, 15), None),
    ]


def test_finnish_typed_times_and_dates_are_still_understood(client, representative):
    """A browser without date and time pickers sends what the person typed."""
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = activity_data(
        organisation,
        **{"slots-0-start_time": "17.00", "valid_from": "1.1.2027", "valid_to": "2027-02-01"},
    )
    assert client.post("/fi/my/activity/new/", data).status_code == 302
    activity = Activity.objects.get(title="Kävelyryhmä")
    assert activity.valid_from == datetime.date(2027, 1, 1)
    assert activity.slots.get().start_time == datetime.time(17)


def summary(html):
    start = html.index('class="error-summary"')
    return html[start : html.index("</div>", start)]


@pytest.mark.parametrize(
    ("language", "slot_label", "field_label"),
    [("fi", "Viikoittainen aika 2", "Alkaa"), ("sv", "Veckotid 2", "Börjar")],
)
def test_the_summary_lists_the_errors_of_the_weekly_times_with_links(
    client, representative, language, slot_label, field_label
):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = activity_data(
        organisation,
        title="",
        themes=[],
        **{"slots-1-weekday": "4", "slots-1-start_time": "", "slots-2-start_time": "25:99"},
    )
    html = client.post(f"/{language}/my/activity/new/", data).content.decode()
    box = summary(html)
    assert 'role="alert"' in html
    assert 'href="#id_title"' in box
    assert 'href="#id_slots-1-start_time"' in box and f"{slot_label}: {field_label}" in box
    assert 'href="#id_slots-2-start_time"' in box
    # Each link leads to a field that exists on the page.
    for anchor in re.findall(r'href="#([^"]+)"', box):
        assert f'id="{anchor}"' in html, anchor
    assert not Activity.objects.exists()


def test_the_summary_links_a_formsets_own_errors_and_a_group_of_choices(client, representative):
    client.force_login(representative)
    organisation = representative.represented_organisations.get()
    data = activity_data(organisation, **{"slots-TOTAL_FORMS": "8"})
    for number in range(8):
        data[f"slots-{number}-weekday"] = str(number % 7)
        data[f"slots-{number}-start_time"] = "10:00"
    html = client.post("/fi/my/activity/new/", data).content.decode()
    box = summary(html)
    assert 'href="#slots-errors"' in box and 'id="slots-errors"' in html
    # A checkbox group's error links to its first choice.
    html = client.post(
        "/fi/my/activity/new/", activity_data(organisation, themes=["x"], title="")
    ).content.decode()
    assert 'href="#id_themes_0"' in summary(html) and 'id="id_themes_0"' in html
