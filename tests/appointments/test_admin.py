import csv
import io
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.utils import timezone

from appointments.models import AppointmentRequest
from clinic.roles import APPOINTMENT_COORDINATORS as COORDINATORS
from tests.factories import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(client, form_data):
    client.post("/appointments/request/", form_data | {"patient_name": "=HYPERLINK(1)"})
    return AppointmentRequest.objects.get()


def test_only_coordinators_and_superusers_see_requests(client, stored):
    url = "/admin/appointments/appointmentrequest/"
    client.force_login(make_staff("editor"))
    assert client.get(url).status_code == 403
    client.force_login(make_staff("coordinator", COORDINATORS))
    content = client.get(url).content.decode()
    assert stored.reference in content and "Time-sensitive" in content


def test_triage_actions_are_recorded_in_the_history(client, stored):
    coordinator = make_staff("coordinator", COORDINATORS)
    client.force_login(coordinator)
    url = "/admin/appointments/appointmentrequest/"
    for action in ["assign_to_me", "mark_contacted"]:
        client.post(url, {"action": action, "_selected_action": [stored.pk]})
    stored.refresh_from_db()
    assert stored.assigned_to == coordinator and stored.status == "contacted"
    messages = LogEntry.objects.filter(object_id=str(stored.pk)).values_list(
        "change_message", flat=True
    )
    assert set(messages) == {"Assigned to me", "Marked as contacted"}


def test_search_finds_a_request_by_reference_name_or_email(admin_client, stored):
    for term in [stored.reference, "HYPERLINK", "patient@example.org"]:
        content = admin_client.get(f"/admin/appointments/appointmentrequest/?q={term}").content
        assert stored.reference in content.decode()


def test_closing_a_request_in_the_admin_starts_its_retention_period(admin_client, stored):
    from django.forms.models import model_to_dict

    data = {k: v for k, v in model_to_dict(stored).items() if v is not None}
    url = f"/admin/appointments/appointmentrequest/{stored.pk}/change/"
    admin_client.post(url, data | {"status": "closed", "notifications-TOTAL_FORMS": "0",
                                   "notifications-INITIAL_FORMS": "0"})  # fmt: skip
    stored.refresh_from_db()
    assert stored.status == "closed" and stored.closed_at is not None


def test_the_export_is_safe_to_open_in_a_spreadsheet(admin_client, stored):

    response = admin_client.post(
        "/admin/appointments/appointmentrequest/",
        {"action": "export_csv", "_selected_action": [stored.pk]},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "reference" and rows[1][0] == stored.reference
    assert "'=HYPERLINK(1)" in rows[1]


def test_purge_deletes_only_closed_requests_past_the_retention_period(stored, form_data, client):
    client.post(
        "/appointments/request/",
        form_data | {"submission_token": "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a99"},
    )
    old = timezone.now() - timedelta(days=400)
    AppointmentRequest.objects.filter(pk=stored.pk).update(status="closed", closed_at=old)
    AppointmentRequest.objects.exclude(pk=stored.pk).update(created_at=old)  # old, still open
    call_command("purge_appointment_requests", "--older-than", "365", stdout=io.StringIO())
    assert list(AppointmentRequest.objects.values_list("status", flat=True)) == ["new"]


def test_every_status_is_either_open_or_finished_in_one_place():
    from appointments.models import FINISHED, OPEN

    assert sorted(OPEN + FINISHED) == sorted(AppointmentRequest.Status.values)
