"""Development settings: debug on, mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="development-only-secret-key-not-for-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
PORTAL_MAIL_TRANSPORT = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)

# Demo accounts and the development admin exist only where this is true.
PORTAL_DEMO_ACCOUNTS = True
