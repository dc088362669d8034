"""Test settings: fast hashing, in-memory mail, the same apps and middleware as production."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# pytest-django sets EMAIL_BACKEND to locmem; conftest.py puts the queue back in front of it.
PORTAL_MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
PORTAL_MAIL_RETRY_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PORTAL_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
PORTAL_DEMO_ACCOUNTS = False
# Tests must not depend on whatever REDIS_URL the shell exports unless asked to.
if not env.bool("TEST_USE_REDIS", default=False):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Static files come from the app folders (no collectstatic before tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["django"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
# The open data's rate limit is tested with its own small value (opendata/tests/test_v1.py).
OPENDATA_RATE_LIMIT = 1_000_000
