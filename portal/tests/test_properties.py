"""Property-based tests (Hypothesis): whatever a visitor sends to a public query parameter,
route argument or form field, the answer is never a server error (5xx). They run on SQLite and
on PostgreSQL (``DATABASE_URL``), whose stricter text handling (e.g. NUL) is the reason to."""

import datetime

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from blog.factories import BlogIndexPageFactory
from directory.events.factories import EventFactory, in_days
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Organisation, Representation
from directory.registrations.tests.test_registration import form_data, register_url
from directory.submissions.forms import (
    ActivityForm,
    EventForm,
    OrganisationForm,
    RepresentationRequestForm,
)
from directory.submissions.tests.test_submissions import activity_data, organisation_data
from home.models import HomePage
from pilots.factories import CentreIndexPageFactory, GuidanceIndexPageFactory
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Any text, including control characters, surrogates left out (not valid in a URL or form).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
NUMBER_LIKE = st.one_of(
    st.integers().map(str),
    st.from_regex(r"\A[0-9\u0660-\u0669\u00b2\u00b3]{1,30}\Z"),  # incl. non-ASCII digits
    st.dates().map(str),
    st.datetimes().map(lambda value: value.isoformat()),
)
VALUE = st.one_of(TEXT, NUMBER_LIKE)
# Dates and times, with the ends of Python's range: in Helsinki, 0001-01-01T00:00 is still
# year 0 in UTC, which no datetime can hold (a form that took it answered 500 when saving).
DATE_VALUE = st.one_of(
    st.sampled_from(
        [
            "0001-01-01T00:00",
            "0001-01-01T01:39",
            "9999-12-31T23:59",
            "0001-01-01",
            "9999-12-31",
            "1.1.1",
            "31.12.9999",
            "2026-03-29T03:30",  # a time the clocks skip in spring
            "2026-10-25T03:30",  # a time that happens twice in autumn
        ]
    ),
    st.datetimes().map(lambda value: value.isoformat(timespec="minutes")),
    st.dates().map(str),
    st.dates().map(lambda value: f"{value.day}.{value.month}.{value.year}"),
    st.times().map(str),
    NUMBER_LIKE,
)


# What a form field may get besides: other ways to write dates, times and numbers, very long
# text, and several values for one name.
FIELD_VALUE = st.one_of(
    VALUE,
    DATE_VALUE,
    st.floats().map(str),  # incl. nan, inf, 1e+300
    st.sampled_from(["x" * 100_000, "9" * 5000, "ä\n" * 20_000]),
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=100),  # no control chars
    st.lists(VALUE, min_size=2, max_size=3),
)


@pytest.fixture
def public_pages(calendar_page):
    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    blog = BlogIndexPageFactory(parent=home, slug="blogi", title="Blogi")
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    centres = CentreIndexPageFactory(parent=guidance, slug="keskukset")
    return {
        "/fi/hakemisto/": [
            "q",
            "municipality",
            "theme",
            "target",
            "kind",
            "language",
            "channel",
            "free",
            "access",
            "sort",
            "page",
        ],
        "/fi/kalenteri/": ["q", "from", "to", "online", "municipality", "organiser", "page"],
        "/fi/kalenteri/ical/": ["q", "from", "to", "theme"],
        "/fi/kalenteri/arkisto/": ["from", "to", "page"],
        "/fi/search/": ["q", "type", "page"],
        "/fi/search/suggest/": ["q"],
        blog.url: ["category", "tag", "author", "page"],
        centres.url: ["county", "municipality"],
    }


@EXAMPLES
@given(data=st.data())
def test_query_parameters(client, public_pages, data):
    path = data.draw(st.sampled_from(sorted(public_pages)))
    names = data.draw(st.lists(st.sampled_from(public_pages[path]), min_size=1, max_size=3))
    params = {name: data.draw(VALUE) for name in names}
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)


@EXAMPLES
@given(year=st.integers(), month=st.integers(), day=st.integers())
def test_calendar_routes(client, calendar_page, year, month, day):
    for path in (
        f"/fi/kalenteri/kuukausi/{year}/{month}/",
        f"/fi/kalenteri/paiva/{year}/{month}/{day}/",
    ):
        assert client.get(path).status_code < 500, path


# --- the public forms -------------------------------------------------------------------------


def post_form(client, data, url, valid, names, kept):
    """Post the ``valid`` fields with any of ``names`` given a drawn value (file fields,
    ``…_upload``, any bytes), and the text field ``kept`` maybe any text: never a server error,
    and a refused form shows that text again."""
    fields = data.draw(
        st.dictionaries(st.sampled_from(sorted(names)), FIELD_VALUE, max_size=len(names)),
        label="fields",
    )
    for name in [name for name in fields if name.endswith("_upload")]:
        fields[name] = SimpleUploadedFile("kuva.png", data.draw(st.binary(max_size=2000)))
    text = data.draw(st.one_of(st.just(valid[kept]), TEXT), label=kept)
    cache.clear()  # rate limits would answer 429 before the form is read
    sent = {**valid, **fields, kept: text}
    response = client.post(url, sent)
    assert response.status_code < 500, sent
    assert_kept(response, text)
    return response


def assert_kept(response, text):
    """A form that was refused comes back with ``text`` as it was typed."""
    form = (response.context or {}).get("form")
    if response.status_code == 200 and form is not None and form.errors:
        assert escape(text) in response.content.decode(), text


@pytest.fixture
def representative(directory_page):
    """An approved representative of one organisation, signed in."""
    user = UserFactory(username="edustaja")
    organisation = OrganisationFactory(name="Edustettu yhdistys ry")
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    return user


def represented(user):
    return Organisation.objects.represented_by(user).get()


ACTIONS = st.sampled_from(["submit", "draft", "preview"])
SLOT_FIELDS = {
    *(
        f"slots-{name}"
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")
    ),
    *(f"slots-{n}-{name}" for n in range(8) for name in ("weekday", "start_time", "end_time")),
}


def form_fields(form_class, **kwargs):
    return {*form_class(**kwargs).fields, "action"}


def event_data(organisation, action):
    start = in_days(9)
    return {
        "organisation": organisation.pk,
        "original_language": "fi",
        "title": "Yleisöluento",
        "summary": "Luento kaikille.",
        "description": "Pitkä kuvaus.",
        "status": "scheduled",
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "interval": "1",
        "channel": "place",
        "registration": "none",
        "waitlist_capacity": "0",
        "is_free": "on",
        "action": action,
    }


@EXAMPLES
@given(data=st.data())
def test_event_registration_form(client, calendar_page, data):
    url = register_url(calendar_page, EventFactory(capacity=50))
    post_form(client, data, url, form_data(), set(form_data()), "name")


@EXAMPLES
@given(data=st.data())
def test_error_report_form(client, directory_page, data):
    url = f"/fi/my/report/activity/{ActivityFactory().slug}/"
    valid = {"message": "Puhelinnumero on vanha.", "email": "lukija@example.fi", "homepage": ""}
    post_form(client, data, url, valid, set(valid), "email")


@EXAMPLES
@given(data=st.data(), action=ACTIONS)
def test_organisation_form(client, representative, data, action):
    client.force_login(representative)
    names = form_fields(OrganisationForm)
    valid = organisation_data(action=action)
    post_form(client, data, "/fi/my/organisation/new/", valid, names, "name")


@EXAMPLES
@given(data=st.data(), action=ACTIONS)
def test_activity_form(client, representative, data, action):
    client.force_login(representative)
    names = form_fields(ActivityForm, organisations=Organisation.objects.none()) | SLOT_FIELDS
    valid = activity_data(represented(representative), action=action)
    post_form(client, data, "/fi/my/activity/new/", valid, names, "title")


@EXAMPLES
@given(data=st.data(), action=ACTIONS)
def test_event_form(client, representative, data, action):
    client.force_login(representative)
    names = form_fields(EventForm, organisations=Organisation.objects.none())
    valid = event_data(represented(representative), action)
    post_form(client, data, "/fi/my/event/new/", valid, names, "title")


# The ends of what Python's datetimes hold and of the portal's years, and local times that do
# not exist (spring) or happen twice (autumn).
MOMENTS = st.one_of(
    st.sampled_from(
        [
            datetime.datetime(1, 1, 1, 0, 0),
            datetime.datetime(1, 1, 1, 1, 39),
            datetime.datetime(1999, 12, 31, 23, 59),
            datetime.datetime(2101, 1, 1, 0, 0),
            datetime.datetime(9999, 12, 31, 23, 59),
            datetime.datetime(2026, 3, 29, 3, 30),
            datetime.datetime(2026, 10, 25, 3, 30),
        ]
    ),
    st.datetimes(),
)


def local(moment):
    return moment.isoformat(timespec="minutes") if moment else ""


@EXAMPLES
@given(
    start=MOMENTS,
    minutes=st.integers(-60, 61 * 24 * 60),
    opens=st.none() | MOMENTS,
    closes=st.none() | MOMENTS,
    frequency=st.sampled_from(["", "daily", "weekly", "monthly"]),
    until=st.none() | st.dates(),
    count=st.none() | st.integers(-1, 500),
    excluded=st.lists(st.dates(), max_size=3),
    action=ACTIONS,
)
@example(  # answered 500 (OverflowError on saving) before forms took only the portal's years
    start=datetime.datetime(1, 1, 1, 0, 0),
    minutes=60,
    opens=None,
    closes=None,
    frequency="",
    until=None,
    count=None,
    excluded=[],
    action="draft",
)
def test_event_form_schedule(
    client, representative, start, minutes, opens, closes, frequency, until, count, excluded, action
):
    """Dates of the schedule and registration, everything else valid: saving is reached too."""
    client.force_login(representative)
    try:
        end = start + datetime.timedelta(minutes=minutes)
    except OverflowError:
        end = datetime.datetime.max
    sent = {
        **event_data(represented(representative), action),
        "start": local(start),
        "end": local(end),
        "registration_opens": local(opens),
        "registration_closes": local(closes),
        "frequency": frequency,
        "repeat_until": str(until or ""),
        "repeat_count": "" if count is None else str(count),
        "excluded_dates": "\n".join(f"{day.day}.{day.month}.{day.year}" for day in excluded),
    }
    cache.clear()
    response = client.post("/fi/my/event/new/", sent)
    assert response.status_code < 500, sent
    assert_kept(response, sent["title"])


@EXAMPLES
@given(data=st.data())
def test_representation_request_form(client, representative, data):
    client.force_login(representative)
    other = OrganisationFactory.create() if data.draw(st.booleans()) else None
    valid = {"organisation": other.pk if other else "", "message": "Sihteeri"}
    names = set(RepresentationRequestForm().fields)
    post_form(client, data, "/fi/my/represent/", valid, names, "message")


@EXAMPLES
@given(data=st.data())
def test_sign_up_form(client, db, data):
    client.logout()
    valid = {"email": "uusi@example.fi", "password1": "Vahva-salasana-2026"}
    valid["password2"] = valid["password1"]
    names = {"email", "password1", "password2", "website"}
    post_form(client, data, "/fi/account/signup/", valid, names, "email")


@EXAMPLES
@given(data=st.data())
def test_sign_in_form(client, db, data):
    client.logout()  # a right guess signs in; the next example starts signed out again
    UserFactory(username="jasen", email="jasen@example.fi")
    valid = {"login": "jasen@example.fi", "password": "x"}
    post_form(client, data, "/fi/account/login/", valid, {"login", "password", "remember"}, "login")
