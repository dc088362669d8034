"""Production settings: refuse to start without a secret key and allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, TASKS, env

DEBUG = False

# Mail and Wagtail's tasks go to the database queue; `manage.py db_worker` runs them.
TASKS["default"]["BACKEND"] = env("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment in production.")
# Every absolute address (e-mails, feeds, canonical links, the open data) starts with it: a
# production server must not give out http://127.0.0.1:8000 addresses.
if not env("PORTAL_BASE_URL", default=""):
    raise ImproperlyConfigured(
        "PORTAL_BASE_URL must be set in the environment in production "
        "(the public address, e.g. https://portaali.example.fi)."
    )

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Health checks come from the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
PORTAL_DEMO_ACCOUNTS = False
