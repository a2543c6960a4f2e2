"""When a piece is down: the database (503 with the phone number), Redis (pages still
served), an unexpected error (500, no internals), and what the logs say about each."""

import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest
from clinic.logging import JsonFormatter
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "clinic.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def database_down():
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
        side_effect=OperationalError("could not connect to server: Connection refused"),
    )


def test_with_the_database_down_pages_are_a_plain_503_with_the_phone_number(settings):
    settings.PAGE_CACHE_SECONDS = 0
    with database_down():
        response = Client(raise_request_exception=False).get("/")
    content = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "not available right now" in content and 'href="tel:+18009220000"' in content
    assert "OperationalError" not in content and "Traceback" not in content


def test_the_health_check_reports_each_piece(client, settings):
    assert client.get("/healthz").json() == {"database": "ok", "cache": "ok"}
    with database_down():
        down = client.get("/healthz")
    assert down.status_code == 503 and down.json()["database"] == "unavailable"
    settings.CACHES = UNREACHABLE_REDIS
    down = client.get("/healthz")
    assert down.status_code == 503 and down.json() == {"database": "ok", "cache": "unavailable"}


def test_with_redis_down_pages_and_the_form_still_work(client, settings, form_data):
    settings.CACHES = UNREACHABLE_REDIS
    treatment = make_treatment()
    for _visit in range(2):
        assert client.get(treatment.get_absolute_url()).status_code == 200
    assert client.get("/appointments/request/").status_code == 200
    # The rate limit counts nothing while Redis is down (README): requests are still stored.
    settings.APPOINTMENT_RATE_LIMIT = 1
    for number in range(2):
        token = f"8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a1{number}"
        response = client.post("/appointments/request/", form_data | {"submission_token": token})
        assert response.status_code == 302
    assert AppointmentRequest.objects.count() == 2


def test_logs_are_json_lines_without_patient_data(form_data, caplog, settings):
    settings.PAGE_CACHE_SECONDS = 0
    caplog.set_level(logging.INFO)
    failure = OperationalError(f"duplicate key (email)=({form_data['email']})")
    with mock.patch("appointments.views.appointment_request_create", side_effect=failure):
        response = Client(raise_request_exception=False).post("/appointments/request/", form_data)
    assert response.status_code == 503
    lines = [JsonFormatter().format(record) for record in caplog.records]
    entries = [json.loads(line) for line in lines]
    assert any(entry.get("exception") == "OperationalError" for entry in entries)
    assert any(entry.get("path") == "/appointments/request/" for entry in entries)
    for line in lines:
        assert form_data["email"] not in line and form_data["patient_name"] not in line
        assert form_data["phone"] not in line


def test_liveness_answers_without_the_database_the_cache_or_a_session(client, settings):
    settings.CACHES = UNREACHABLE_REDIS
    settings.PAGE_CACHE_SECONDS = 600
    with CaptureQueriesContext(connection) as queries, database_down():
        response = client.get("/healthz/live", headers={"cookie": "sessionid=anything"})
    assert response.status_code == 200 and response.content == b"ok"
    assert len(queries) == 0 and "Vary" not in response and not response.cookies
    assert "no-store" in response["Cache-Control"] and response["X-Content-Type-Options"]
    assert client.post("/healthz/live").status_code == 405
