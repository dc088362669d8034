import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.db.models.signals import post_save
from django.utils import translation
from playwright.sync_api import sync_playwright
from wagtail.models import Site
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from portal.factories import UserFactory
from portal.tests.support import CHROMIUM_PATH, skip_or_fail_without_browser

# Playwright's sync API runs an event loop in the test thread; Django's ORM would refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _locale_sync_skips_raw_saves():
    """Restoring a serialized database (``serialized_rollback``) saves rows "raw"; wagtail-localize
    would then synchronise page trees from a locale that is not restored yet. Skip raw saves."""

    def sync_unless_raw(sender, instance, raw=False, **kwargs):
        if not raw:
            sync_trees_on_locale_sync_save(instance=instance, **kwargs)

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(sync_unless_raw, sender=LocaleSynchronization, weak=False)
    yield
    post_save.disconnect(sync_unless_raw, sender=LocaleSynchronization)
    post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@pytest.fixture(scope="session", autouse=True)
def _mail_goes_through_the_queue(django_test_environment):
    """Django's test set-up replaces EMAIL_BACKEND with locmem; put the queue (portal.mail) back
    in front of it, as in production, so that tests see mail only once the transaction commits
    (``django_capture_on_commit_callbacks(execute=True)``). The task still delivers to locmem:
    PORTAL_MAIL_TRANSPORT in portal.settings.test."""

    replaced = settings.EMAIL_BACKEND
    settings.EMAIL_BACKEND = "portal.mail.QueuedEmailBackend"
    yield
    settings.EMAIL_BACKEND = replaced


@pytest.fixture(autouse=True)
def _isolated_state():
    """Each test starts in the default language with an empty cache (rate limits live there)."""

    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def chromium(django_db_setup):

    skip_or_fail_without_browser()
    # Django keeps a test database's serialized contents (``serialized_rollback``) on the
    # connection object; Playwright's event loop gives this thread a new context, and with it
    # new connection objects. Carry the contents over so that later tests can restore them.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    """A page for axe checks: CSP is bypassed so that axe-core can be injected."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_site(db):
    """The demo content, as `make demo` loads it."""

    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def moderator(db):
    """A member of the Moderators group (approves listings, events and guidance)."""
    return UserFactory(username="moderaattori", groups=["Moderators"])


@pytest.fixture
def directory_page(db):
    """The directory page in Finnish and Swedish, without the demo listings."""
    from directory.organisations.models import DirectoryPage  # noqa: PLC0415 - after django.setup()
    from home.models import HomePage  # noqa: PLC0415 - after django.setup()
    from portal.demo import create_page  # noqa: PLC0415 - after django.setup()

    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    return create_page(
        home,
        DirectoryPage,
        {
            "slug": {"fi": "hakemisto", "sv": "katalog"},
            "title": {"fi": "Hakemisto", "sv": "Katalog"},
        },
        "test-directory",
    )


@pytest.fixture
def calendar_page(db, directory_page):
    """The calendar page in Finnish and Swedish (with the directory, for organiser links)."""
    from directory.events.models import CalendarPage  # noqa: PLC0415 - after django.setup()
    from home.models import HomePage  # noqa: PLC0415 - after django.setup()
    from portal.demo import create_page  # noqa: PLC0415 - after django.setup()

    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    return create_page(
        home,
        CalendarPage,
        {
            "slug": {"fi": "kalenteri", "sv": "kalender"},
            "title": {"fi": "Kalenteri", "sv": "Kalender"},
        },
        "test-calendar",
    )
