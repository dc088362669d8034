"""The representatives' forms in a real browser, in Finnish and Swedish (issue 14).

Chromium throws away a ``type=time`` or ``type=date`` value it cannot read (17.00.00,
01.01.2027); these tests open an existing activity with weekly times and validity dates, check
that the browser shows the values, and save it without losing anything, with and without an
error on the way.
"""

import datetime
from urllib.parse import urlsplit

import pytest

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, Representation, WeeklySlot
from portal.tests.support import axe_violations, format_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEND = {"fi": "Lähetä hyväksyttäväksi", "sv": "Skicka för godkännande"}
SUMMARY = {"fi": "Tarkista nämä kentät", "sv": "Kontrollera dessa fält"}


@pytest.fixture
def signed_in_page(live_server, browser_page, client, django_user_model):
    user = django_user_model.objects.create_user(
        username="selain", email="selain@example.fi", password="x"
    )
    organisation = OrganisationFactory(name="Selainyhdistys ry")
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    client.force_login(user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    browser_page.organisation = organisation
    return browser_page


def weekly_activity(organisation):
    activity = ActivityFactory(
        organisation=organisation,
        title="Tiistain kävely",
        valid_from=datetime.date(2027, 1, 1),
        valid_to=datetime.date(2027, 5, 31),
    )
    WeeklySlot.objects.create(
        activity=activity, weekday=1, start_time=datetime.time(17), end_time=datetime.time(18, 30)
    )
    WeeklySlot.objects.create(activity=activity, weekday=3, start_time=datetime.time(9, 15))
    return activity


def sent_version(activity):
    sent = Activity.objects.get(pk=activity.pk).get_latest_revision_as_object()
    slots = [(s.weekday, s.start_time, s.end_time) for s in sent.slots.all()]
    return sent.title, sent.valid_from, sent.valid_to, slots


EXPECTED_SLOTS = [
    (1, datetime.time(17), datetime.time(18, 30)),
    (3, datetime.time(9, 15), None),
]


def assert_values_shown(page):
    assert page.locator("#id_slots-0-start_time").input_value() == "17:00"
    assert page.locator("#id_slots-0-end_time").input_value() == "18:30"
    assert page.locator("#id_slots-1-start_time").input_value() == "09:15"
    assert page.locator("#id_valid_from").input_value() == "2027-01-01"
    assert page.locator("#id_valid_to").input_value() == "2027-05-31"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_editing_an_activity_with_weekly_times_keeps_them(live_server, signed_in_page, language):
    page = signed_in_page
    activity = weekly_activity(page.organisation)
    url = f"{live_server.url}/{language}/my/activity/{activity.pk}/"
    page.goto(url)
    assert_values_shown(page)
    page.locator("#id_title").fill("Tiistain kävely puistossa")
    with page.expect_navigation():
        page.get_by_role("button", name=SEND[language]).click()
    assert urlsplit(page.url).path == f"/{language}/my/"
    assert sent_version(activity) == (
        "Tiistain kävely puistossa",
        datetime.date(2027, 1, 1),
        datetime.date(2027, 5, 31),
        EXPECTED_SLOTS,
    )
    # The next edit starts from the sent version, with the same values shown.
    page.goto(url)
    assert_values_shown(page)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_an_error_keeps_the_times_and_the_summary_leads_to_the_field(
    live_server, signed_in_page, language
):
    page = signed_in_page
    activity = weekly_activity(page.organisation)
    page.goto(f"{live_server.url}/{language}/my/activity/{activity.pk}/")
    page.locator("#id_title").fill("")
    page.locator("#id_slots-2-weekday").select_option("4")  # a weekday without a time
    with page.expect_navigation():
        page.get_by_role("button", name=SEND[language]).click()
    alert = page.get_by_role("alert")
    assert SUMMARY[language] in alert.inner_text()
    assert alert.locator('a[href="#id_title"]').count() == 1
    assert alert.locator('a[href="#id_slots-2-start_time"]').count() == 1
    assert_values_shown(page)
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    # The link moves the focus to the field.
    alert.locator('a[href="#id_slots-2-start_time"]').click()
    assert page.evaluate("document.activeElement.id") == "id_slots-2-start_time"
    page.locator("#id_title").fill("Tiistain kävely")
    page.locator("#id_slots-2-weekday").select_option("")
    with page.expect_navigation():
        page.get_by_role("button", name=SEND[language]).click()
    assert urlsplit(page.url).path == f"/{language}/my/"
    assert sent_version(activity) == (
        "Tiistain kävely",
        datetime.date(2027, 1, 1),
        datetime.date(2027, 5, 31),
        EXPECTED_SLOTS,
    )
