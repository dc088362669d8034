"""A widget embedded on a page of another origin, in a real browser (docs/widgets.md)."""

import html
import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from directory.events.factories import EventFactory
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from portal.tests.support import axe_violations, format_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def embed_code(client, query):
    body = client.get(f"/fi/widget/configure/?{query}").content.decode()
    return html.unescape(
        re.search(r"<textarea[^>]*data-widget-code>(.*?)</textarea>", body, re.S)[1]
    )


@pytest.fixture
def host_site(tmp_path):
    """A web server on another port: another origin than the portal."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_widgets_on_another_site(
    live_server, settings, client, calendar_page, host_site, chromium, browser_page
):
    settings.PORTAL_BASE_URL = live_server.url
    ours = OrganisationFactory(name="Kuopion Kävelijät", slug="kavelijat")
    ActivityFactory(organisation=ours, title="Kävelyryhmä")
    ActivityFactory(title="Lukupiiri")
    EventFactory(organisation=ours, title="Syysretki")
    folder, origin = host_site
    codes = [
        embed_code(client, "organisation=kavelijat&lang=fi&layout=cards"),
        embed_code(client, "show=events&organisation=kavelijat&lang=sv"),
    ]
    (folder / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>'
        f"<body><main><h1>Our association</h1>{''.join(codes)}</main></body></html>"
    )
    # Without bypassing CSP: the widget's own policy must let another origin frame it.
    context = chromium.new_context()
    page = context.new_page()
    page.goto(origin + "/index.html")
    fallback = page.locator('a[href*="/fi/hakemisto/"]')
    assert fallback.count() == 1 and page.locator('a[href*="/sv/kalender/"]').count() == 1
    frames = page.locator("iframe[data-portal-widget]")
    assert frames.count() == 2
    page.wait_for_function(
        "[...document.querySelectorAll('iframe[data-portal-widget]')]"
        ".every(f => f.getAttribute('height') !== '400')"
    )
    finnish, swedish = (frames.nth(i).content_frame for i in range(2))
    assert finnish.locator("text=Kävelyryhmä").count() == 1
    assert finnish.locator("text=Lukupiiri").count() == 0
    assert finnish.locator("a[target=_top]").first.inner_text().endswith("(avautuu portaaliin)")
    assert swedish.locator("text=Syysretki").count() == 1
    assert "(öppnar portalen)" in swedish.locator("a[target=_top]").first.inner_text()
    inner = finnish.locator("html").evaluate("e => Math.ceil(e.getBoundingClientRect().height)")
    assert abs(frames.nth(0).bounding_box()["height"] - inner) <= 2
    # The inline style is allowed by its hash: the chosen colours apply.
    background = finnish.locator("body").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 255, 255)"
    # Keyboard: the first link in the frame takes focus and shows it.
    finnish.locator("a").first.focus()
    outline = finnish.locator("a").first.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"
    context.close()
    # axe inside each frame (this page bypasses CSP so that axe can be injected).
    browser_page.goto(origin + "/index.html")
    browser_page.wait_for_load_state("load")
    failures = []
    for frame in browser_page.frames[1:]:
        violations = axe_violations(frame)
        if violations:
            failures.append(f"{frame.url}:\n{format_violations(violations)}")
    assert len(browser_page.frames) == 3
    # The configurator itself, in both languages.
    for language in ("fi", "sv"):
        browser_page.goto(f"{live_server.url}/{language}/widget/configure/?text=%23999999")
        assert browser_page.locator("[data-widget-copy]").is_visible()  # shown by the script
        violations = axe_violations(browser_page)
        if violations:
            failures.append(f"configurator {language}:\n{format_violations(violations)}")
    assert not failures, "\n".join(failures)
