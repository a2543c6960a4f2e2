"""The form in Spanish: every word a patient reads, Django's own messages too, and the language
the request was made in."""

import pytest
from django.urls import reverse
from django.utils import translation

from appointments.models import AppointmentRequest
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db


def spanish(name):
    with translation.override("es"):
        return reverse(f"appointments:{name}")


def test_the_spanish_form_asks_every_question_in_spanish(client, bells_palsy):
    content = client.get(spanish("request")).content.decode()
    assert '<html lang="es">' in content and "<title>Pedir una cita |" in content
    for words in [
        "Este formulario no es para emergencias.", "llame al 911 ahora",
        "Todas las preguntas son obligatorias, a menos que digan “opcional”.",
        '<span class="form-step__cue">Paso 1 de 5', "</span> Sobre usted</legend>",
        "¿Quién pide la cita?", "Soy el padre, la madre o el tutor del paciente",
        "Nombre completo del paciente", "empiece con + y el código del país",
        "¿Necesita un intérprete?", "Sí, un intérprete de español",
        "Si es para otro idioma, ¿cuál?", "¿Qué lado de la cara está afectado?", "No sé",
        "Hace menos de 3 meses", "Sin preferencia", "Hasta 1,000 caracteres",
        "Acepto que la clínica se comunique conmigo", 'value="Enviar solicitud"',
    ]:  # fmt: skip
        assert words in content, words
    for english in ["Who is asking", "Step 1 of 5", "Not sure", "Send request", "optional"]:
        assert english not in content, english
    assert f'action="{spanish("request")}"' in content  # the answer comes back in Spanish


def test_the_spanish_form_costs_the_queries_the_english_one_does(client, bells_palsy):
    assert count_queries(client, spanish("request")) == count_queries(
        client, "/appointments/request/"
    )


def test_errors_are_in_spanish_in_the_summary_and_beside_each_field(client, form_data):
    data = form_data | {"patient_name": "", "onset": "", "interpreter": "", "phone": "402"}
    content = client.post(spanish("request"), data).content.decode()
    assert "<title>Error: Pedir una cita |" in content
    assert 'class="error-summary" role="alert"' in content and "Hay un problema" in content
    for field, message in [
        ("id_patient_name", "Escriba el nombre completo del paciente"),
        ("id_phone", "Escriba un número de teléfono con su código de área, como 402-555-0199"),
        ("id_interpreter_0", "Elija si necesita un intérprete"),
        ("id_onset_0", "Elija cuándo empezó la parálisis, o “No sé”"),
    ]:
        assert f'<a href="#{field}">{message}</a>' in content
        assert content.count(message) == 2  # in the summary, and beside its field
    assert not AppointmentRequest.objects.exists()


def test_djangos_own_messages_are_in_spanish_too(client, form_data):
    data = form_data | {"patient_name": "x" * 151, "preferred_location": "nowhere"}
    content = client.post(spanish("request"), data).content.decode()
    assert "Asegúrese de que este valor tenga menos de 150 caracteres (tiene 151)." in content
    assert "Escoja una opción válida." in content
    assert "Ensure this value" not in content and "Select a valid choice" not in content


def test_a_request_made_in_spanish_is_stored_as_spanish_and_confirmed_in_spanish(client, form_data):
    response = client.post(spanish("request"), form_data)
    assert response.status_code == 302 and response["Location"] == spanish("received")
    request = AppointmentRequest.objects.get()
    assert request.language == "es"
    page = client.get(response["Location"]).content.decode()
    assert '<html lang="es">' in page and "<title>Recibimos su solicitud |" in page
    assert "Su número de referencia es" in page and request.reference in page
    assert "Qué pasa después" in page and "Una persona de nuestro equipo" in page


def test_a_request_made_in_english_is_stored_as_english(client, form_data):
    client.post("/appointments/request/", form_data)
    assert AppointmentRequest.objects.get().language == "en"


def test_over_the_limit_the_spanish_form_says_so_in_spanish(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = 0
    response = client.post(spanish("request"), form_data)
    content = response.content.decode()
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "<title>No se envió: Pedir una cita |" in content
    assert "Su solicitud no se envió" in content and "Llámenos y le ayudaremos:" in content
    assert 'href="tel:+18009220000">800.922.0000</a>' in content
    assert 'value="Siobhán O’Brien"' in content  # everything typed is kept
    assert not AppointmentRequest.objects.exists()


def test_the_confirmation_without_a_request_is_in_spanish(client):
    response = client.get(spanish("received"))
    assert response.status_code == 404
    assert "No hay ninguna solicitud que mostrar" in response.content.decode()


def test_a_cause_is_offered_in_spanish_and_kept_in_english_for_staff(client, form_data):
    from services.models import Cause

    Cause.objects.filter(slug_en="bells-palsy").update(
        title_es="Parálisis de Bell", slug_es="paralisis-de-bell"
    )
    content = client.get(spanish("request")).content.decode()
    assert 'value="bells-palsy"' in content and "Parálisis de Bell" in content
    assert client.post(spanish("request"), form_data).status_code == 302
    request = AppointmentRequest.objects.get()
    assert request.cause.slug_en == "bells-palsy" and request.cause_title == "Bell’s palsy"
