"""Production settings refuse to start half-configured and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def run_with(env_overrides, *args):
    ignored = {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "DATABASE_URL",
        "PORTAL_BASE_URL",
    }
    env = {k: v for k, v in os.environ.items() if k not in ignored}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "PORTAL_BASE_URL": "https://portaali.example.fi",
            **env_overrides,
        }
    )
    env = {k: v for k, v in env.items() if v is not None}  # None: leave the variable out
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("overrides", "missing"),
    [
        ({"ALLOWED_HOSTS": "portal.example.fi"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        (
            {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "portal.example.fi", "PORTAL_BASE_URL": None},
            "PORTAL_BASE_URL",
        ),
    ],
)
def test_production_refuses_to_start_without_required_settings(overrides, missing):
    result = run_with(overrides, "check")
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_passes_the_deployment_checks_without_warnings():
    result = run_with(
        {
            "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
            "ALLOWED_HOSTS": "portal.example.fi",
            "DATABASE_URL": "sqlite:///:memory:",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_debug_is_off():
    result = run_with(
        {"SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "portal.example.fi", "DEBUG": "true"},
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print('DEBUG', settings.DEBUG)",
    )
    assert "DEBUG False" in result.stdout, result.stderr


def test_services_switch_on_from_the_environment():
    result = run_with(
        {
            "SECRET_KEY": "s" * 60,
            "ALLOWED_HOSTS": "portal.example.fi",
            "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "ELASTICSEARCH_URL": "http://search.internal:9200",
            "AWS_STORAGE_BUCKET_NAME": "portal-media",
        },
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE']); print(s.CACHES['default']['BACKEND']); "
        "print(s.SESSION_ENGINE); print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']); "
        "print(s.STORAGES['default']['BACKEND'])",
    )
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "django.contrib.sessions.backends.cached_db",  # survives a cache outage
        "search.backends.elasticsearch8",
        "storages.backends.s3.S3Storage",
    ], result.stderr


@pytest.mark.parametrize("languages", ["fi,sv,en", "sv,fi"])
def test_languages_come_from_configuration_only(languages):
    """No language list or default is frozen into a migration: another PORTAL_LANGUAGES needs
    no new migration (README, "Adding a language")."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PORTAL_LANGUAGES": languages})
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
