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
    for module_name, function_name in DATA_MIGRATIONS:
        getattr(import_module(module_name), function_name)(apps, None)


# Data migrations replayed by restore_base_data, in dependency order. An app whose migrations
# create data that tests rely on adds its functions here.
DATA_MIGRATIONS = [
    ("home.migrations.0003_locale_synchronisation", "synchronise"),
    (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
    ("portal.migrations.0002_roles", "create_roles"),
    ("blog.migrations.0002_blog_review_workflow", "set_up"),
    ("pilots.migrations.0002_guidance_workflow_and_roles", "create_workflow_and_permissions"),
    ("directory.organisations.migrations.0002_reference_data_and_moderation", "reference_data"),
    ("directory.organisations.migrations.0002_reference_data_and_moderation", "moderation"),
    ("directory.organisations.migrations.0004_error_report_permissions", "grant"),
    ("directory.organisations.migrations.0007_event_moderation", "set_up"),
    ("search.migrations.0001_promotion_permissions", "grant"),
]


def public_outputs(obj):
    """Every public address where ``obj`` could show up, from each app's ``public_surfaces``.

    An app lists its surfaces in ``<app>/public_surfaces.py`` as ``surfaces(obj)`` returning
    ``(url, check)`` pairs: listing pages, feeds, sitemaps, search, API, widgets, and the
    object's own address. ``check`` is ``NOT_FOUND`` (the address must answer 404),
    ``NO_TEXT`` (the page must not show the object's texts) or a string that must not appear
    (e.g. the object's link, for pages that echo a search query).
    """
    from importlib import import_module

    from django.apps import apps

    outputs = []
    for app_config in apps.get_app_configs():
        try:
            module = import_module(f"{app_config.name}.public_surfaces")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.public_surfaces":
                raise
            continue
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
