from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client


def test_collectstatic_makes_hashed_compressed_files(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    css = sorted(p.name for p in (tmp_path / "static" / "css").iterdir())
    hashed = [name for name in css if name.startswith("site.") and name.endswith(".css")]
    assert len(hashed) == 2  # site.css and site.<hash>.css
    assert any(name.endswith(".css.gz") for name in css)


def assert_security_headers(response):
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_development_serves_static_files_with_the_security_headers(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = Client().get("/static/css/site.css", secure=True)
    assert_security_headers(response)
    assert response["Cache-Control"] == "max-age=0, public"  # CSS edits show at once


def test_production_serves_collected_static_files_with_the_security_headers(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = settings.WHITENOISE_AUTOREFRESH = False
    del settings.WHITENOISE_MAX_AGE
    settings.SECURE_HSTS_SECONDS = 31_536_000
    call_command("collectstatic", interactive=False, verbosity=0)
    url = static("css/site.css")
    assert url != "/static/css/site.css"  # the hashed name
    response = Client().get(url, secure=True)  # a new client: WhiteNoise reads the files
    assert_security_headers(response)
    assert "immutable" in response["Cache-Control"]
