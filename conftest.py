import os

import pytest
import pytest_django.fixtures
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.db.models.signals import post_save
from django.utils import translation
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page, Site
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
def _isolated_state(request):
    """Each test starts in the default language with an empty cache (rate limits live there)."""

    if _DEMO["loaded"] and not uses_demo(request.node):
        pytest.fail(
            "This test runs after the demo content was committed to this process's database; "
            "tests on the demo must run last (pytest_collection_modifyitems in conftest.py)."
        )
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


# --- the demo content, loaded once per test process ----------------------------------------
#
# Loading the demo takes long (pages, translations, search index), and some fifty tests read
# it. Each test process loads it once and commits it; the tests that read it run last in each
# process (pytest-xdist hands every process its tests in collection order), so no other test
# ever sees it. Tests on the demo either run in a transaction rolled back after them
# (``demo_site``: anything they change, even loading the demo again, is undone) or drive a
# browser against a live server on the committed demo (``demo_server``: they only read).

DEMO_FIXTURES = {"demo_site", "demo_server"}
_DEMO = {"loaded": False}


def uses_demo(item):
    return bool(DEMO_FIXTURES & set(getattr(item, "fixturenames", ())))


def _databases_for_test(test, original=pytest_django.fixtures._get_databases_for_test):
    """pytest-django creates the test database only for tests that use it through its own
    fixtures and markers; a run of only ``demo_server`` tests (no transaction of their own)
    would otherwise reach the development database. Pinned pytest-django: this private hook
    failing to exist fails the import, loudly."""
    if "demo_server" in getattr(test, "fixturenames", ()):
        return ("default",), False
    return original(test)


pytest_django.fixtures._get_databases_for_test = _databases_for_test


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests on the demo go last, in their order (after pytest-django's own ordering)."""
    items.sort(key=uses_demo)


def _ensure_demo():
    """Load the demo unless it is in the database already (a flush would have removed it)."""
    from directory.organisations.models import Organisation  # noqa: PLC0415 - after setup

    if Organisation.objects.filter(name=DEMO_ORGANISATION).exists():
        return
    if not Page.objects.exists():
        # A transactional test ran last and flushed the database; put back what the migrations
        # made (locales, the page tree, workflows), as its next such test would.
        for alias in connections:
            connection = connections[alias]
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents is None:
                pytest.fail(f"The test database {alias!r} was flushed and cannot be restored.")
            connection.creation.deserialize_db_from_string(contents)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


DEMO_ORGANISATION = "Savonlinnan Seudun Kolomonen ry"  # the first one the demo loads


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    """The demo content, committed in this process's test database."""
    with django_db_blocker.unblock():
        _ensure_demo()
    _DEMO["loaded"] = True


@pytest.fixture
def demo_site(_demo_database, db):
    """The demo content, as `make demo` loads it; the test's changes are rolled back."""
    _ensure_demo()
    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="session")
def _demo_live_server(_demo_database):
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def demo_server(_demo_live_server, django_db_blocker):
    """A live server on the committed demo content, for browser tests that only read it (the
    test runs outside a transaction: what it writes stays, so it must remove it itself)."""
    with django_db_blocker.unblock():
        _ensure_demo()
        yield _demo_live_server
        # The test's own queries ran on this thread's connections (Playwright gives the thread
        # a context of its own); left open, PostgreSQL would not drop the test database.
        connections.close_all()


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
