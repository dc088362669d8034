"""Zero axe-core violations on the registration pages, in Finnish and Swedish, also with errors."""

import pytest

from directory.registrations.services import register
from directory.registrations.tests.test_registration import (
    make_calendar_page,
    make_event,
    manage_path,
    person,
    register_url,
)
from portal.tests.support import axe_violations, format_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SUBMIT = {"fi": "Ilmoittaudu", "sv": "Anmäl dig"}


def test_registration_pages_have_no_axe_violations(live_server, browser_page):
    calendar_page = make_calendar_page()
    # Only a Finnish title: the Swedish pages mark it lang="fi".
    event = make_event(ask_phone=True, capacity=10)
    registration = register(event, person(1), send=False)
    failures = {}

    def check(label):
        violations = axe_violations(browser_page)
        if violations:
            failures[label] = format_violations(violations)

    for language in ("fi", "sv"):
        url = live_server.url + register_url(calendar_page, event, language)
        browser_page.goto(url)
        assert browser_page.locator("html").get_attribute("lang") == language
        check(f"{language} form")

        # Sent empty: the summary and the field messages must be accessible too, and each
        # summary link must take the keyboard focus to its field.
        browser_page.get_by_role("button", name=SUBMIT[language], exact=True).click()
        browser_page.wait_for_load_state()
        summary = browser_page.get_by_role("alert")
        assert summary.is_visible()
        check(f"{language} form with errors")
        summary.get_by_role("link").first.click()
        assert browser_page.evaluate("document.activeElement.id") == "id_name"
        if language == "sv":
            assert browser_page.locator("h1 span").get_attribute("lang") == "fi"

        browser_page.goto(live_server.url + manage_path(calendar_page, registration, language))
        check(f"{language} own registration")

    assert not failures, "\n".join(f"{label}:\n{text}" for label, text in failures.items())


def test_signing_up_with_the_keyboard(live_server, chromium):
    calendar_page = make_calendar_page()
    event = make_event(capacity=1, waitlist_capacity=1)
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + register_url(calendar_page, event, "sv"))
    page.get_by_label("Namn").fill("Kim Kvist")
    page.get_by_label("E-post").fill("kim@example.fi")
    page.get_by_label("Jag godkänner").check()
    page.get_by_role("button", name=SUBMIT["sv"], exact=True).press("Enter")
    page.wait_for_load_state()
    assert "Din plats är bekräftad" in page.content()
    context.close()
    assert event.registrations.get().language == "sv"
