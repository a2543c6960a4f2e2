"""Requests the site cannot read get its own 400 page, with its headers, never a 500."""

import json
import logging
from io import BytesIO
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.test import Client

from clinic.logging import JsonFormatter

# A browser that has loaded a form holds a CSRF cookie; the check then reads the body.
CSRF_COOKIE = "a" * 32
UNREADABLE_BODIES = {
    "utf-16": ("application/x-www-form-urlencoded; charset=utf-16", "phone=1".encode("utf-16")),
    "latin-1": ("application/x-www-form-urlencoded; charset=latin-1", b"name=Sio\xe9\xff"),
    "multipart without a boundary": ("multipart/form-data; charset=utf-16", b"phone=1"),
    "multipart with a bad boundary": ("multipart/form-data; boundary=\x00", b"--\x00\r\n"),
}
URLS = ["/", "/appointments/request/", f"/{settings.ADMIN_PATH}login/", "/specialists/"]


@pytest.fixture
def production_security(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000


def post(url, content_type, body, **extra):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies[settings.CSRF_COOKIE_NAME] = CSRF_COOKIE
    return client.generic("POST", url, body, content_type=content_type, secure=True, **extra)


def assert_site_400_page(response):
    assert response.status_code == 400
    content = response.content.decode()
    assert "Sorry, the site could not read your request" in content
    assert 'href="tel:+18009220000"' in content
    assert '<link rel="stylesheet"' in content  # the site's page, not Django's bare one
    headers = response.headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("body", UNREADABLE_BODIES, ids=str)
def test_a_form_body_the_site_cannot_read_gets_the_site_400_page(url, body, production_security):
    assert_site_400_page(post(url, *UNREADABLE_BODIES[body]))


@pytest.mark.django_db
def test_an_unreadable_form_body_is_one_log_line_without_a_traceback(caplog):
    with caplog.at_level(logging.INFO):
        post("/appointments/request/", *UNREADABLE_BODIES["latin-1"])
    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(records) == 1
    assert records[0].exc_info is None
    line = JsonFormatter().format(records[0])
    entry = json.loads(line)
    assert entry["status"] == 400 and entry["path"] == "/appointments/request/"
    assert "\n" not in line and "Sio" not in line


@pytest.fixture
def wsgi_application():
    """Django's WSGI handler, as gunicorn runs it (less closing the test's database connection)."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield WSGIHandler()
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


def test_through_wsgi_an_unreadable_form_body_is_answered_not_escaped(wsgi_application):
    """What gunicorn does: an exception out of the WSGI application was its bare 500."""
    content_type, body = UNREADABLE_BODIES["utf-16"]
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_COOKIE": f"{settings.CSRF_COOKIE_NAME}={CSRF_COOKIE}",
        "wsgi.input": BytesIO(body),
    }
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started.update(status=status, headers=dict(headers))

    body = b"".join(wsgi_application(environ, start_response))
    assert started["status"] == "400 Bad Request"
    assert "Content-Security-Policy" in started["headers"]
    assert b"could not read your request" in body


@pytest.mark.django_db
def test_a_host_the_site_refuses_gets_the_site_400_page(production_security):
    response = Client().get("/", secure=True, headers={"host": "attacker.example"})
    assert_site_400_page(response)
