"""The search page and the suggestions in a browser: zero axe-core violations (WCAG 2.1 A and
AA) in both languages, keyboard use, no JavaScript, 320 pixels, the content security policy."""

import pytest

from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]

RESULT_PAGES = [
    "/fi/search/?q=vertaistukiryhmä",
    "/sv/search/?q=kamratstödsgrupp",
    "/sv/search/?q=vertaistukiryhmä",  # untranslated listings, marked as Finnish
    "/fi/search/?q=yhteistyö",  # with promoted results
    "/sv/search/?q=samarbete",
    "/fi/search/?q=vertaistukiryhmä&type=activities",
]
OTHER_PAGES = [
    "/fi/search/",
    "/sv/search/",
    "/fi/search/?q=olematonsana",
    "/sv/search/?q=ingenting",
    "/fi/search/?q=%21%21%21",
    "/sv/search/?q=" + "ord+" * 40,
]


def test_search_pages_have_no_axe_violations(demo_server, browser_page):
    failures = {}
    for path in RESULT_PAGES + OTHER_PAGES:
        browser_page.goto(demo_server.url + path)
        if path in RESULT_PAGES:
            assert browser_page.locator(".search-result").count() > 0, path
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_the_result_count_is_announced(demo_server, browser_page):
    browser_page.goto(demo_server.url + "/fi/search/?q=vertaistukiryhmä")
    status = browser_page.get_by_role("status").filter(has_text="tulos")
    assert status.count() == 1
    count = status.inner_text()
    assert "haulla ”vertaistukiryhmä”" in count
    # The title says it too, which screen readers read first when the page loads.
    assert browser_page.title().startswith("”vertaistukiryhmä”: ")
    browser_page.goto(demo_server.url + "/sv/search/?q=kamratstödsgrupp")
    assert "träff" in browser_page.get_by_role("status").filter(has_text="träff").inner_text()


def test_suggestions_work_with_the_keyboard(demo_server, browser_page):
    browser_page.goto(demo_server.url + "/fi/search/")
    field = browser_page.get_by_role("combobox", name="Hakusanat")
    field.click()
    field.press_sequentially("vertaistuk", delay=20)
    listbox = browser_page.locator("#search-q-suggestions")
    listbox.wait_for()
    assert field.get_attribute("aria-expanded") == "true"
    options = listbox.get_by_role("option")
    assert options.count() >= 1
    status = browser_page.locator(".search-form .suggest [role=status]")
    browser_page.wait_for_function(
        "el => el.textContent.includes('Ehdotuksia')", arg=status.element_handle()
    )
    violations = axe_violations(browser_page)
    assert not violations, format_violations(violations)

    field.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
    title = first.locator(".suggest__title").inner_text()
    field.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()

    field.press("ArrowDown")  # opens the list again
    field.press("Enter")
    browser_page.wait_for_load_state()
    assert browser_page.locator("h1").inner_text().startswith(title)


def test_enter_without_a_suggestion_searches(demo_server, browser_page):
    browser_page.goto(demo_server.url + "/sv/")
    field = browser_page.get_by_label("Sök på webbplatsen")
    field.fill("kamratstödsgrupp")
    field.press("Enter")
    browser_page.wait_for_load_state()
    assert "/sv/search/?q=kamratst" in browser_page.url
    assert browser_page.locator(".search-result").count() > 0


def test_search_works_without_javascript(demo_server, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/fi/")
    page.get_by_role("search", name="Sivuston haku").get_by_label("Hae sivustolta").fill(
        "vertaistukiryhmä"
    )
    page.get_by_role("search", name="Sivuston haku").get_by_role("button", name="Hae").click()
    page.wait_for_load_state()
    assert page.locator(".search-result").count() > 0
    page.get_by_role("navigation", name="Tulokset tyypeittäin").get_by_role(
        "link", name="Toiminnot"
    ).click()
    assert "type=activities" in page.url
    field = page.get_by_label("Hakusanat")
    assert field.input_value() == "vertaistukiryhmä"
    context.close()


def test_search_at_320_pixels_and_under_the_content_security_policy(demo_server, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text))
    for path in ("/fi/search/?q=vertaistukiryhmä", "/sv/search/?q=samarbete", "/fi/"):
        page.goto(demo_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        assert page.locator("#site-search-q").is_visible()
    page.goto(demo_server.url + "/fi/search/")
    # The header field has suggestions on the search page too.
    page.locator("#site-search-q").press_sequentially("vertaistuk", delay=20)
    page.locator("#site-search-q-suggestions").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
    assert not [text for text in errors if "Content Security Policy" in text], errors
