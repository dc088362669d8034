"""The embedded default (SQLite) is set up for a web server: parallel writers queue."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import threading
    import django
    django.setup()
    from django.db import connection, connections, transaction
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        print("journal", cursor.fetchone()[0])
    errors = []

    def write(n):
        try:
            for round_ in range(5):
                with transaction.atomic():
                    # Read, then write, as a sign-up does (count the places, then take one).
                    Session.objects.filter(session_key__startswith="k").count()
                    Session.objects.create(
                        session_key=f"k{n}-{round_}", session_data="x", expire_date=timezone.now()
                    )
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("rows", Session.objects.filter(session_key__startswith="k").count())
    print("errors", errors)
    """
)


def test_parallel_writers_queue_instead_of_failing(tmp_path):
    database = tmp_path / "portal.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        {"DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": f"sqlite:///{database}"}
    )
    run = {"cwd": BASE_DIR, "env": env, "capture_output": True, "text": True, "timeout": 300}
    migrate = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "migrate", "sessions", "-v0"], **run
    )
    assert migrate.returncode == 0, migrate.stderr
    result = subprocess.run([sys.executable, "-c", SCRIPT], **run)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert "journal wal" in result.stdout
    assert "rows 50" in result.stdout, result.stdout
    assert "errors []" in result.stdout, result.stdout


def test_sqlite_options(settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        pytest.skip("the suite runs on PostgreSQL")
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
