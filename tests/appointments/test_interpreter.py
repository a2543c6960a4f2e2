"""Whether the patient needs an interpreter, and for which language: asked, checked, stored and
shown to staff."""

import csv
import io
import re

import pytest
from django.db import IntegrityError

from appointments.models import AppointmentRequest
from clinic.roles import APPOINTMENT_COORDINATORS as COORDINATORS
from tests.factories import make_staff

pytestmark = pytest.mark.django_db

ADMIN = "/admin/appointments/appointmentrequest/"


def post(client, data, url="/appointments/request/"):
    return client.post(url, data)


def test_the_question_is_a_fieldset_in_step_2_with_the_language_box_after_its_choices(client):
    content = client.get("/appointments/request/").content.decode()
    step_2 = re.search(r"Step 2 of 5.*?</fieldset>\s*</div>\s*</fieldset>", content, re.S)[0]
    question = re.search(r'<fieldset aria-describedby="id_interpreter_helptext">.*?</fieldset>',
                         step_2, re.S)[0]  # fmt: skip
    legend = re.search(r"<legend.*?>(.*?)<span", question, re.S)[1]
    assert legend.strip() == "Do you need an interpreter?"
    labels = re.findall(r'for="id_interpreter_\d" class="form-check-label">\s*(.*?)\s*<', question)
    assert labels == [
        "No",
        "Yes, a Spanish interpreter",
        "Yes, an interpreter for another language",
    ]
    box = step_2[step_2.index(question) + len(question) :]
    assert 'for="id_interpreter_language"' in box and 'maxlength="60"' in box
    # With JavaScript off it is always there: its label and hint say when it is needed.
    assert "If for another language, which one?" in box
    assert 'aria-describedby="id_interpreter_language_helptext"' in box
    assert "Only if you chose another language." in box


def test_another_language_needs_its_name_with_a_message_that_says_so(client, form_data):
    content = post(client, form_data | {"interpreter": "other"}).content.decode()
    message = "Enter the language you need an interpreter for"
    assert f'<a href="#id_interpreter_language">{message}</a>' in content
    assert 'aria-invalid="true"' in content and not AppointmentRequest.objects.exists()


def test_the_question_must_be_answered(client, form_data):
    content = post(client, form_data | {"interpreter": ""}).content.decode()
    assert '<a href="#id_interpreter_0">Select whether you need an interpreter</a>' in content
    assert post(client, form_data | {"interpreter": "french"}).status_code == 200
    assert not AppointmentRequest.objects.exists()


def test_the_language_is_stored_without_control_characters(client, form_data):
    typed = "  Viet\u200bnam\x00ese\u202e\r\n(Southern)  "
    post(client, form_data | {"interpreter": "other", "interpreter_language": typed})
    request = AppointmentRequest.objects.get()
    assert request.interpreter == "other"
    assert request.interpreter_language == "Vietnamese (Southern)"
    assert request.interpreter_display == "Yes, for Vietnamese (Southern)"


def test_the_language_has_a_length_limit(client, form_data):
    data = form_data | {"interpreter": "other", "interpreter_language": "x" * 61}
    content = post(client, data).content.decode()
    assert "Ensure this value has at most 60 characters (it has 61)." in content
    assert not AppointmentRequest.objects.exists()
    post(client, data | {"interpreter_language": "x" * 60})
    assert AppointmentRequest.objects.get().interpreter_language == "x" * 60


def test_a_language_typed_with_another_answer_is_not_kept(client, form_data):
    post(client, form_data | {"interpreter": "spanish", "interpreter_language": "Portuguese"})
    request = AppointmentRequest.objects.get()
    assert (request.interpreter, request.interpreter_language) == ("spanish", "")
    assert request.interpreter_display == "Yes, a Spanish interpreter"


def test_the_database_holds_the_language_to_another_language_alone(form_data):
    request = AppointmentRequest(reference="FP-AAAA-AA", submission_token="8a1f0c62-4a1e-4b7b-"
                                 "9c55-0b1f3f2b6a11", asker="patient", patient_name="Ann",
                                 contact_method="phone", contact_time="any", unlisted_cause="other",
                                 affected_side="left", onset="not_sure", referred="no",
                                 consent_to_contact=True, interpreter="other")  # fmt: skip
    with pytest.raises(IntegrityError):
        request.save()


@pytest.fixture
def requests_in_two_languages(client, form_data):
    from django.urls import reverse
    from django.utils import translation

    post(client, form_data | {"interpreter": "other", "interpreter_language": "Karen"})
    with translation.override("es"):
        spanish_url = reverse("appointments:request")
    token = "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a12"
    post(client, form_data | {"interpreter": "spanish", "submission_token": token}, spanish_url)
    return AppointmentRequest.objects.order_by("pk")


def test_the_triage_list_shows_language_and_interpreter_and_filters_by_language(
    client, requests_in_two_languages
):
    english, spanish = requests_in_two_languages
    client.force_login(make_staff("coordinator", COORDINATORS))
    content = client.get(ADMIN).content.decode()
    assert "column-language_name" in content and "column-interpreter_needed" in content
    assert ">Spanish</td>" in content and ">English</td>" in content
    assert ">Yes, for Karen</td>" in content and ">Yes, a Spanish interpreter</td>" in content
    assert 'href="?language=es"' in content  # the filter, in staff's words
    filtered = client.get(ADMIN, {"language": "es"}).content.decode()
    assert spanish.reference in filtered and english.reference not in filtered
    detail = client.get(f"{ADMIN}{spanish.pk}/change/").content.decode()
    assert re.search(r"Language:</label>\s*<div class=\"readonly\">Spanish</div>", detail)
    assert re.search(
        r"Interpreter:</label>\s*<div class=\"readonly\">Yes, a Spanish interpreter</div>", detail
    )


def test_the_export_has_language_and_interpreter(admin_client, requests_in_two_languages):
    english, spanish = requests_in_two_languages
    response = admin_client.post(
        ADMIN, {"action": "export_csv", "_selected_action": [english.pk, spanish.pk]}
    )
    header, *rows = csv.reader(io.StringIO(response.content.decode()))
    columns = [header.index("language"), header.index("interpreter")]
    assert sorted([row[i] for i in columns] for row in rows) == [
        ["English", "Yes, for Karen"],
        ["Spanish", "Yes, a Spanish interpreter"],
    ]


def test_staff_read_what_older_requests_and_unknown_languages_say():
    older = AppointmentRequest(interpreter="", language="en")
    assert older.interpreter_display == "Not asked" and older.language_name == "English"
    assert AppointmentRequest(language="xx").language_name == "xx"  # a code Django doesn't know
