"""A filled honeypot marks a request as suspected spam; it is never thrown away."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentRequest, Notification
from clinic.roles import APPOINTMENT_COORDINATORS as COORDINATORS
from tests.factories import make_staff

from .conftest import MEMORY, run_worker

pytestmark = pytest.mark.django_db(transaction=True)
LIST = "/admin/appointments/appointmentrequest/"


@pytest.fixture
def suspected(client, form_data, settings):
    settings.MAILERS = MEMORY
    # What autofill or an assistive tool might put in the hidden field.
    response = client.post("/appointments/request/", form_data | {"website": "Siobhán"})
    assert response.status_code == 302
    return client, AppointmentRequest.objects.get()


def test_a_filled_honeypot_is_stored_as_suspected_spam_and_confirmed(suspected):
    client, request = suspected
    assert request.status == AppointmentRequest.Status.SUSPECTED_SPAM
    assert request.patient_name == "Siobhán O’Brien" and request.phone == "+14025550199"
    page = client.get("/appointments/request/received/")
    assert page.status_code == 200 and request.reference in page.content.decode()


def test_suspected_spam_sends_no_email(suspected):
    _client, request = suspected
    run_worker(make_everything_due=True)
    assert mail.outbox == [] and not request.notifications.exists()


def test_suspected_spam_is_out_of_the_queue_until_a_filter_shows_it(client, suspected, form_data):
    _client, spam = suspected
    client.post("/appointments/request/", form_data | {"patient_name": "Ann Lee",
                "submission_token": "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a61"})  # fmt: skip
    real = AppointmentRequest.objects.exclude(pk=spam.pk).get()
    client.force_login(make_staff("coordinator", COORDINATORS))
    queue = client.get(LIST).content.decode()
    assert real.reference in queue and spam.reference not in queue
    assert "Suspected spam" in queue  # the filter that shows it
    shown = client.get(LIST + "?status=suspected").content.decode()
    assert spam.reference in shown and real.reference not in shown
    everything = client.get(LIST + "?status=all").content.decode()
    assert spam.reference in everything and real.reference in everything


def test_not_spam_returns_it_to_the_queue_and_sends_its_emails_once(client, suspected):
    _client, request = suspected
    client.force_login(make_staff("coordinator", COORDINATORS))
    for _click in range(2):
        client.post(
            LIST + "?status=suspected",
            {"action": "restore_to_queue", "_selected_action": [request.pk]},
        )
    request.refresh_from_db()
    assert request.status == AppointmentRequest.Status.NEW and request.closed_at is None
    run_worker(make_everything_due=True)
    assert sorted(m.to[0] for m in mail.outbox) == ["appointments@localhost", "patient@example.org"]
    assert set(request.notifications.values_list("state", flat=True)) == {Notification.State.SENT}
    assert request.reference in client.get(LIST).content.decode()


def test_choosing_an_open_status_by_hand_restores_it_the_same_way(admin_client, suspected):
    from django.forms.models import model_to_dict

    _client, request = suspected
    data = {k: v for k, v in model_to_dict(request).items() if v is not None}
    inline = {"notifications-TOTAL_FORMS": "0", "notifications-INITIAL_FORMS": "0"}
    admin_client.post(f"{LIST}{request.pk}/change/", data | inline | {"status": "new"})
    request.refresh_from_db()
    assert request.status == "new" and request.notifications.count() == 2


def test_suspected_spam_is_purged_after_the_retention_period(suspected):
    _client, request = suspected
    AppointmentRequest.objects.update(closed_at=timezone.now() - timedelta(days=400))
    call_command("purge_appointment_requests", "--older-than", "365", stdout=io.StringIO())
    assert not AppointmentRequest.objects.exists()


def test_not_spam_after_its_emails_went_out_sends_only_what_has_not(client, form_data, settings):
    """Suspected after its emails were made (staff could choose it by hand before): no 500, no
    second copy of a sent email, and the unsent one goes out."""
    settings.MAILERS = MEMORY
    client.post("/appointments/request/", form_data)
    request = AppointmentRequest.objects.get()
    run_worker()
    assert len(mail.outbox) == 2
    DBTaskResult.objects.all().delete()  # the patient's retry is lost too
    request.notifications.filter(kind="patient").update(state=Notification.State.FAILED)
    AppointmentRequest.objects.update(status=AppointmentRequest.Status.SUSPECTED_SPAM)
    client.force_login(make_staff("coordinator", COORDINATORS))
    response = client.post(
        LIST + "?status=suspected", {"action": "restore_to_queue", "_selected_action": [request.pk]}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == AppointmentRequest.Status.NEW
    run_worker(make_everything_due=True)
    assert [m.to[0] for m in mail.outbox[2:]] == ["patient@example.org"]
    assert request.notifications.count() == 2


def change_form_data(request, **fields):
    from django.forms.models import model_to_dict

    data = {k: v for k, v in model_to_dict(request).items() if v is not None}
    inline = {"notifications-TOTAL_FORMS": "0", "notifications-INITIAL_FORMS": "0"}
    return data | inline | fields


def test_staff_cannot_choose_suspected_spam_only_restore_it(admin_client, client, form_data):
    client.post("/appointments/request/", form_data)
    request = AppointmentRequest.objects.get()
    url = f"{LIST}{request.pk}/change/"
    assert 'value="suspected"' not in admin_client.get(url).content.decode()
    response = admin_client.post(url, change_form_data(request, status="suspected"))
    assert response.status_code == 200  # the form again, with the error
    request.refresh_from_db()
    assert request.status == AppointmentRequest.Status.NEW
    assert "?status=suspected" in admin_client.get(LIST).content.decode()  # the filter stays
    AppointmentRequest.objects.update(status=AppointmentRequest.Status.SUSPECTED_SPAM)
    assert 'value="suspected" selected' in admin_client.get(url).content.decode()


def test_a_search_finds_suspected_spam_and_says_it_is_not_in_the_queue(client, suspected):
    """The patient whose autofill filled the honeypot calls: found by name or phone."""
    _client, request = suspected
    client.force_login(make_staff("coordinator", COORDINATORS))
    for term in ["O’Brien", "402 555 0199", request.reference]:
        found = client.get(LIST, {"q": term}).content.decode()
        assert request.reference in found, term
        assert "<strong>Suspected spam: not in the queue</strong>" in found
    queue = client.get(LIST).content.decode()
    assert request.reference not in queue and "not in the queue</strong>" not in queue


def test_marking_suspected_spam_contacted_restores_it_with_its_emails(client, suspected):
    _client, request = suspected
    client.force_login(make_staff("coordinator", COORDINATORS))
    client.post(
        LIST + "?status=suspected", {"action": "mark_contacted", "_selected_action": [request.pk]}
    )
    request.refresh_from_db()
    assert request.status == AppointmentRequest.Status.CONTACTED and request.closed_at is None
    run_worker(make_everything_due=True)
    assert sorted(m.to[0] for m in mail.outbox) == ["appointments@localhost", "patient@example.org"]
