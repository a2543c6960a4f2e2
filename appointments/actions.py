"""Writes with side effects: storing a request, and the emails about it."""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from clinic.emails import send_templated_email

from .models import AppointmentRequest, Notification, new_reference

logger = logging.getLogger(__name__)


def appointment_request_create(*, submission_token, suspected_spam=False, **fields):
    """Stores a request and queues its emails; (request, created).

    The same submission_token (a double click, a resubmitted page) returns the first request.
    Suspected spam is stored just the same, out of the queue and without emails, until staff
    restore it.
    """
    if existing := appointment_request_find(submission_token=submission_token, **fields):
        return existing, False
    if AppointmentRequest.objects.filter(submission_token=submission_token).exists():
        # The patient went back and changed something: that is a new request.
        submission_token = uuid.uuid4()
    for _attempt in range(5):  # a new reference if one is (very rarely) taken
        try:
            with transaction.atomic():
                request = AppointmentRequest(
                    reference=new_reference(),
                    submission_token=submission_token,
                    is_time_sensitive=AppointmentRequest.onset_is_time_sensitive(fields["onset"]),
                    **fields,
                )
                if suspected_spam:
                    request.set_status(AppointmentRequest.Status.SUSPECTED_SPAM)
                request.save()
                if not suspected_spam:
                    notifications_queue(request)
            return request, True
        except IntegrityError:
            existing = AppointmentRequest.objects.filter(submission_token=submission_token).first()
            if existing:  # the other click of a double click won the race
                return existing, False
    raise RuntimeError("Could not find a free reference")


def notifications_queue(request):
    """Creates and queues the request's emails: the clinic's, and the patient's if they gave
    an address. At most one of each, ever (a database constraint)."""
    kinds = [Notification.Kind.CLINIC] + ([Notification.Kind.PATIENT] if request.email else [])
    notifications = Notification.objects.bulk_create(
        Notification(request=request, kind=kind) for kind in kinds
    )
    for notification in notifications:
        notification_enqueue(notification)


def appointment_request_restore(request, *, status=AppointmentRequest.Status.NEW):
    """Staff's "not spam": suspected spam back in the queue, and its emails queued, once.

    False if it was not (or is no longer: another coordinator was quicker) suspected spam.
    """
    with transaction.atomic():
        restored = AppointmentRequest.objects.filter(
            pk=request.pk, status=AppointmentRequest.Status.SUSPECTED_SPAM
        ).update(status=status, closed_at=None)
        if restored:
            notifications_queue(request)
    if restored:
        request.status, request.closed_at = status, None
    return bool(restored)


def appointment_request_find(*, submission_token, **fields):
    """The request this form already stored (a double click, a resubmitted page), or None."""
    existing = AppointmentRequest.objects.filter(submission_token=submission_token).first()
    return existing if existing and same_answers(existing, fields) else None


def same_answers(request, fields):
    return all(getattr(request, name) == value for name, value in fields.items())


def notification_enqueue(notification, *, run_after=None):
    """Queues the email for after the surrounding transaction commits (never if it rolls back)."""
    from .tasks import deliver_notification

    task = deliver_notification.using(run_after=run_after) if run_after else deliver_notification
    transaction.on_commit(lambda: task.enqueue(notification.pk))


def notification_resend(notification):
    """Staff's "resend": sends again even if it went out before."""
    with transaction.atomic():
        Notification.objects.filter(pk=notification.pk).update(
            state=Notification.State.PENDING, sent_at=None
        )
        notification_enqueue(notification)


def notification_deliver(notification_id):
    """Sends one notification, once. On failure: state failed, and a retry with backoff.

    The notification's row (only) stays locked while sending, so two workers never send the
    same email and staff can still work on the request. Once recorded as sent it is never
    sent again; a worker that dies between the mail server's "OK" and that record can send
    one email twice when the notification is queued again.
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


def send_notification_email(notification):
    request = notification.request
    context = {
        "request": request,
        "response_time": settings.APPOINTMENT_RESPONSE_TIME,
        "clinic_name": settings.CLINIC_NAME,
        "clinic_phone": settings.CLINIC_PHONE,
    }
    if notification.kind == Notification.Kind.CLINIC:
        send_templated_email(
            "appointments/email/clinic_notification", context, [settings.APPOINTMENT_NOTIFY_EMAIL]
        )
    else:
        send_templated_email("appointments/email/patient_confirmation", context, [request.email])
