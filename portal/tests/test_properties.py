"""Property-based tests (Hypothesis): whatever a visitor sends to a public query parameter,
route argument or form field, the answer is never a server error (5xx). They run on SQLite and
on PostgreSQL (``DATABASE_URL``), whose stricter text handling (e.g. NUL) is the reason to."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blog.factories import BlogIndexPageFactory
from directory.events.factories import EventFactory
from directory.organisations.factories import ActivityFactory
from directory.registrations.tests.test_registration import form_data, register_url
from home.models import HomePage
from pilots.factories import CentreIndexPageFactory, GuidanceIndexPageFactory

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
        "/fi/kalenteri/archive/": ["from", "to", "page"],
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
        f"/fi/kalenteri/month/{year}/{month}/",
        f"/fi/kalenteri/day/{year}/{month}/{day}/",
    ):
        assert client.get(path).status_code < 500, path


@EXAMPLES
@given(fields=st.dictionaries(st.sampled_from(sorted(form_data())), VALUE, min_size=1))
def test_event_registration_form(client, calendar_page, fields):
    cache.clear()  # the sign-up limit would answer 429 before the form is read
    event = EventFactory(capacity=50)
    response = client.post(register_url(calendar_page, event), form_data(**fields))
    assert response.status_code < 500, fields


@EXAMPLES
@given(message=VALUE, email=VALUE)
def test_error_report_form(client, directory_page, message, email):
    cache.clear()
    activity = ActivityFactory()
    response = client.post(
        f"/fi/my/report/activity/{activity.slug}/", {"message": message, "email": email}
    )
    assert response.status_code < 500, (message, email)
