"""Writes with side effects: storing a request, and the emails about it."""

import uuid

from django.db import IntegrityError, transaction

from .models import AppointmentRequest, Notification, PatientMedia, new_reference
from .tasks import notification_enqueue


def appointment_request_create(*, submission_token, language, suspected_spam=False, **fields):
    """Stores a request, made in language (a code), with the photos and video its form sent
    (pending until now), and queues its emails; (request, created).

    The same submission_token (a double click, a resubmitted page) returns the first request.
    Suspected spam is stored just the same, out of the queue and without emails, until staff
    restore it.
    """
    if existing := appointment_request_find(submission_token=submission_token, **fields):
        return existing, False
    media_token = submission_token
    if AppointmentRequest.objects.filter(submission_token=submission_token).exists():
        # The patient went back and changed something: that is a new request.
        submission_token = uuid.uuid4()
    for _attempt in range(5):  # a new reference if one is (very rarely) taken
        try:
            with transaction.atomic():
                request = AppointmentRequest(
                    reference=new_reference(),
                    submission_token=submission_token,
                    language=language,
                    is_time_sensitive=AppointmentRequest.onset_is_time_sensitive(fields["onset"]),
                    **fields,
                )
                if suspected_spam:
                    request.set_status(AppointmentRequest.Status.SUSPECTED_SPAM)
                request.save()
                PatientMedia.objects.pending(media_token).update(request=request)
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
    an address. At most one of each, ever (a database constraint).

    A request restored from suspected spam may have some already (it was suspected after they
    were made): one that went out is never sent again (staff can resend it), one that has not
    is queued again.
    """
    kinds = [Notification.Kind.CLINIC] + ([Notification.Kind.PATIENT] if request.email else [])
    existing = {n.kind: n for n in Notification.objects.filter(request=request, kind__in=kinds)}
    notifications = Notification.objects.bulk_create(
        Notification(request=request, kind=kind) for kind in kinds if kind not in existing
    )
    unsent = [n for n in existing.values() if n.state != Notification.State.SENT]
    for notification in [*notifications, *unsent]:
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


def pending_media_keep(*, submission_token, accepted, removed):
    """Keeps the files a form sent (accepted: {slot: (file, content type)}) until its request
    is stored: a new file replaces the slot's earlier one; removed slots are emptied."""
    pending = PatientMedia.objects.pending(submission_token)
    pending.filter(slot__in=set(removed) - set(accepted)).delete()
    for slot, (file, content_type) in accepted.items():
        media = PatientMedia(
            submission_token=submission_token, slot=slot, content_type=content_type,
            size=file.size,
        )  # fmt: skip
        media.file.save(file.name, file, save=False)
        try:
            # Twice at most: a double click's other sending may have kept this slot's file
            # in between (one pending file per slot); the newer one replaces it.
            for attempt in range(2):
                try:
                    with transaction.atomic():
                        pending.filter(slot=slot).delete()
                        media.save()
                    break
                except IntegrityError:
                    if attempt:
                        raise
        except BaseException:
            media.file.storage.delete(media.file.name)  # never a file without its row
            raise


def pending_media_clear():
    """Deletes the uploads of forms never sent (files too); how many there were."""
    deleted, _by_model = PatientMedia.objects.abandoned().delete()
    return deleted


def appointment_request_find(*, submission_token, **fields):
    """The request this form already stored (a double click, a resubmitted page), or None."""
    existing = AppointmentRequest.objects.filter(submission_token=submission_token).first()
    return existing if existing and same_answers(existing, fields) else None


def same_answers(request, fields):
    return all(getattr(request, name) == value for name, value in fields.items())


def notification_resend(notification):
    """Staff's "resend": sends again even if it went out before.

    sent_at stays (the last send) until it goes out again: the resend gets its own Message-ID.
    """
    with transaction.atomic():
        Notification.objects.filter(pk=notification.pk).update(state=Notification.State.PENDING)
        notification_enqueue(notification)
