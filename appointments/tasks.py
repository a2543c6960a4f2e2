"""The emails about a request: queued after commit, sent once, retried with backoff.

This module owns delivery; actions only store and call notification_enqueue.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.tasks import TaskResultStatus, task
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from clinic.emails import send_templated_email, stable_message_id

from .models import Notification

logger = logging.getLogger(__name__)


class WorkerDied(Exception):
    """Recorded on a task row whose worker stopped mid-task (found by requeueing)."""


@task()
def deliver_notification(notification_id):
    notification_deliver(notification_id)


def notification_enqueue(notification, *, run_after=None):
    """Queues the email for after the surrounding transaction commits (never if it rolls back)."""
    task = deliver_notification.using(run_after=run_after) if run_after else deliver_notification
    transaction.on_commit(lambda: task.enqueue(notification.pk))


def notifications_requeue(notifications, *, grace):
    """Queues again what a crash left behind, and closes every dead worker's task rows.

    A worker killed mid-send leaves its task RUNNING forever; still running after the grace
    period, it is not coming back, so it is marked failed (what the admin's task list shows).
    Every such row, not only those of the notifications queued again: a worker killed after
    recording the email as sent, before closing its task, leaves one behind too.
    """
    now = timezone.now()
    with transaction.atomic():
        DBTaskResult.objects.running().filter(
            task_path=deliver_notification.module_path, started_at__lt=now - grace
        ).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{WorkerDied.__module__}.{WorkerDied.__qualname__}",
            traceback="",
        )
        for notification in notifications:
            notification_enqueue(notification)


def notification_deliver(notification_id):
    """Sends one notification, once. On failure: state failed, and a retry with backoff.

    The notification's row (only) stays locked while sending, so two workers never send the
    same email and staff can still work on the request. Once recorded as sent it is never
    sent again; a worker that dies between the mail server's "OK" and that record sends it
    again when requeued, with the same Message-ID, so mail clients show it once.
    """
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("request")
            .get(pk=notification_id)
        )
        if notification.state in {Notification.State.SENT, Notification.State.GAVE_UP}:
            return
        notification.attempts += 1
        try:
            send_notification_email(notification)
        except Exception as error:  # noqa: BLE001 - any failure means "try again later"
            notification.last_error = type(error).__name__[:200]  # the class only: no content
            if notification.attempts >= settings.EMAIL_MAX_ATTEMPTS:
                notification.state = Notification.State.GAVE_UP
                notification.save()
                logger.error(
                    "Notification %s gave up after %s attempts",
                    notification.pk,
                    notification.attempts,
                )
                return
            notification.state = Notification.State.FAILED
            delay = timedelta(
                seconds=min(
                    settings.EMAIL_RETRY_DELAY * 2 ** (notification.attempts - 1),
                    settings.EMAIL_RETRY_MAX_DELAY,
                )
            )

            notification_enqueue(notification, run_after=timezone.now() + delay)
            logger.warning(
                "Notification %s failed (attempt %s, %s); retrying in %s s",
                notification.pk, notification.attempts, notification.last_error,
                int(delay.total_seconds()),
            )  # fmt: skip
        else:
            notification.state = Notification.State.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
        notification.save()


def message_id(notification):
    """The same for every send of one email, a new one for each resend by staff.

    A duplicate (a crash after the mail server's "OK", a retry after a lost reply) must
    collapse; a deliberate resend must not, or a mail service that drops a Message-ID it has
    seen (Gmail does) would hide it. So the key holds the time of the last send, which a
    resend keeps and a crash never records.
    """
    request = notification.request
    return stable_message_id(
        f"{request.reference.lower()}-{notification.kind}",
        request.pk, request.submission_token, notification.kind,
        notification.sent_at.isoformat() if notification.sent_at else "",
    )  # fmt: skip


def send_notification_email(notification):
    """The clinic's email in the site's default language (staff's), the patient's in the one
    they filled in the form in: every send, retries and staff's resends too."""
    request = notification.request
    if notification.kind == Notification.Kind.CLINIC:
        template, to = "appointments/email/clinic_notification", settings.APPOINTMENT_NOTIFY_EMAIL
        language = settings.LANGUAGE_CODE
    else:
        template, to = "appointments/email/patient_confirmation", request.email
        language = request.language
    context = {
        "request": request,
        "attached": request.attached_media(),
        "response_time": settings.APPOINTMENT_RESPONSE_TIME,
        "clinic_name": settings.CLINIC_NAME,
        "clinic_phone": settings.CLINIC_PHONE,
    }
    with translation.override(language):
        send_templated_email(template, context, [to], message_id=message_id(notification))
