"""The patient's email is in the language they filled in the form in, however it goes out (first
send, retry, staff's resend); the clinic's is in English and names that language."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from appointments.actions import notification_resend
from appointments.models import AppointmentRequest

from .conftest import FAILING, MEMORY, run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def submit(client, form_data, language):
    with translation.override(language):
        url = reverse("appointments:request")
    assert client.post(url, form_data).status_code == 302
    return AppointmentRequest.objects.get()


def emails(settings):
    """(clinic's, patient's) from the outbox."""
    clinic = [m for m in mail.outbox if m.to == [settings.APPOINTMENT_NOTIFY_EMAIL]]
    patient = [m for m in mail.outbox if m.to == ["patient@example.org"]]
    assert len(clinic) <= 1 and len(patient) <= 1
    return (clinic or [None])[0], (patient or [None])[0]


def html(email):
    return email.alternatives[0].content


def assert_in_spanish(email, request):
    assert email.subject == f"Recibimos su solicitud de cita ({request.reference})"
    for body in (email.body, html(email)):
        assert "Gracias por comunicarse con nosotros." in body
        assert "Su referencia: " in body and request.reference in body
        assert "llámenos al 800.922.0000 y díganos su referencia" in body
        assert "llame al 911" in body
        assert "Thank you" not in body and "call us" not in body
    assert '<html lang="es">' in html(email)


def test_a_spanish_request_gets_its_acknowledgement_in_spanish(client, form_data, settings):
    settings.MAILERS = MEMORY
    request = submit(client, form_data, "es")
    run_worker()
    clinic, patient = emails(settings)
    assert_in_spanish(patient, request)
    # The clinic's email is in staff's language, and says which language to call back in.
    assert clinic.subject == f"Time-sensitive: New appointment request {request.reference}"
    for body in (clinic.body, html(clinic)):
        assert "Language: Spanish" in body and "Interpreter: No" in body
        assert "Less than 3 months ago" in body
    assert '<html lang="en">' in html(clinic)


def test_an_english_request_gets_its_acknowledgement_in_english(client, form_data, settings):
    settings.MAILERS = MEMORY
    request = submit(client, form_data | {"interpreter": "spanish"}, "en")
    run_worker()
    clinic, patient = emails(settings)
    assert patient.subject == f"We have your appointment request ({request.reference})"
    assert "Thank you for contacting us." in patient.body and '<html lang="en">' in html(patient)
    assert "Language: English" in clinic.body
    assert "Interpreter: Yes, a Spanish interpreter" in clinic.body


def test_the_clinic_email_leaves_what_the_patient_typed_to_the_admin(client, form_data, settings):
    # Free text stays out of email (the minimum: a reference and a link); the choice is enough
    # for staff to know an interpreter is needed, and the admin names the language.
    settings.MAILERS = MEMORY
    data = form_data | {"interpreter": "other", "interpreter_language": "K’iche’ <b>"}
    submit(client, data, "es")
    run_worker()
    clinic, _patient = emails(settings)
    for body in (clinic.body, html(clinic)):
        assert "Interpreter: Yes, an interpreter for another language" in body
        assert "K’iche’" not in body


def test_retries_and_resends_keep_the_patients_language(client, form_data, settings):
    settings.MAILERS = FAILING
    request = submit(client, form_data, "es")
    run_worker()
    assert mail.outbox == []

    settings.MAILERS = MEMORY
    with translation.override("en"):  # whatever language the worker happens to be in
        run_worker(make_everything_due=True)
    assert_in_spanish(emails(settings)[1], request)

    mail.outbox.clear()
    for notification in request.notifications.all():  # staff's "resend the emails"
        notification_resend(notification)
    run_worker()
    clinic, patient = emails(settings)
    assert_in_spanish(patient, request)
    assert clinic.subject.startswith("Time-sensitive: New appointment request")
