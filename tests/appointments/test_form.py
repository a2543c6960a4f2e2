import re

import pytest

from appointments.models import AppointmentRequest

pytestmark = pytest.mark.django_db


def post(client, data):
    return client.post("/appointments/request/", data)


def test_the_empty_form_asks_only_what_scheduling_needs(client, specialist_and_location):
    content = client.get("/appointments/request/?specialist=ana-example").content.decode()
    assert "This form is not for emergencies." in content and "call 911 now" in content
    assert re.search(r'value="ana-example"[^>]* checked', content)
    for autocomplete in ['autocomplete="name"', 'autocomplete="tel"', 'autocomplete="email"']:
        assert autocomplete in content
    assert content.count("<legend") >= 10  # each group of choices in a fieldset with a legend
    assert 'name="csrfmiddlewaretoken"' in content


def test_a_valid_request_is_stored_and_confirmed_only_to_its_sender(client, form_data):
    response = post(client, form_data)
    assert response.status_code == 302 and response["Location"] == "/appointments/request/received/"
    request = AppointmentRequest.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert request.reference in page and "within one business day" in page
    assert re.fullmatch(r"FP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}", request.reference)
    for private in ["O’Brien", "eye will not close", "Bell"]:
        assert private not in page
    from django.test import Client

    stranger = Client().get("/appointments/request/received/")
    assert stranger.status_code == 404 and request.reference not in stranger.content.decode()


def test_names_are_kept_exactly_as_typed(client, form_data):
    for number, name in enumerate(["O'Brien", "José Núñez", "Nguyễn Thị Minh", "李小龙"]):
        token = f"8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a{20 + number}"
        post(client, form_data | {"patient_name": name, "submission_token": token})
    names = AppointmentRequest.objects.order_by("pk").values_list("patient_name", flat=True)
    assert list(names) == ["O'Brien", "José Núñez", "Nguyễn Thị Minh", "李小龙"]


def test_control_characters_are_removed(client, form_data):
    post(
        client, form_data | {"patient_name": "Ann\x00\x07 Lee", "message": "Line one\nLine\x1b two"}
    )
    request = AppointmentRequest.objects.get()
    assert request.patient_name == "Ann Lee" and request.message == "Line one\nLine two"


def test_a_double_click_or_resubmit_stores_one_request(client, form_data):
    first, second = post(client, form_data), post(client, form_data)
    assert first.status_code == second.status_code == 302
    assert AppointmentRequest.objects.count() == 1


def test_missing_answers_get_an_error_summary_linked_to_each_field(client, form_data):
    data = form_data | {"patient_name": "", "onset": "", "consent_to_contact": ""}
    content = post(client, data).content.decode()
    assert "<title>Error: Request an appointment" in content
    assert 'class="error-summary" role="alert"' in content and "There is a problem" in content
    assert '<a href="#id_patient_name">Enter the patient’s full name</a>' in content
    assert '<a href="#id_onset_0">Select when the paralysis began, or “Not sure”</a>' in content
    assert '<a href="#id_consent_to_contact">Tick the box' in content
    assert (
        'aria-describedby="id_patient_name_error"' in content and 'aria-invalid="true"' in content
    )
    assert 'value="Siobhán O’Brien"' not in content  # the emptied field stays empty...
    assert 'value="402-555-0199"' in content  # ...and what was typed is kept
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("message", "x" * 1001),
        ("patient_name", "x" * 151),
        ("phone", "1" * 31),
        ("insurance", "x" * 151),
    ],
)
def test_every_field_has_a_length_limit(client, form_data, field, value):
    assert post(client, form_data | {field: value}).status_code == 200
    assert not AppointmentRequest.objects.exists()


def test_recent_paralysis_is_time_sensitive_and_sorts_first(client, form_data, settings):
    for number, onset in enumerate(["over_2_years", "3_to_12_months", "1_to_2_years"]):
        token = f"8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a4{number}"
        post(client, form_data | {"onset": onset, "submission_token": token})
    queue = AppointmentRequest.objects.all()  # the staff queue's order
    assert [r.onset for r in queue] == ["3_to_12_months", "over_2_years", "1_to_2_years"]
    settings.APPOINTMENT_URGENT_ONSET_MONTHS = 3
    assert not AppointmentRequest.onset_is_time_sensitive("3_to_12_months")


def test_the_form_has_one_csrf_token(client):
    assert client.get("/appointments/request/").content.decode().count("csrfmiddlewaretoken") == 1


def test_every_radio_button_has_a_label(client, demo_content):
    content = client.get("/appointments/request/").content.decode()
    radios = re.findall(r'<input type="radio"[^>]* name="(\w+)" value="([^"]*)"', content)

    assert radios and all(value for _name, value in radios)
    assert len([1 for name, _value in radios if name == "cause"]) == 8


def test_the_error_summary_comes_first_in_the_page(client, form_data):
    content = client.post("/appointments/request/", form_data | {"phone": ""}).content.decode()
    main = content[content.index("<main") :]
    assert main.index('class="error-summary"') < main.index("<h1>")


def test_behind_a_proxy_each_patient_has_their_own_limit(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT, settings.TRUSTED_PROXIES = 1, 1
    for number, address in enumerate(["203.0.113.1", "203.0.113.2"]):
        data = form_data | {"submission_token": f"8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a5{number}"}
        response = client.post("/appointments/request/", data, HTTP_X_FORWARDED_FOR=address)
        assert response.status_code == 302
    assert AppointmentRequest.objects.count() == 2


def test_going_back_and_changing_an_answer_stores_a_new_request(client, form_data):
    post(client, form_data)
    post(client, form_data | {"phone": "402-555-0111"})
    assert sorted(AppointmentRequest.objects.values_list("phone", flat=True)) == [
        "+14025550111",
        "+14025550199",
    ]


def test_a_message_at_the_limit_with_line_breaks_is_accepted(client, form_data):
    message = "\r\n".join(["x" * 90] * 11)[:1000]  # 1,000 characters as the browser counts
    assert post(client, form_data | {"message": message}).status_code == 302
    assert AppointmentRequest.objects.get().message.count("\n") == 10


def test_a_tampered_form_token_is_ignored(client, form_data):
    assert post(client, form_data | {"submission_token": "not-a-uuid"}).status_code == 302


def test_each_part_of_the_form_is_a_numbered_step_named_by_its_legend(client):
    content = client.get("/appointments/request/").content.decode()
    steps = re.findall(r'<fieldset class="form-step"[^>]*>\s*<legend>(.*?)</legend>', content, re.S)
    titles = ["About you", "How to reach you", "About the paralysis", "Your preferences",
              "Photos of your face (optional)"]  # fmt: skip
    assert len(steps) == len(titles)
    for number, (legend, title) in enumerate(zip(steps, titles, strict=True), start=1):
        cue = f'<span class="form-step__cue">Step {number} of {len(titles)}'
        assert legend.startswith(cue) and legend.endswith(f"</span> {title}")
    # Only the steps are numbered: the questions' own fieldsets keep their plain legends.
    assert content.count("Step ") == len(titles)
