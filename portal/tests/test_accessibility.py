"""Zero axe-core violations (WCAG 2.1 A and AA) on the site-wide pages, in both languages."""

import pytest

from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]

PAGES = [
    "/fi/",
    "/sv/",
    "/fi/tietoa-portaalista/",
    "/sv/om-portalen/",
    "/fi/saavutettavuusseloste/",
    "/sv/tillganglighetsutlatande/",
    "/fi/tietosuojaseloste/",
    "/sv/dataskyddsbeskrivning/",
    "/fi/ei-ole-olemassa/",
    # The open data documentation (in Finnish and in English).
    "/api/v1/docs/",
    "/api/v1/docs/?lang=en",
]


def test_pages_have_no_axe_violations(demo_server, browser_page):
    failures = {}
    for path in PAGES:
        browser_page.goto(demo_server.url + path)
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_skip_link_is_first_in_tab_order_and_moves_focus(demo_server, browser_page):
    browser_page.goto(demo_server.url + "/fi/tietoa-portaalista/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Siirry sisältöön"
    assert browser_page.locator(".skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_layout_works_at_320_pixels_without_horizontal_scrolling(demo_server, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/fi/", "/sv/om-portalen/"):
        page.goto(demo_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    context.close()


def test_pages_read_and_navigate_without_javascript(demo_server, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/fi/")
    page.get_by_role("navigation", name="Päävalikko").get_by_role(
        "link", name="Tietoa portaalista"
    ).click()
    assert page.locator("h1").inner_text() == "Tietoa portaalista"
    page.get_by_role("link", name="På svenska").click()
    assert page.locator("h1").inner_text() == "Om portalen"
    context.close()


def test_pages_run_under_the_content_security_policy(demo_server, chromium):
    context = chromium.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text))
    for path in ("/fi/", "/sv/om-portalen/"):
        page.goto(demo_server.url + path)
    context.close()
    assert not [text for text in errors if "Content Security Policy" in text], errors
