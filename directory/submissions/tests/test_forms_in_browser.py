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

from .support import png_bytes

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


def test_finding_an_organisation_works_without_javascript(
    live_server, chromium, client, signed_in_page
):
    kolomonen = OrganisationFactory(
        name="Savonlinnan Seudun Kolomonen ry", post_office="Savonlinna"
    )
    OrganisationFactory(name="Kolomosen piilotettu haara", live=False)
    context = chromium.new_context(java_script_enabled=False)
    context.add_cookies(signed_in_page.context.cookies())
    page = context.new_page()
    page.goto(f"{live_server.url}/fi/my/represent/")
    page.get_by_label("Järjestön nimi tai Y-tunnus").fill("kolomo")
    page.get_by_label("Järjestön nimi tai Y-tunnus").press("Enter")
    page.wait_for_load_state()
    choices = page.get_by_role("radio")
    assert choices.count() == 1
    page.get_by_label("Savonlinnan Seudun Kolomonen ry (Savonlinna)").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä pyyntö").click()
    assert urlsplit(page.url).path == "/fi/my/"
    assert Representation.objects.filter(
        organisation=kolomonen, status=Representation.Status.PENDING
    ).exists()
    context.close()


def test_suggestions_choose_an_organisation_with_the_keyboard(live_server, signed_in_page):
    page = signed_in_page
    kolomonen = OrganisationFactory(
        name="Savonlinnan Seudun Kolomonen ry", post_office="Savonlinna"
    )
    page.goto(f"{live_server.url}/sv/my/represent/")
    field = page.get_by_role("combobox", name="Organisationens namn eller FO-nummer")
    field.press_sequentially("kolom", delay=50)
    page.get_by_role("option", name="Savonlinnan Seudun Kolomonen ry").wait_for()
    field.press("ArrowDown")
    with page.expect_navigation():
        field.press("Enter")
    assert page.url.endswith(f"/sv/my/represent/?organisation={kolomonen.pk}")
    assert page.get_by_role("radio").is_checked()


def test_the_new_form_pages_have_no_axe_violations(live_server, signed_in_page, tmp_path):
    page = signed_in_page
    activity = weekly_activity(page.organisation)
    activity.save_revision().publish()
    OrganisationFactory(name="Kolomonen ry")
    image = tmp_path / "kuva.png"
    image.write_bytes(png_bytes())
    failures = {}

    def check(name):
        violations = axe_violations(page)
        if violations:
            failures[name] = format_violations(violations)

    page.goto(f"{live_server.url}/fi/my/activity/{activity.pk}/unpublish/")
    check("unpublish question")
    page.goto(f"{live_server.url}/sv/my/represent/?q=kolo")
    check("representation search results")
    page.get_by_role("button", name="Skicka begäran").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    check("representation request with an error")
    # A form with an error keeps the chosen image, and its preview shows the public page's facts.
    page.goto(f"{live_server.url}/fi/my/activity/new/")
    page.locator("#id_image_upload").set_input_files(str(image))
    page.locator("#id_image_alt_text").fill("Kävelijöitä")
    with page.expect_navigation():
        page.get_by_role("button", name=SEND["fi"]).click()
    assert page.get_by_text("Valitsemasi kuva on tallessa").is_visible()
    check("activity form with errors and a kept image")
    page.goto(f"{live_server.url}/fi/my/activity/{activity.pk}/")
    with page.expect_navigation():
        page.get_by_role("button", name="Esikatsele").click()
    assert page.locator(".preview dl.facts").is_visible()
    check("activity preview")
    page.goto(f"{live_server.url}/sv/my/event/new/")
    with page.expect_navigation():
        page.get_by_role("button", name=SEND["sv"]).click()
    assert page.get_by_role("alert").is_visible()
    check("event form with errors")
    assert not failures, "\n".join(f"{name}:\n{text}" for name, text in failures.items())
