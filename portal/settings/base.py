"""Settings shared by every environment.

Everything that differs between machines comes from environment variables (see
``.env.example``); the defaults here give a working embedded set-up on SQLite.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "django_ratelimit",
    "home",
    "blog",
    "directory.taxonomy",
    "directory.listings",
    "directory.organisations",
    "directory.events",
    "directory.registrations",
    "directory.submissions",
    "directory.moderation",
    "pilots",
    "search",
    "opendata",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales; adds locale synchronisation
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves a web server: writers queue instead of failing with
    # "database is locked". WAL lets readers and one writer work at once; IMMEDIATE takes the
    # write lock when a transaction starts (no deadlock upgrading a read lock); the busy
    # timeout makes a second writer wait for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# No Gravatar in the admin: it would send hashed staff e-mail addresses to a third party (and
# fail offline). Avatars are the initials Wagtail draws, or a photo uploaded in the account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Cache and sessions: Redis when REDIS_URL is set, local memory otherwise ------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # The cache is not a single point of failure: with Redis unreachable, cache calls are logged
    # and answered as misses (short timeouts), sessions live in the database with the cache in
    # front of them, and rate limits let people through (RATELIMIT_FAIL_OPEN). docs/security.md.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.5),
                "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.5),
            },
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="portal"),
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
    # Without Redis the rate limits count per process: right for one development server; a
    # deployment with several processes sets REDIS_URL (docs/deployment.md).
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Accounts (django-allauth): association representatives sign up on the public site -------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_FORMS = {"signup": "portal.forms.PortalSignupForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# The client's address behind proxies (portal.ratelimit.client_ip): how many trusted proxies
# append to X-Forwarded-For, or the header one trusted proxy sets. Every limit reads it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", default="")
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = CLIENT_IP_HEADER or None
RATELIMIT_IP_META_KEY = "portal.ratelimit.client_ip"
RATELIMIT_FAIL_OPEN = True  # with the cache down, limits let people through rather than block
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.StaffLoginForm"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "5/m/ip,20/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "5/m/ip,3/m/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "directory_my_listings"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

# --- Languages ------------------------------------------------------------------------------
# The first code is the default language. A third language needs only PORTAL_LANGUAGES, its
# catalogue in locale/ and a Locale in the admin (README, "Adding a language").
KNOWN_LANGUAGES = {
    "fi": _("Finnish"),
    "sv": _("Swedish"),
    "en": _("English"),
}
# Each language's name in that language itself, for the language switcher.
LANGUAGE_NATIVE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}
PORTAL_LANGUAGES = env.list("PORTAL_LANGUAGES", default=["fi", "sv"])
LANGUAGES = [(code, KNOWN_LANGUAGES.get(code, code)) for code in PORTAL_LANGUAGES]
LANGUAGE_CODE = PORTAL_LANGUAGES[0]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "directory" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = env("MEDIA_URL", default="/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible media storage switches on with a bucket name.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)
    AWS_S3_FILE_OVERWRITE = False

# --- E-mail and tasks (docs/deployment.md) ----------------------------------------------------
# All mail is queued after the transaction commits (portal.mail) and sent by a task with
# PORTAL_MAIL_TRANSPORT, the backend the EMAIL_BACKEND variable names; a mail server that is
# down never breaks a sign-up, a password reset or an approval.
EMAIL_BACKEND = "portal.mail.QueuedEmailBackend"
PORTAL_MAIL_TRANSPORT = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
PORTAL_MAIL_ATTEMPTS = env.int("PORTAL_MAIL_ATTEMPTS", default=3)
PORTAL_MAIL_RETRY_SECONDS = env.int("PORTAL_MAIL_RETRY_SECONDS", default=60)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="portaali@example.fi")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# django-tasks runs the mail task and Wagtail's own tasks (search index, references). The
# immediate backend (development, tests) runs them in the process that queues them, after the
# commit; production defaults to django-tasks-db's DatabaseBackend, whose worker
# (`manage.py db_worker`) runs them with retries and keeps their results (docs/deployment.md).
INSTALLED_APPS.append("django_tasks_db")  # its table exists in every environment
TASKS_BACKEND = env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")
TASKS = {"default": {"BACKEND": TASKS_BACKEND}}

# --- Search (docs/search.md) ------------------------------------------------------------------
# Wagtail's database backend: SQLite's FTS5 index, or PostgreSQL with the `finnish` and `swedish`
# text-search configurations (search.backends.postgres). With ELASTICSEARCH_URL, Elasticsearch 8
# or 9 with Finnish and Swedish analysers; the database index is then kept current as well, and
# search falls back to it while the cluster cannot be reached.
SEARCH_DATABASE_BACKEND = {"BACKEND": "search.backends.database"}
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX = env("ELASTICSEARCH_INDEX", default="portal")
ELASTICSEARCH_VERSION = env.int("ELASTICSEARCH_VERSION", default=8)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.elasticsearch{ELASTICSEARCH_VERSION}",
            "URLS": env.list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX}_",
            "TIMEOUT": env.int("ELASTICSEARCH_TIMEOUT", default=5),
            "OPTIONS": {"max_retries": 1},
        },
        "database": SEARCH_DATABASE_BACKEND,
    }
SEARCH_FALLBACK_BACKEND = "database" if ELASTICSEARCH_URL else None

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("Organisations and sote-centres")
# A password-protected page asks for its password within the site's layout (header, search).
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "portal/password_required.html"
# The one base of every absolute address (canonical, hreflang, iCal, sitemap, JSON-LD, e-mail,
# Wagtail's notifications): portal.addresses.absolute(). `make run` sets it for its PORT.
PORTAL_BASE_URL = env("PORTAL_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# One set of image limits for the admin and the associations' forms. The pixel count is checked
# from the file's header before any decoding, so a huge image cannot exhaust a worker.
PORTAL_IMAGE_MAX_BYTES = 5 * 1024 * 1024
PORTAL_IMAGE_MAX_PIXELS = 16_000_000  # e.g. 4900 × 3265: any phone photo
WAGTAILIMAGES_MAX_UPLOAD_SIZE = PORTAL_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = PORTAL_IMAGE_MAX_PIXELS
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Open data (docs/api.md) ----------------------------------------------------------------
# DRF is shared with Wagtail's admin API, so the defaults stay DRF's own; the open data views
# set their frame themselves (opendata.http.OpenDataMixin: anonymous, JSON only, rate limited).
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
# Requests per client address and minute, over every open data endpoint together.
OPENDATA_RATE_LIMIT = env.int("OPENDATA_RATE_LIMIT", default=120)
# How long browsers and proxies may keep an answer (seconds); conditional GET renews it.
OPENDATA_MAX_AGE = env.int("OPENDATA_MAX_AGE", default=300)
# The data source in the ids of /api/linkedevents/v1/ ("<data source>:<id>", as in Linked Events).
OPENDATA_DATA_SOURCE = env.str("OPENDATA_DATA_SOURCE", default="jarjestoportaali")
SPECTACULAR_SETTINGS = {
    "TITLE": "Järjestöt ja sote-keskukset – open data API",
    "DESCRIPTION": "Organisations, activities, events and sote-centres of the portal, read-only.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/",
    # Only the open data; Wagtail's admin API is not part of it.
    "PREPROCESSING_HOOKS": ["opendata.schema.only_open_data"],
}
# Any site may read the open data from a browser (widgets on municipal sites); only GET.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Link"]
CORS_PREFLIGHT_MAX_AGE = 86400

# --- Event registration (docs/events.md) ----------------------------------------------------
# Participants' personal data is anonymised this many days after the event ends, by the
# scheduled `manage.py anonymise_registrations`.
EVENT_REGISTRATION_RETENTION_DAYS = env.int("EVENT_REGISTRATION_RETENTION_DAYS", default=30)
# Handled error reports are deleted this many days after they were sent, by the scheduled
# `manage.py prune_personal_data` (which also runs the registrations' anonymisation).
ERROR_REPORT_RETENTION_DAYS = env.int("ERROR_REPORT_RETENTION_DAYS", default=365)

# --- Security headers (also on in development; production tightens transport security) -----
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy for the public site: no inline scripts, no third-party origins.
# The Wagtail admin ships inline scripts of its own, so it keeps Django's other headers but
# not this policy (see EXCLUDE_URL_PREFIXES).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# --- Logging: everything to stdout ----------------------------------------------------------
LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": LOG_LEVEL, "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs search indexing and reference updates as tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
        "wagtail.contrib.redirects": {"level": "WARNING"},
    },
}
