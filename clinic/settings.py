"""Settings for the clinic site, read once from environment variables.

Development works with no variables at all (SQLite, local memory cache, console email).
DJANGO_ENV=production turns on the hardened defaults and insists on a real secret key and
allowed hosts. Every variable is listed in README.md and .env.example.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent


# An empty variable means "use the default", so a copied .env.example changes nothing.
def env_str(name, default=""):
    return os.environ.get(name) or default


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


ENVIRONMENT = env_str("DJANGO_ENV", "development")
if ENVIRONMENT not in {"development", "production"}:
    raise ImproperlyConfigured("DJANGO_ENV must be 'development' or 'production'.")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DJANGO_DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off when DJANGO_ENV=production.")

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_ENV=production.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", [] if PRODUCTION else ["localhost", "127.0.0.1", "[::1]", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_ENV=production.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Before the admin, so its translated fields show side by side in every admin form.
    "modeltranslation",
    "clinic.apps.ClinicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "clinic.apps.ClinicConfig",
    "services",
    "specialists",
    "stories",
    "appointments",
]

# Order matters: the security headers come first, so they are added on the way out of every
# response, whichever middleware answers it (static files, cached pages, redirects, 400, 405).
# The page cache sits inside them and before the session; an unreadable form body and a
# method no view takes are answered before the CSRF check would trip on them.
MIDDLEWARE = [
    "clinic.middleware.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "clinic.middleware.LivenessMiddleware",
    "clinic.page_cache.AnonymousPageCacheMiddleware",
    # Pages compressed here, not left to a proxy, and inside the page cache, so that a cached
    # page is compressed once rather than on every visit.
    "clinic.middleware.TextGZipMiddleware",
    "clinic.middleware.UnreadableFormMiddleware",
    "clinic.middleware.AllowedMethodsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "clinic.middleware.StaffSessionTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "clinic.urls"
WSGI_APPLICATION = "clinic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.clinic",
            ],
        },
    },
]

# The least word similarity a search's trigram look-up asks for (clinic.search.ranking). On
# PostgreSQL each connection gives it to pg_trgm, whose index then skips less alike rows.
TRIGRAM_WORD_SIMILARITY_FLOOR = 0.45

# SQLite file by default; DATABASE_URL=postgres://... for PostgreSQL (production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections roughly triple throughput; health checks drop dead ones.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Web requests run short queries: starting parallel workers costs more than they save,
    # and server-side cursors add round trips (and break behind transaction pooling).
    # random_page_cost 1.1 (SSD or cached data, not the default's spinning disk) lets the
    # planner pick the full-text index when many rows match: 3 times faster than a scan here.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c max_parallel_workers_per_gather=0 -c random_page_cost=1.1"
        f" -c pg_trgm.word_similarity_threshold={TRIGRAM_WORD_SIMILARITY_FLOOR}"
    )
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Errors become cache misses: pages are still served while Redis is down.
            "BACKEND": "clinic.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            # Fail fast rather than hold a request while Redis is unreachable.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at today's addresses, Spanish under /es/ (clinic/urls.py). Each language is named
# in itself, as the language switch shows it.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# Content with no Spanish yet shows the English (django-modeltranslation), under a notice.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# An untranslated address (an expertise's, a location's) is made from the English name.
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates as each language writes them ("March 9, 2026", "9 de marzo de 2026"): clinic/formats/.
FORMAT_MODULE_PATH = ["clinic.formats"]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "America/Chicago")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Health information (story photos) never goes in MEDIA_ROOT: the site serves it after a
# consent check. Keep this folder (or bucket) out of any web server's reach.
PRIVATE_MEDIA_ROOT = Path(env_str("DJANGO_PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
if PRIVATE_MEDIA_ROOT.resolve().is_relative_to(MEDIA_ROOT.resolve()):
    raise ImproperlyConfigured("DJANGO_PRIVATE_MEDIA_ROOT must not be inside DJANGO_MEDIA_ROOT.")
# Production normally serves uploads from object storage or the web server in front.

SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", not PRODUCTION)
# Uploaded images: larger files, or images with more pixels (decompression bombs), are refused.
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_BYTES", 10_000_000)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Videos (a short clip with an appointment request): size, length, and the tools that check
# and clean them (Debian's ffmpeg package).
VIDEO_MAX_UPLOAD_BYTES = env_int("VIDEO_MAX_UPLOAD_BYTES", 100_000_000)
VIDEO_MAX_SECONDS = env_int("VIDEO_MAX_SECONDS", 30)
FFPROBE = env_str("FFPROBE", "ffprobe")
FFMPEG = env_str("FFMPEG", "ffmpeg")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "story_photos": {"BACKEND": "stories.storage.StoryPhotoStorage"},
    # Photos and videos sent with appointment requests: staff see them through a view that
    # checks permission and logs each look; the storage itself makes no address.
    "patient_media": {"BACKEND": "clinic.private_media.PrivateFileSystemStorage"},
    # Production: hashed names (cacheable for a year) and pre-compressed copies, made by
    # collectstatic and served by WhiteNoise. Development needs no collectstatic: WhiteNoise
    # serves the source folders as they are (runserver's own static serving is off, debug or
    # not), with edits showing at once.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
if not PRODUCTION:
    WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = True
    WHITENOISE_MAX_AGE = 0

# Uploads in an S3-compatible bucket (AWS, MinIO, Ceph…) so that several web machines share
# them: public uploads (portraits) in one, story photos in a private one that only the site
# reads (patients get them through the consent check). Credentials come the usual AWS ways
# (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the machine's role).
MEDIA_STORAGE = env_str("DJANGO_MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE not in {"filesystem", "s3"}:
    raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE must be 'filesystem' or 's3'.")
# Where uploads are served from when not from the site itself, e.g. the bucket's address
# under the clinic's own domain: pages may load images from it (CSP img-src).
MEDIA_ORIGIN = env_str("DJANGO_MEDIA_ORIGIN").rstrip("/")
if MEDIA_STORAGE == "s3":
    _bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    _private_bucket = env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME")
    if not (_bucket and _private_bucket and MEDIA_ORIGIN):
        raise ImproperlyConfigured(
            "DJANGO_MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME, "
            "AWS_PRIVATE_STORAGE_BUCKET_NAME and DJANGO_MEDIA_ORIGIN (pages may load images "
            "only from there)."
        )
    _s3 = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": _s3
        | {
            "bucket_name": _bucket,
            "custom_domain": MEDIA_ORIGIN.split("://")[-1] or None,
            "querystring_auth": False,
        },
    }
    STORAGES["story_photos"] = {
        "BACKEND": "stories.s3_storage.StoryPhotoS3Storage",
        "OPTIONS": _s3 | {"bucket_name": _private_bucket},
    }
    STORAGES["patient_media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": _s3 | {"bucket_name": _private_bucket, "default_acl": "private"},
    }

# Email (Django 6.1 mailers). Console output in development; SMTP when EMAIL_HOST is set.
# (Local names avoid EMAIL_*: Django 6.1 refuses the deprecated settings beside MAILERS.)
_smtp_host = env_str("EMAIL_HOST")
if _smtp_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _smtp_host,
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": env_int("EMAIL_TIMEOUT", 10),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Facial Paralysis Program <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (emails) runs in `manage.py task_worker`, from a queue in the database, so
# nothing is lost while the mail server is down.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# The address used in links in emails, e.g. to a request in the admin. In development by
# default the development server's, on the port `make run` serves (PORT). Production has no
# default: one derived from PORT would send the clinic links to the server's own loopback.
_port = env_int("PORT", 8000)
SITE_URL = env_str("SITE_URL", "" if PRODUCTION else f"http://127.0.0.1:{_port}").rstrip("/")
if PRODUCTION and not SITE_URL:
    raise ImproperlyConfigured(
        "SITE_URL must be set when DJANGO_ENV=production (the site's public address, "
        "e.g. https://clinic.example.org, for links in emails)."
    )

# Appointment requests
APPOINTMENT_NOTIFY_EMAIL = env_str("APPOINTMENT_NOTIFY_EMAIL", "appointments@localhost")
# The default is translated (locale/); a time set in the environment is shown as written.
APPOINTMENT_RESPONSE_TIME = env_str("APPOINTMENT_RESPONSE_TIME") or gettext_lazy(
    "within one business day"
)
# Paralysis that began fewer months ago than this is time-sensitive (nerve transfer works best
# early): such requests sort first and the clinic email says so.
APPOINTMENT_URGENT_ONSET_MONTHS = env_int("APPOINTMENT_URGENT_ONSET_MONTHS", 12)
# Requests per window: from one client address (high: a hospital waiting room shares one), and
# from one email address or one phone number (what identifies a sender).
APPOINTMENT_RATE_LIMIT = env_int("APPOINTMENT_RATE_LIMIT", 30)
APPOINTMENT_RATE_LIMIT_PER_CONTACT = env_int("APPOINTMENT_RATE_LIMIT_PER_CONTACT", 5)
APPOINTMENT_RATE_WINDOW = env_int("APPOINTMENT_RATE_WINDOW", 3600)  # seconds
APPOINTMENT_RETENTION_DAYS = env_int("APPOINTMENT_RETENTION_DAYS", 365)
# "Was this page helpful?" answers and comments (clinic.feedback) from one client address per
# window: enough for a waiting room's visitors, not for a script skewing the figures.
FEEDBACK_RATE_LIMIT = env_int("FEEDBACK_RATE_LIMIT", 60)
FEEDBACK_RATE_WINDOW = env_int("FEEDBACK_RATE_WINDOW", 3600)  # seconds
# The face photos a request may include, in the order surgeons compare them: keys of
# appointments.photos.EXPRESSIONS, comma-separated ("none" turns the photos off).
APPOINTMENT_PHOTO_EXPRESSIONS = env_list(
    "APPOINTMENT_PHOTO_EXPRESSIONS",
    ["rest", "eyebrows_raised", "eyes_closed_gently", "eyes_closed_tightly", "big_smile",
     "lips_puckered"],
)  # fmt: skip
APPOINTMENT_VIDEO = env_bool("APPOINTMENT_VIDEO", True)
# Uploads from one client address per APPOINTMENT_RATE_WINDOW, whether or not they end up in
# a request: how many files, and how many bytes in all.
APPOINTMENT_UPLOAD_FILES_PER_CLIENT = env_int("APPOINTMENT_UPLOAD_FILES_PER_CLIENT", 60)
APPOINTMENT_UPLOAD_BYTES_PER_CLIENT = env_int("APPOINTMENT_UPLOAD_BYTES_PER_CLIENT", 500_000_000)
# Uploads never sent with a request are deleted after this many hours
# (`manage.py clear_abandoned_uploads`).
APPOINTMENT_PENDING_UPLOAD_HOURS = env_int("APPOINTMENT_PENDING_UPLOAD_HOURS", 24)
# A failed email is retried after this many seconds, doubling each time up to the maximum.
EMAIL_RETRY_DELAY = env_int("EMAIL_RETRY_DELAY", 30)
EMAIL_RETRY_MAX_DELAY = env_int("EMAIL_RETRY_MAX_DELAY", 3600)
# After this many attempts (about a day at the maximum delay) staff must resend it.
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 30)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security. Production turns everything on; each piece can be overridden for odd proxies.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", PRODUCTION)
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
# The language switch's choice (clinic.views.switch_language), kept a year; only the server
# reads it.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "clinic.views.csrf_failure"

# The staff admin. A path of its own keeps it out of bots' default guesses.
ADMIN_PATH = env_str("DJANGO_ADMIN_PATH", "admin").strip("/") + "/"
# Two-factor sign-in (an authenticator app). Production insists on it.
ADMIN_REQUIRE_2FA = env_bool("DJANGO_ADMIN_REQUIRE_2FA", PRODUCTION)
if PRODUCTION and not ADMIN_REQUIRE_2FA:
    raise ImproperlyConfigured("DJANGO_ADMIN_REQUIRE_2FA must be on when DJANGO_ENV=production.")
# Failed sign-ins before sign-in pauses: per account, and per client address (higher, as a
# whole hospital may share one address); the pause, in seconds.
LOGIN_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_CLIENT_FAILURE_LIMIT = env_int("DJANGO_LOGIN_CLIENT_FAILURE_LIMIT", 20)
LOGIN_LOCKOUT_SECONDS = env_int("DJANGO_LOGIN_LOCKOUT_SECONDS", 900)
# Staff are signed out after this many seconds without a request.
STAFF_SESSION_IDLE_TIMEOUT = env_int("DJANGO_STAFF_SESSION_IDLE_TIMEOUT", 1800)


# How many proxies in front of the site append to X-Forwarded-For (0: none). Per-client rate
# limits need it: behind a proxy every patient would otherwise share the proxy's address.
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0)
# Behind a TLS-terminating proxy, e.g. "HTTP_X_FORWARDED_PROTO=https".
if proxy_header := env_str("DJANGO_SECURE_PROXY_SSL_HEADER"):
    header, _sep, value = proxy_header.partition("=")
    SECURE_PROXY_SSL_HEADER = (header, value or "https")

# Every asset comes from this site; scripts need the per-response nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    # blob: the appointment form's previews of photos chosen, before they are sent.
    "img-src": [CSP.SELF, "blob:", *filter(None, [MEDIA_ORIGIN])],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Anonymous public pages are kept this many seconds in the shared cache (0: off). Off by
# default without Redis (each process's own cache would miss other processes' edits) and
# with debug on (a developer's template changes show at once).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600 if REDIS_URL and not DEBUG else 0)
# Parts of pages that are the same for everyone (a page's lists), kept as long for visitors
# the page cache does not serve: anyone with a session, a directory search (clinic.page_cache).
SHARED_PART_SECONDS = env_int("SHARED_PART_SECONDS", 600 if REDIS_URL and not DEBUG else 0)

# Browser features no page uses, turned off by the Permissions-Policy header. Only features
# browsers know: Chromium logs an error on every page for any other ("bluetooth" was one).
PERMISSIONS_POLICY_OFF = [
    "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
    "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
    "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
]  # fmt: skip

# JSON lines (for a log collector) in production, plain text in development.
LOG_FORMAT = env_str("DJANGO_LOG_FORMAT", "json" if PRODUCTION else "text")
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured("DJANGO_LOG_FORMAT must be 'json' or 'text'.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "clinic.logging.JsonFormatter"}, "text": {}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # Django's own loggers go through the same handler (and never email tracebacks).
    "loggers": {"django": {"handlers": [], "level": "INFO", "propagate": True}},
}

# What the site says about the clinic itself.
# The default name is translated (locale/); a name set in the environment is shown as written.
_clinic_name = env_str("CLINIC_NAME")
CLINIC_NAME = _clinic_name or gettext_lazy("Facial Paralysis Program")
CLINIC_PHONE = env_str("CLINIC_PHONE", "800.922.0000")
# For referring clinicians (the page for clinicians): the team's fax, shown only when set, and
# how soon referrals are answered (the default is translated; a value set here is shown as
# written).
CLINIC_FAX = env_str("CLINIC_FAX", "")
REFERRAL_RESPONSE_TIME = env_str("REFERRAL_RESPONSE_TIME") or gettext_lazy(
    "within one business day"
)
# The name staff see in their authenticator app: one name whatever the language (and a str,
# which django-otp requires).
OTP_TOTP_ISSUER = _clinic_name or "Facial Paralysis Program"
