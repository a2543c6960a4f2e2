"""Every request is stored; the clinic and the patient are told, once, whatever fails."""

import logging
import re
import socket
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.management import call_command
from django.http import QueryDict
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from appointments.actions import appointment_request_create, notification_resend
from appointments.models import AppointmentRequest, Notification

from .conftest import FAILING, MEMORY, run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def submit(client, form_data):
    response = client.post("/appointments/request/", form_data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return AppointmentRequest.objects.get()


def test_a_request_is_stored_and_both_emails_go_out_without_health_details(
    client, form_data, settings
):
    settings.MAILERS = MEMORY
    request = submit(client, form_data)
    run_worker()
    assert len(mail.outbox) == 2
    clinic, patient = sorted(mail.outbox, key=lambda m: m.to != [settings.APPOINTMENT_NOTIFY_EMAIL])
    assert clinic.to == [settings.APPOINTMENT_NOTIFY_EMAIL] and patient.to == [
        "patient@example.org"
    ]
    for email in (clinic, patient):
        everything = email.subject + email.body + email.alternatives[0].content
        assert request.reference in everything
        for private in ["eye will not close", "Bell", "O’Brien", "402-555-0199", "4025550199",
                        "(402) 555-0199", "Sample Health"]:  # fmt: skip
            assert private not in everything, (email.subject, private)
    assert clinic.subject == f"Time-sensitive: New appointment request {request.reference}"
    assert "Less than 3 months ago" in clinic.body and "Phone call, morning" in clinic.body
    assert f"/admin/appointments/appointmentrequest/{request.pk}/change/" in clinic.body
    assert "within one business day" in patient.body and "800.922.0000" in patient.body
    assert set(request.notifications.values_list("state", flat=True)) == {"sent"}


def test_without_an_email_address_only_the_clinic_is_told(client, form_data, settings):
    settings.MAILERS = MEMORY
    submit(client, form_data | {"email": ""})
    run_worker()
    assert [m.to for m in mail.outbox] == [[settings.APPOINTMENT_NOTIFY_EMAIL]]


def test_when_the_mail_server_is_down_the_request_is_kept_and_sent_once_later(
    client, form_data, settings
):
    settings.MAILERS = FAILING
    request = submit(client, form_data)
    run_worker()
    notifications = list(request.notifications.all())
    assert [n.state for n in notifications] == ["failed", "failed"]
    assert notifications[0].last_error == "SMTPServerDisconnected"
    assert AppointmentRequest.objects.count() == 1

    run_worker()  # the retries are not due yet: still nothing sent
    assert mail.outbox == []

    settings.MAILERS = MEMORY
    run_worker(make_everything_due=True)
    assert len(mail.outbox) == 2
    assert set(request.notifications.values_list("state", flat=True)) == {"sent"}
    run_worker(make_everything_due=True)
    assert len(mail.outbox) == 2  # exactly once


def test_a_rolled_back_transaction_sends_nothing(form_data, settings):
    from django.db import transaction

    from appointments.forms import AppointmentRequestForm

    settings.MAILERS = MEMORY
    form = AppointmentRequestForm(QueryDict(urlencode(form_data)))
    assert form.is_valid(), form.errors
    with pytest.raises(RuntimeError), transaction.atomic():
        appointment_request_create(
            submission_token="8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a12",
            language="en",
            **form.request_fields(),
        )
        raise RuntimeError("something later in the same transaction failed")
    run_worker(make_everything_due=True)
    assert AppointmentRequest.objects.count() == 0 and mail.outbox == []


def test_staff_can_resend(client, form_data, settings):
    settings.MAILERS = MEMORY
    request = submit(client, form_data)
    run_worker()
    notification_resend(request.notifications.get(kind="clinic"))
    assert request.notifications.get(kind="clinic").state == Notification.State.PENDING
    run_worker()
    assert len(mail.outbox) == 3


def test_emails_go_through_a_real_smtp_server(client, form_data, settings):
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    handler = Keep()
    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
            }
        }  # fmt: skip
        request = submit(client, form_data)
        run_worker()
    finally:
        controller.stop()
    arrived = {envelope.rcpt_tos[0]: envelope.content.decode() for envelope in handler.messages}
    assert set(arrived) == {settings.APPOINTMENT_NOTIFY_EMAIL, "patient@example.org"}
    assert all(request.reference in content for content in arrived.values())
    assert not any("eye will not close" in content for content in arrived.values())


def test_no_submitted_value_reaches_the_logs(client, form_data, caplog, settings):
    settings.MAILERS = FAILING  # the failure path logs too
    with caplog.at_level(logging.DEBUG):
        client.post("/appointments/request/", form_data)
        client.post("/appointments/request/", form_data | {"email": "not-an-email"})
        run_worker()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Notification" in logged  # the worker did log, just nothing private
    for value in ["O’Brien", "402-555-0199", "4025550199", "patient@example.org",
                  "eye will not close", "Sample Health", "Bell"]:  # fmt: skip
        assert value not in logged


def test_an_email_left_behind_by_a_crash_is_queued_again(client, form_data, settings):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    settings.MAILERS = MEMORY
    request = submit(client, form_data)
    DBTaskResult.objects.all().delete()  # as if the queueing was lost after the commit
    Notification.objects.update(updated_at=timezone.now() - timedelta(minutes=20))
    call_command("requeue_stuck_notifications", stdout=open("/dev/null", "w"))
    run_worker()
    assert len(mail.outbox) == 2
    assert set(request.notifications.values_list("state", flat=True)) == {"sent"}


def test_an_email_that_always_fails_waits_for_staff_after_the_last_attempt(
    client, form_data, settings
):
    settings.MAILERS, settings.EMAIL_MAX_ATTEMPTS = FAILING, 2
    request = submit(client, form_data | {"email": ""})
    run_worker()
    run_worker(make_everything_due=True)
    run_worker(make_everything_due=True)
    notification = request.notifications.get()
    assert (notification.state, notification.attempts) == ("gave_up", 2)


def message_ids(emails):
    return {email.to[0]: email.message()["Message-ID"] for email in emails}


def requeue_stuck():
    Notification.objects.update(updated_at=timezone.now() - timedelta(minutes=20))
    call_command("requeue_stuck_notifications", stdout=open("/dev/null", "w"))


def test_an_email_sent_again_after_a_crash_has_the_same_message_id(client, form_data, settings):
    settings.MAILERS = MEMORY
    request = submit(client, form_data)
    run_worker()
    first = message_ids(mail.outbox)
    # A worker killed after the mail server's "OK", before recording it: nothing recorded.
    Notification.objects.update(state=Notification.State.PENDING, sent_at=None, attempts=0)
    requeue_stuck()
    run_worker()
    assert len(mail.outbox) == 4
    assert message_ids(mail.outbox[2:]) == first  # so mail clients show each email once
    reference = request.reference.lower()
    for kind, to in [
        ("clinic", settings.APPOINTMENT_NOTIFY_EMAIL),
        ("patient", "patient@example.org"),
    ]:
        # The reference, the kind, a hash and DEFAULT_FROM_EMAIL's domain: no patient data.
        assert re.fullmatch(rf"<{reference}-{kind}\.[0-9a-f]{{16}}@localhost>", first[to])


def test_a_resend_by_staff_has_a_new_message_id(client, form_data, settings):
    settings.MAILERS = MEMORY
    request = submit(client, form_data | {"email": ""})
    run_worker()
    notification_resend(request.notifications.get())
    run_worker()
    notification_resend(request.notifications.get())
    run_worker()
    ids = [email.message()["Message-ID"] for email in mail.outbox]
    assert len(set(ids)) == 3  # a mail service that drops a seen Message-ID would hide it


def test_a_task_left_running_by_a_killed_worker_is_marked_failed_on_requeue(
    client, form_data, settings
):
    settings.MAILERS = MEMORY
    request = submit(client, form_data)
    clinic = request.notifications.get(kind="clinic")
    tasks = {row.args_kwargs["args"][0]: row for row in DBTaskResult.objects.all()}
    orphan, live = tasks[clinic.pk], tasks[request.notifications.get(kind="patient").pk]
    orphan.claim("killed-worker")  # as the worker did before it was killed mid-send
    DBTaskResult.objects.filter(pk=orphan.pk).update(
        started_at=timezone.now() - timedelta(minutes=20)
    )
    live.claim("busy-worker")  # started just now: still in hand, left alone
    requeue_stuck()
    orphan.refresh_from_db()
    live.refresh_from_db()
    assert orphan.status == TaskResultStatus.FAILED and orphan.finished_at is not None
    assert orphan.task_result.errors[0].exception_class.__name__ == "WorkerDied"
    assert live.status == TaskResultStatus.RUNNING
    run_worker()
    assert len(mail.outbox) == 2
    assert set(request.notifications.values_list("state", flat=True)) == {"sent"}


def test_a_task_left_running_after_its_email_was_recorded_sent_is_marked_failed(
    client, form_data, settings
):
    """Killed after the notification committed SENT, before its task row was closed."""
    settings.MAILERS = MEMORY
    request = submit(client, form_data | {"email": ""})
    run_worker()
    assert request.notifications.get().state == Notification.State.SENT
    task = DBTaskResult.objects.get()
    DBTaskResult.objects.filter(pk=task.pk).update(
        status=TaskResultStatus.RUNNING, finished_at=None,
        started_at=timezone.now() - timedelta(minutes=20),
    )  # fmt: skip
    requeue_stuck()
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert task.task_result.errors[0].exception_class.__name__ == "WorkerDied"
    assert len(mail.outbox) == 1  # and it is not sent again
