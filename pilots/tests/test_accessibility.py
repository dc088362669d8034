"""Browser checks of the guidance pages: axe-core, table of contents, FAQ and print."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]

GUIDE_FI = "/fi/ohjeet/sote-keskuspilotti-syksy-2022/ohje-sote-keskusyhteistyohon/"
GUIDE_SV = "/sv/anvisningar/pilot-hosten-2022/anvisning-for-samarbete-med-centralerna/"
PAGES = [
    GUIDE_FI,
    GUIDE_SV,
    "/fi/ohjeet/keskukset/savonlinnan-sote-keskus/",
    "/sv/anvisningar/centraler/social-och-halsocentralen-i-nyslott/",
    "/fi/ohjeet/",
    "/sv/anvisningar/centraler/",
    "/fi/ohjeet/yhdistystyopajat-savonlinnan-seudulla/yhdistystyopajan-prosessi/",
]


def test_guidance_pages_have_no_axe_violations(demo_server, browser_page):
    failures = {}
    for path in PAGES:
        browser_page.goto(demo_server.url + path)
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_guide_and_centres_work_without_javascript_and_print(demo_server, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + GUIDE_SV)

    # Table of contents: a link moves to its section.
    toc = page.get_by_role("navigation", name="Innehåll")
    toc.get_by_role("link", name="Pilotens tidtabell").click()
    assert page.url.endswith("#pilotens-tidtabell")
    assert page.locator("#pilotens-tidtabell").is_visible()
    anchor = page.get_by_role("link", name="Länk till avsnittet ”Vanliga frågor”")
    assert anchor.get_attribute("href") == "#vanliga-fragor"

    # FAQ: a native disclosure that opens without JavaScript.
    answer = page.locator(".faq__item").first.locator(".faq__answer")
    assert not answer.is_visible()
    page.locator(".faq__item summary").first.click()
    assert answer.is_visible()

    # Print: answers shown, link targets spelled out, anchors and navigation hidden.
    page.goto(demo_server.url + GUIDE_SV)
    page.emulate_media(media="print")
    assert page.locator(".faq__print").is_visible()
    assert page.locator(".faq__print dd").first.is_visible()
    assert not page.locator(".faq__item").first.is_visible()
    assert not page.locator(".section-anchor").first.is_visible()
    assert not page.locator(".site-header").is_visible()
    after = page.evaluate(
        """() => getComputedStyle(document.querySelector('.guide__pilot a'), '::after').content"""
    )
    assert "/sv/anvisningar/pilot-hosten-2022/" in after
    pdf_context = chromium.new_context()
    pdf_page = pdf_context.new_page()
    pdf_page.goto(demo_server.url + GUIDE_SV)
    assert pdf_page.pdf()[:4] == b"%PDF"
    pdf_context.close()

    # The centre filter works without JavaScript and leads to the liaison person.
    page.emulate_media(media="screen")
    page.goto(demo_server.url + "/fi/ohjeet/keskukset/")
    page.get_by_label("Kunta").select_option(label="Savonlinna")
    page.get_by_role("button", name="Näytä keskukset").click()
    assert "municipality=savonlinna" in page.url
    expect(page.locator(".centre-card")).to_have_count(2)
    page.get_by_role("link", name="Savonlinnan sote-keskus").click()
    assert page.locator("#liaison-heading + .contact-list").inner_text().count("Sanna Lehtola") == 1
    context.close()
