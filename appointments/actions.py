"""Writes with side effects: storing a request, and the emails about it."""

import uuid

from django.db import IntegrityError, transaction

from .models import AppointmentRequest, Notification, new_reference
from .tasks import notification_enqueue


def appointment_request_create(*, submission_token, **fields):
    """Stores a request and queues its emails; (request, created).

    The same submission_token (a double click, a resubmitted page) returns the first request.
    """
    existing = AppointmentRequest.objects.filter(submission_token=submission_token).first()
    if existing and same_answers(existing, fields):
        return existing, False
    if existing:  # the patient went back and changed something: that is a new request
        submission_token = uuid.uuid4()
    for _attempt in range(5):  # a new reference if one is (very rarely) taken
        try:
            with transaction.atomic():
                request = AppointmentRequest.objects.create(
                    reference=new_reference(),
                    submission_token=submission_token,
                    is_time_sensitive=AppointmentRequest.onset_is_time_sensitive(fields["onset"]),
                    **fields,
                )
                kinds = [Notification.Kind.CLINIC] + (
                    [Notification.Kind.PATIENT] if request.email else []
                )
                notifications = Notification.objects.bulk_create(
                    Notification(request=request, kind=kind) for kind in kinds
                )
                for notification in notifications:
                    notification_enqueue(notification)
            return request, True
        except IntegrityError:
            existing = AppointmentRequest.objects.filter(submission_token=submission_token).first()
            if existing:  # the other click of a double click won the race
                return existing, False
    raise RuntimeError("Could not find a free reference")


def same_answers(request, fields):
    return all(getattr(request, name) == value for name, value in fields.items())


def notification_resend(notification):
    """Staff's "resend": sends again even if it went out before.

    sent_at stays (the last send) until it goes out again: the resend gets its own Message-ID.
    """
    with transaction.atomic():
        Notification.objects.filter(pk=notification.pk).update(state=Notification.State.PENDING)
        notification_enqueue(notification)
