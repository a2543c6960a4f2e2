"""Limits per client address (high: a waiting room shares one) and per email and phone.

Counts only, never time: the window is an hour and every test is over well within it.
"""

import re

import pytest

from appointments.models import AppointmentRequest

pytestmark = pytest.mark.django_db


def patient(form_data, number, **fields):
    """Another patient: their own form, email address and phone number."""
    return (
        form_data
        | {
            "submission_token": f"8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6b{number:02}",
            "email": f"patient{number}@example.org",
            "phone": f"402-555-01{number:02}",
        }
        | fields
    )


def post(client, data):
    return client.post("/appointments/request/", data)


def test_the_sixth_patient_on_a_shared_network_is_not_turned_away(client, form_data):
    for number in range(1, 7):
        assert post(client, patient(form_data, number)).status_code == 302
    assert AppointmentRequest.objects.count() == 6


def test_over_the_limit_the_form_comes_back_as_typed_with_the_phone_number(
    client, form_data, settings
):
    settings.APPOINTMENT_RATE_LIMIT = 2
    for number in range(1, 3):
        post(client, patient(form_data, number))
    data = patient(form_data, 3, message="Line one\nLine two", insurance="Acme & Co")
    response = post(client, data)
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.APPOINTMENT_RATE_WINDOW)
    content = response.content.decode()
    main = content[content.index("<main") :]
    assert main.index("Your request has not been sent") < main.index("<h1>")
    assert '<a href="tel:+18009220000">800.922.0000</a>' in content
    for kept in ['value="Siobhán O’Brien"', 'value="patient3@example.org"',
                 'value="402-555-0103"', "Line one\nLine two</textarea>",
                 'value="Acme &amp; Co"']:  # fmt: skip
        assert kept in content, kept
    assert re.search(r'value="bells-palsy"[^>]* checked', content)
    assert AppointmentRequest.objects.count() == 2


def test_one_email_address_however_written_has_its_own_limit(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT = 2
    for number, email in enumerate(["Ann@Example.org", "ann@example.org"], start=1):
        assert post(client, patient(form_data, number, email=email)).status_code == 302
    assert post(client, patient(form_data, 3, email="ANN@example.org")).status_code == 429
    assert post(client, patient(form_data, 4)).status_code == 302  # someone else: fine
    assert AppointmentRequest.objects.count() == 3


def test_one_phone_number_however_written_has_its_own_limit(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT = 2
    for number, phone in enumerate(["402-555-0150", "(402) 555 0150"], start=1):
        assert post(client, patient(form_data, number, phone=phone)).status_code == 302
    assert post(client, patient(form_data, 3, phone="+14025550150")).status_code == 429
    assert AppointmentRequest.objects.count() == 2


def test_a_double_click_counts_once(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT = 1
    assert post(client, form_data).status_code == post(client, form_data).status_code == 302
    assert AppointmentRequest.objects.count() == 1


def test_the_cache_holds_no_email_address_or_phone_number(client, form_data):
    from django.core.cache import cache

    post(client, form_data)
    keys = " ".join(cache._cache.keys())  # the local-memory cache of the tests
    assert "ratelimit:" in keys
    for private in ["patient@example.org", "4025550199", "127.0.0.1"]:
        assert private not in keys


def test_requests_sent_at_the_same_moment_cannot_all_pass_the_limit(
    client, form_data, settings, monkeypatch
):
    """Another request arrives while the first is being stored (as concurrent submits do)."""
    from django.test import Client

    from appointments import views

    settings.APPOINTMENT_RATE_LIMIT = 1
    store, arrived = views.appointment_request_create, []

    def store_while_another_arrives(**fields):
        if not arrived:
            arrived.append(post(Client(), patient(form_data, 2)))  # the same address
        return store(**fields)

    monkeypatch.setattr(views, "appointment_request_create", store_while_another_arrives)
    assert post(client, patient(form_data, 1)).status_code == 302
    assert arrived[0].status_code == 429
    assert AppointmentRequest.objects.count() == 1


def test_a_refused_request_is_not_counted(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT, settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT = 2, 1
    assert post(client, patient(form_data, 1)).status_code == 302
    again = patient(form_data, 1, submission_token="8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6c01")
    assert post(client, again).status_code == 429  # the same phone and email: refused...
    assert post(client, patient(form_data, 2)).status_code == 302  # ...not counted for the address
    assert AppointmentRequest.objects.count() == 2


def test_a_hit_counts_once_and_returns_the_new_count():
    from clinic.ratelimit import count_hit, uncount_hit

    assert [count_hit("test", "someone", 60) for _hit in range(3)] == [1, 2, 3]
    uncount_hit("test", "someone")
    assert count_hit("test", "someone", 60) == 3


def test_the_limit_notice_has_one_source_the_form():
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    with pytest.raises(TemplateDoesNotExist):  # a separate page nothing renders would drift
        get_template("429.html")
