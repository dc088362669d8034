"""Helpers shared by the test suites of every app."""

import os
from pathlib import Path

import pytest
from django.conf import settings

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


def restore_base_data():
    """Recreate what the data migrations made, after a transactional test flushed it.

    Transactional tests (the browser suite's live server) empty every table afterwards; the
    next one needs the locales, the page tree root, the home page, the site and the roles again.
    """
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import Collection, Locale, Page, Site

    from home.models import HomePage

    if Site.objects.exists():
        return
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=default_locale)
    )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    home = root.add_child(
        instance=HomePage(title="Järjestöt ja sote-keskukset", slug="home", locale=default_locale)
    )
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    import_module("home.migrations.0003_locale_synchronisation").synchronise(apps, None)
    import_module(
        "wagtail_localize.migrations.0006_create_submit_translation_permission"
    ).create_submit_translation_permission(apps, None)
    import_module("portal.migrations.0002_roles").create_roles(apps, None)
