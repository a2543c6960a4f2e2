"""The phone number or email a clinic needs to reach the patient the way they asked."""

import pytest

from appointments.models import AppointmentRequest
from clinic.roles import APPOINTMENT_COORDINATORS as COORDINATORS
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
AREA_CODE = "Enter a phone number with its area code, like 402-555-0199"


def post(client, data):
    return client.post("/appointments/request/", data)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("402-555-0199", "+14025550199"),
        ("(402) 555 0199", "+14025550199"),
        ("+1 402.555.0199", "+14025550199"),
        ("+44 20 7946 0958", "+442079460958"),
        ("011 44 20 7946 0958", "+442079460958"),
        ("402-555-0199 ext. 12", "+14025550199;ext=12"),
        ("+8613912345678 x123456789", "+8613912345678;ext=123456789"),  # 9 digits: the most
    ],
)
def test_a_phone_number_is_stored_one_way_however_it_is_written(client, form_data, typed, stored):
    assert post(client, form_data | {"phone": typed}).status_code == 302
    assert AppointmentRequest.objects.get().phone == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", AREA_CODE),
        ("555-0199", AREA_CODE),
        ("123-456-7890", AREA_CODE),
        ("+44 12", "Enter the whole number with its country code, like +44 20 7946 0958"),
        # Valid as typed, but longer than the column once stored as +14025550199;ext=1111…
        ("4025550199 ext 111111111111111", "Enter an extension of up to 9 digits, or leave it out"),
    ],
)
def test_a_number_nobody_could_call_is_refused_with_what_to_type(client, form_data, typed, message):
    content = post(client, form_data | {"phone": typed}).content.decode()
    assert f'<a href="#id_phone">{message}</a>' in content
    assert f'value="{typed}"' in content  # kept, to correct
    assert not AppointmentRequest.objects.exists()


def test_email_as_the_way_to_contact_needs_an_email_address(client, form_data):
    data = form_data | {"contact_method": "email", "email": "", "phone": ""}
    content = post(client, data).content.decode()
    assert (
        '<a href="#id_email">Enter an email address so we can email you, or choose a phone '
        "call or text message</a>" in content
    )
    assert "id_phone_error" not in content  # the phone is not needed for email
    assert not AppointmentRequest.objects.exists()
    assert post(client, data | {"email": "patient@example.org"}).status_code == 302
    assert AppointmentRequest.objects.get().phone == ""


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("phone", "Enter a phone number so we can call you"),
        ("text", "Enter a mobile phone number so we can text you"),
    ],
)
def test_a_call_or_a_text_needs_a_phone_number(client, form_data, method, message):
    content = post(client, form_data | {"contact_method": method, "phone": ""}).content.decode()
    assert f'<a href="#id_phone">{message}</a>' in content
    assert not AppointmentRequest.objects.exists()


def test_invisible_formatting_characters_are_removed_from_every_field(client, form_data):
    hidden = "\u202e\u2066\u200b\u200e\u200f\u061c\u2060\ufeff\u00ad"
    data = {
        key: value[:3] + hidden + value[3:] if key in {"patient_name", "insurance", "message",
                                                     "phone", "email"} else value
        for key, value in form_data.items()
    }  # fmt: skip
    assert post(client, data).status_code == 302
    request = AppointmentRequest.objects.get()
    assert request.patient_name == form_data["patient_name"]
    assert request.insurance == form_data["insurance"] and request.message == form_data["message"]
    assert (request.phone, request.email) == ("+14025550199", "patient@example.org")


def test_joiners_are_kept_in_a_name_and_dropped_from_a_phone_number_or_email(client, form_data):
    name = "\u0645\u0647\u200c\u0622\u0628\u0627\u062f\u06cc"  # a Persian name with a ZWNJ
    joined = {key: form_data[key][:3] + "\u200c\u200d" + form_data[key][3:]
              for key in ("phone", "email")}  # fmt: skip
    assert post(client, form_data | joined | {"patient_name": name}).status_code == 302
    request = AppointmentRequest.objects.get()
    assert request.patient_name == name
    assert (request.phone, request.email) == ("+14025550199", "patient@example.org")


def test_staff_see_the_number_formatted_and_can_search_it_as_typed(client, form_data):
    post(client, form_data | {"phone": "4025550199"})
    abroad = {"phone": "+44 20 7946 0958", "email": "other@example.org"}
    post(client, form_data | abroad | {"submission_token": "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a71"})
    home, abroad = AppointmentRequest.objects.order_by("pk")
    client.force_login(make_staff("coordinator", COORDINATORS))
    listing = client.get("/admin/appointments/appointmentrequest/").content.decode()
    assert "(402) 555-0199" in listing and "+44 20 7946 0958" in listing
    detail = client.get(f"/admin/appointments/appointmentrequest/{home.pk}/change/")
    assert "(402) 555-0199" in detail.content.decode()
    found = client.get("/admin/appointments/appointmentrequest/?q=402-555-0199").content.decode()
    assert home.reference in found and abroad.reference not in found


def test_without_a_way_of_contact_chosen_a_phone_or_email_is_still_asked_for(client, form_data):
    data = form_data | {"contact_method": "", "phone": "", "email": ""}
    content = post(client, data).content.decode()
    assert '<a href="#id_phone">Enter a phone number, or an email address if you' in content
    assert '<a href="#id_contact_method_0">Select how we should contact you</a>' in content
