"""Zero axe-core violations on the calendar (list, month, day, archive) and event pages."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from directory.events.models import Event
from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]


def test_calendar_and_event_pages_have_no_axe_violations(demo_server, browser_page):
    today = timezone.localdate()
    series = Event.objects.get(frequency="weekly")
    cancelled = Event.objects.get(status="cancelled")
    translated = Event.objects.filter(translations__language="sv", registration="portal").first()
    # A month full of events (the weekly group's next one), besides the current month.
    busy = series.upcoming_occurrences()[0].local_start
    pages = []
    for base in ("/fi/tapahtumat/", "/sv/evenemang/"):
        pages += [
            base,
            f"{base}?theme=society&municipality=kuopio&free=1&from=bad",
            f"{base}month/{today.year}/{today.month}/",
            f"{base}month/{busy.year}/{busy.month}/",
            f"{base}day/{today.year}/{today.month}/{today.day}/",
            f"{base}archive/",
            f"{base}event/{series.slug}/",
            f"{base}event/{cancelled.slug}/",
            f"{base}event/{translated.slug}/",
        ]
    failures = {}
    for path in pages:
        browser_page.goto(demo_server.url + path)
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_calendar_filters_and_views_work_without_javascript(demo_server, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/fi/tapahtumat/")
    page.get_by_role("group", name="Kunta").get_by_label("Kuopio").check()
    page.get_by_role("button", name="Näytä tapahtumat").press("Enter")
    page.wait_for_load_state()
    assert "municipality=kuopio" in page.url
    assert page.locator(".event-card").count() >= 1
    page.get_by_role("link", name="Kuukausi").click()
    # The click returns when the navigation commits; wait for the new document's table.
    expect(page.locator("table.month-table caption")).to_have_count(1)
    assert "/kuukausi/" in page.url and "municipality=kuopio" in page.url
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused  # the skip link or the first link takes the focus
    context.close()
