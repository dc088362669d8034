"""Zero axe-core violations on the blog in both languages; the filters work without JavaScript."""

import pytest

from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]

PAGES = [
    "/fi/blogi/",
    "/sv/blogg/",
    "/fi/blogi/?category=tyopajat&tag=palvelumuotoilu",
    "/fi/blogi/kahden-tunnin-tyopaja/",
    "/sv/blogg/workshop-pa-tva-timmar/",
    "/fi/blogi/liitto-piiri-vai-yhdistys/",
]


def test_blog_is_accessible_and_filters_work_without_javascript(
    demo_server, browser_page, chromium
):
    failures = {}
    for path in PAGES:
        response = browser_page.goto(demo_server.url + path)
        assert response.status == 200, path
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())

    # The same demo, without JavaScript: the filter form and its chips still work.
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/fi/blogi/")
    page.get_by_label("Aihe").select_option(label="Työpajat")
    page.get_by_role("button", name="Näytä kirjoitukset").click()
    assert "category=tyopajat" in page.url
    assert page.get_by_role("status").inner_text().startswith("3 kirjoitusta")
    page.get_by_role("link", name="Poista suodatin Aihe: Työpajat").click()
    assert "category" not in page.url
    page.get_by_role("link", name="På svenska").click()
    assert page.locator("h1").inner_text() == "Blogg"
    context.close()
