"""Layout in a real browser: no text runs over a card's edge or the page's at any width from
320 to 1920 px, and on a phone the first results are on the first screen (filters collapse)."""

import pytest

pytestmark = [pytest.mark.browser]

PAGES = {
    "fi": ["/fi/", "/fi/toimintahakemisto/", "/fi/tapahtumat/", "/fi/blogi/"],
    "sv": ["/sv/", "/sv/verksamhetskatalog/", "/sv/evenemang/", "/sv/blogg/"],
}
WIDTHS = (320, 375, 1024, 1280, 1920)

# Elements inside cards whose content is wider than themselves, or that stick out of the card.
OVERFLOW = """() => {
  const found = [];
  for (const card of document.querySelectorAll('.listing-card, .card, .post-card')) {
    const box = card.getBoundingClientRect();
    for (const element of card.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || element.closest('.visually-hidden')) continue;  // hidden on purpose
      const sticksOut = rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
      const clipped = element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1;
      const text = element.textContent.trim().slice(0, 40);
      if (sticksOut || clipped) found.push(element.tagName + ': ' + text);
    }
  }
  return found;
}"""


def test_no_text_overflows_from_320_to_1920_pixels(demo_server, chromium):
    context = chromium.new_context()
    page = context.new_page()
    failures = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for paths in PAGES.values():
            for path in paths:
                page.goto(demo_server.url + path)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (width, path)
                overflowing = page.evaluate(OVERFLOW)
                if overflowing:
                    failures[f"{width}px {path}"] = overflowing[:5]
    context.close()
    assert not failures, "\n".join(f"{key}: {value}" for key, value in failures.items())


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_on_a_phone_the_first_results_are_on_the_first_screen(demo_server, chromium, language):
    context = chromium.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    for path, card in ((PAGES[language][1], ".listing-card"), (PAGES[language][2], ".event-card")):
        page.goto(demo_server.url + path + "?municipality=kuopio")
        filters = page.locator("details.filters")
        assert filters.evaluate("element => element.open") is False
        # The summary says how many filters are on, and opens the filters.
        assert "1" in filters.locator("summary").inner_text()
        top = page.locator(card).first.evaluate("element => element.getBoundingClientRect().top")
        assert top < 667, (path, top)
        filters.locator("summary").click()
        assert page.get_by_role("group").first.is_visible()
        # The link past the filters is there for keyboard and screen reader users.
        page.get_by_role(
            "link", name="Siirry tuloksiin" if language == "fi" else "Hoppa till resultaten"
        ).focus()
    context.close()


def test_on_a_wide_screen_the_filters_stay_open_beside_the_results(demo_server, chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for path in (PAGES["fi"][1], PAGES["sv"][2]):
        page.goto(demo_server.url + path)
        assert page.locator("details.filters").evaluate("element => element.open") is True
    context.close()


def test_without_javascript_the_filters_are_open_and_can_be_skipped(demo_server, chromium):
    context = chromium.new_context(
        viewport={"width": 375, "height": 667}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(demo_server.url + PAGES["fi"][1])
    assert page.locator("details.filters").evaluate("element => element.open") is True
    skip = page.get_by_role("link", name="Siirry tuloksiin")
    skip.focus()
    assert skip.evaluate("element => element.getBoundingClientRect().width") > 1  # shown on focus
    page.keyboard.press("Enter")
    assert page.url.endswith("#results-heading")
    context.close()
