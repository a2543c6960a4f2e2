"""Settings come from the environment; each case runs manage.py in a clean process."""

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
CONFIG_PREFIXES = ("DJANGO_", "DATABASE_", "REDIS_", "EMAIL_", "CLINIC_", "DEFAULT_FROM",
                   "SITE_URL", "PORT")  # fmt: skip
PRODUCTION = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "clinic.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SITE_URL": "https://clinic.example.org",
}


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(CONFIG_PREFIXES)}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def setting(expression, **env):
    code = f"from django.conf import settings; print({expression})"
    result = manage("shell", "--no-imports", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_debug_is_off_unless_asked_for():
    assert setting("settings.DEBUG") == "False"
    assert setting("settings.DEBUG", DJANGO_DEBUG="true") == "True"


def test_development_needs_no_variables_and_uses_sqlite_and_local_memory():
    assert setting("settings.DATABASES['default']['ENGINE']") == "django.db.backends.sqlite3"
    assert "LocMemCache" in setting("settings.CACHES['default']['BACKEND']")
    assert "console" in setting("settings.MAILERS['default']['BACKEND']")


def test_production_refuses_to_start_without_a_secret_key():
    env = PRODUCTION | {"DJANGO_SECRET_KEY": ""}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", **PRODUCTION | {"DJANGO_ALLOWED_HOSTS": ""})
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_refuses_to_start_without_a_site_url():
    # A default from PORT would send the clinic links to the server's own loopback.
    result = manage("check", **PRODUCTION | {"SITE_URL": "", "PORT": "8080"})
    assert result.returncode != 0
    assert "SITE_URL must be set when DJANGO_ENV=production" in result.stderr


def test_production_refuses_debug():
    result = manage("check", **PRODUCTION | {"DJANGO_DEBUG": "true"})
    assert "DJANGO_DEBUG must be off" in result.stderr


def test_production_passes_the_deployment_checklist_without_a_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_without_redis_fails_the_deployment_checklist():
    env = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode != 0 and "clinic.W001" in result.stderr


def test_production_without_smtp_fails_the_deployment_checklist():
    env = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_HOST"}
    result = manage("check", "--deploy", **env)
    assert result.returncode != 0
    assert "mail.E001" in result.stderr


def test_database_url_selects_postgresql():
    url = "postgres://clinic:secret@db.internal:5433/clinic"
    assert setting("settings.DATABASES['default']['ENGINE']", DATABASE_URL=url) == (
        "django.db.backends.postgresql"
    )
    assert setting("settings.DATABASES['default']['PORT']", DATABASE_URL=url) == "5433"


def test_redis_url_selects_the_redis_cache():
    backend = setting("settings.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/1")
    assert backend == "clinic.cache.ResilientRedisCache"


def test_production_refuses_to_start_without_two_factor_sign_in():
    result = manage("check", **PRODUCTION | {"DJANGO_ADMIN_REQUIRE_2FA": "false"})
    assert "DJANGO_ADMIN_REQUIRE_2FA must be on" in result.stderr


def test_production_logs_json_lines():
    assert setting("settings.LOGGING['handlers']['console']['formatter']", **PRODUCTION) == "json"


def test_email_host_selects_smtp_with_its_options():
    env = {"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "2525", "EMAIL_HOST_USER": "site"}
    mailer = "settings.MAILERS['default']"
    assert setting(f"{mailer}['BACKEND']", **env) == "django.core.mail.backends.smtp.EmailBackend"
    assert setting(f"{mailer}['OPTIONS']['port']", **env) == "2525"


@pytest.mark.parametrize(("name", "value"), [("DJANGO_DEBUG", "maybe"), ("EMAIL_PORT", "abc")])
def test_a_malformed_variable_is_named_in_the_error(name, value):
    result = manage("check", **{name: value, "EMAIL_HOST": "smtp.example.org"})
    assert result.returncode != 0
    assert name in result.stderr


def test_the_proxy_header_can_be_set_for_a_tls_proxy():
    value = setting(
        "settings.SECURE_PROXY_SSL_HEADER", DJANGO_SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO"
    )
    assert value == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_s3_storage_keeps_story_photos_private_and_behind_the_consent_check():
    env = {"DJANGO_MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "clinic-media",
           "AWS_PRIVATE_STORAGE_BUCKET_NAME": "clinic-private",
           "DJANGO_MEDIA_ORIGIN": "https://media.clinic.example.org"}  # fmt: skip
    code = (
        "from django.core.files.storage import storages\n"
        "photos = storages['story_photos']\n"
        "print(storages['default'].url('a.jpg'), photos.bucket_name, photos.default_acl,"
        " photos.url('stories/renditions/x.jpg'))"
    )
    result = manage("shell", "--no-imports", "-c", code, **env)
    assert result.stdout.split() == [
        "https://media.clinic.example.org/a.jpg", "clinic-private", "private",
        "/stories/photos/stories/renditions/x.jpg",
    ]  # fmt: skip
    assert "https://media.clinic.example.org" in setting("settings.SECURE_CSP['img-src']", **env)
    result = manage("check", DJANGO_MEDIA_STORAGE="s3")
    assert "needs AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_links_in_emails_follow_the_development_servers_port():
    assert setting("settings.SITE_URL") == "http://127.0.0.1:8000"
    assert setting("settings.SITE_URL", PORT="8080") == "http://127.0.0.1:8080"
    explicit = {"PORT": "8080", "SITE_URL": "https://clinic.example.org/"}
    assert setting("settings.SITE_URL", **explicit) == "https://clinic.example.org"


def test_development_with_no_variables_serves_pages_and_static_files_without_collectstatic():
    code = (
        "from django.test import Client\n"
        "page, css = Client().get('/no-such-page/'), Client().get('/static/css/site.css')\n"
        "print(page.status_code, b'Page not found' in page.content, css.status_code)"
    )
    result = manage("shell", "--no-imports", "-c", code)
    assert result.stdout.split() == ["404", "True", "200"], result.stderr
    # Production keeps the hashed, compressed files that collectstatic makes.
    backend = setting("settings.STORAGES['staticfiles']['BACKEND']", **PRODUCTION)
    assert backend == "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")
def test_make_run_serves_the_sites_own_pages_on_the_port_asked_for():
    result = subprocess.run(["make", "-n", "run", "PORT=8080"], cwd=BASE_DIR, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    runserver = next(line for line in result.stdout.splitlines() if "runserver" in line)
    assert "PORT=8080" in runserver and "runserver 127.0.0.1:8080" in runserver
    assert "DJANGO_DEBUG" not in result.stdout  # debug pages only when the developer asks
