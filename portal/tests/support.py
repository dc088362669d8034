"""Helpers shared by the test suites of every app."""

import os
import smtplib
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.mail.backends import locmem
from django.core.mail.backends.base import BaseEmailBackend

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_PATH = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def browser_unavailable_reason():
    if not Path(CHROMIUM_PATH).exists():
        return f"Chromium not found at {CHROMIUM_PATH} (apt-get install -y chromium)"
    if not AXE_PATH.exists():
        return "axe-core is not installed (npm ci)"
    return None


def skip_or_fail_without_browser():
    """Skip browser tests with a visible reason, or fail them when CI requires them."""
    reason = browser_unavailable_reason()
    if reason is None:
        return
    if os.environ.get("PORTAL_REQUIRE_BROWSER"):
        pytest.fail(f"Browser tests are required here but cannot run: {reason}")
    pytest.skip(reason)


def axe_violations(page):
    """Run axe-core on the open Playwright page; return WCAG 2.1 A and AA violations."""
    page.add_script_tag(content=AXE_PATH.read_text())
    result = page.evaluate(
        """async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})""",
        WCAG_TAGS,
    )
    return result["violations"]


def format_violations(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return "\n".join(lines)


def public_outputs(obj):
    """Every public address where ``obj`` could show up, from each app's ``public_surfaces``.

    An app lists its surfaces in ``<app>/tests/public_surfaces.py`` as ``surfaces(obj)`` returning
    ``(url, check)`` pairs: listing pages, feeds, sitemaps, search, API, widgets, and the
    object's own address. ``check`` is ``NOT_FOUND`` (the address must answer 404),
    ``NO_TEXT`` (the page must not show the object's texts) or a string that must not appear
    (e.g. the object's link, for pages that echo a search query).
    """
    outputs = []
    for app_config in apps.get_app_configs():
        if not (Path(app_config.path) / "tests" / "public_surfaces.py").exists():
            continue  # third-party apps, and ours without public surfaces
        module = import_module(f"{app_config.name}.tests.public_surfaces")
        outputs.extend(module.surfaces(obj))
    return outputs


NOT_FOUND = "404"
NO_TEXT = "no-text"


def assert_not_public(client, obj, *texts):
    """Fail if ``obj`` (or any of ``texts``, by default its name) is visible to the public.

    Checks every surface listed by :func:`public_outputs` as an anonymous reader, in every
    language. Use it for anything unpublished, pending, withdrawn or otherwise not approved.
    """
    client.logout()
    texts = [text for text in (texts or (str(obj),)) if text]
    assert texts, "Give the texts that must not appear"
    outputs = public_outputs(obj)
    assert outputs, f"No public surfaces are known for {obj!r}"
    leaks = []
    for url, check in outputs:
        response = client.get(url)
        if check == NOT_FOUND:
            if response.status_code != 404:
                leaks.append(f"{url} answered {response.status_code}, expected 404")
            continue
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        body = response.content.decode()
        markers = texts if check == NO_TEXT else [check]
        leaks.extend(f"{url} shows {marker!r}" for marker in markers if marker in body)
    assert not leaks, "Not public, yet visible:\n" + "\n".join(leaks)


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down: every send raises as smtplib does. ``calls`` counts tries."""

    calls = 0

    def send_messages(self, email_messages):
        type(self).calls += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class FlakyEmailBackend(locmem.EmailBackend):
    """A mail server that fails once, then delivers to ``mail.outbox``."""

    failures_left = 1

    def send_messages(self, email_messages):
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            raise ConnectionResetError(104, "Connection reset by peer")
        return super().send_messages(email_messages)
