"""Appointment requests from patients, and the emails that tell the clinic and the patient."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from clinic.images import random_name
from clinic.private_media import PrivateFileField
from services.models import Cause
from specialists.models import Location, Specialist

# No 0/O, 1/I/L: a reference read out over the phone must not be misheard.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    """A short, human-friendly reference such as FP-7K3M-Q9."""
    characters = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"FP-{characters[:4]}-{characters[4:]}"


class AppointmentRequestQuerySet(models.QuerySet):
    def in_queue(self):
        """What staff triage: everything but suspected spam, which waits for a look apart."""
        return self.exclude(status=AppointmentRequest.Status.SUSPECTED_SPAM)

    def purgeable(self, older_than_days):
        """Closed (or spam, or suspected spam) for longer than the retention period."""
        cutoff = timezone.now() - timedelta(days=older_than_days)
        return self.filter(status__in=FINISHED, closed_at__lt=cutoff)


class AppointmentRequest(models.Model):
    class Asker(models.TextChoices):
        PATIENT = "patient", _("I am the patient")
        PARENT = "parent", _("I am the patient’s parent or guardian")
        CAREGIVER = "caregiver", _("I am a caregiver or family member")

    class ContactMethod(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")
        EMAIL = "email", _("Email")

    class ContactTime(models.TextChoices):
        ANY = "any", _("Any time")
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")
        EVENING = "evening", _("Early evening")

    class UnlistedCause(models.TextChoices):
        """The answers beside the causes the site publishes (services.Cause)."""

        OTHER = "other", _("Something else")
        NOT_SURE = "not_sure", _("Not sure")

    class Side(models.TextChoices):
        LEFT = "left", _("Left side")
        RIGHT = "right", _("Right side")
        BOTH = "both", _("Both sides")
        NOT_SURE = "not_sure", _("Not sure")

    class Onset(models.TextChoices):
        UNDER_3_MONTHS = "under_3_months", _("Less than 3 months ago")
        UNDER_12_MONTHS = "3_to_12_months", _("3 to 12 months ago")
        UNDER_2_YEARS = "1_to_2_years", _("1 to 2 years ago")
        OVER_2_YEARS = "over_2_years", _("More than 2 years ago")
        NOT_SURE = "not_sure", _("Not sure")

    class Referral(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        NOT_SURE = "not_sure", _("Not sure")

    class Interpreter(models.TextChoices):
        NO = "no", _("No")
        SPANISH = "spanish", _("Yes, a Spanish interpreter")
        OTHER = "other", _("Yes, an interpreter for another language")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        SCHEDULED = "scheduled", _("Scheduled")
        CLOSED = "closed", _("Closed")
        SPAM = "spam", _("Spam")
        # Set by the site, not staff (the form's hidden honeypot field was filled in): kept out
        # of the queue and sends no email until staff say it is not spam.
        SUSPECTED_SPAM = "suspected", _("Suspected spam")

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    # One per rendered form: a double click or a resubmitted page stores one request.
    submission_token = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)

    asker = models.CharField(_("who is asking"), max_length=10, choices=Asker)
    patient_name = models.CharField(_("patient’s name"), max_length=150)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    # E.164 (+14025550199), checked by the form; empty only when the patient asked for email.
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    contact_method = models.CharField(
        _("best way to contact"), max_length=10, choices=ContactMethod
    )
    contact_time = models.CharField(_("best time to contact"), max_length=10, choices=ContactTime)
    # The cause is one of the published cause pages, or "something else" / "not sure". Its title
    # is kept too: the request still says what the patient chose if the page is renamed,
    # unpublished or deleted later.
    cause = models.ForeignKey(
        Cause, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("cause page"),
    )  # fmt: skip
    cause_title = models.CharField(
        _("cause"), max_length=120, blank=True, editable=False,
        help_text=_("The cause as the patient chose it, kept if its page changes later."),
    )  # fmt: skip
    unlisted_cause = models.CharField(
        _("cause not listed"), max_length=10, choices=UnlistedCause, blank=True
    )
    affected_side = models.CharField(_("side affected"), max_length=10, choices=Side)
    onset = models.CharField(_("paralysis began"), max_length=16, choices=Onset)
    referred = models.CharField(_("referred by a doctor"), max_length=10, choices=Referral)
    preferred_specialist = models.ForeignKey(
        Specialist, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("preferred specialist"),
    )  # fmt: skip
    preferred_location = models.ForeignKey(
        Location, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("preferred location"),
    )  # fmt: skip
    insurance = models.CharField(_("insurance"), max_length=150, blank=True)
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent_to_contact = models.BooleanField(_("agreed to be contacted"))
    # Not a choice of settings.LANGUAGES: a language added later needs no migration, and one
    # removed later still names the requests made in it.
    language = models.CharField(
        _("language"), max_length=10, default="en", editable=False,
        help_text=_("The language of the form the patient filled in; their email is in it too."),
    )  # fmt: skip
    # Blank on requests made before the form asked.
    interpreter = models.CharField(
        _("needs an interpreter"), max_length=10, choices=Interpreter, blank=True
    )
    interpreter_language = models.CharField(
        _("interpreter for"), max_length=60, blank=True,
        help_text=_("The language the patient typed, when it is not Spanish."),
    )  # fmt: skip
    is_time_sensitive = models.BooleanField(
        _("time-sensitive"),
        default=False,
        editable=False,
        help_text=_("Paralysis began recently: nerve transfer works best early."),
    )

    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.NEW)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("assigned to"),
    )  # fmt: skip
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("For staff only; never sent to the patient.")
    )

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        # The order staff should call back: time-sensitive first, then oldest first.
        ordering = ["-is_time_sensitive", "created_at"]
        verbose_name = _("appointment request")
        verbose_name_plural = _("appointment requests")
        constraints = [
            # Every request says what the patient answered: a cause's title or an unlisted one.
            models.CheckConstraint(
                condition=(Q(unlisted_cause="") & ~Q(cause_title=""))
                | (~Q(unlisted_cause="") & Q(cause_title="")),
                name="one_cause_answer",
            ),
            # The language typed is kept only with "another language", which needs it.
            models.CheckConstraint(
                condition=Q(interpreter="other", interpreter_language__gt="")
                | (~Q(interpreter="other") & Q(interpreter_language="")),
                name="interpreter_language_with_other",
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def cause_display(self):
        """What the patient answered about the cause, for staff."""
        return self.get_unlisted_cause_display() if self.unlisted_cause else self.cause_title

    @property
    def language_name(self):
        """The language the request was made in, named in the reader's language ("Spanish")."""
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:  # not a language Django knows: its code is all there is
            return self.language

    @property
    def interpreter_display(self):
        """Whether the patient needs an interpreter, and for which language, for staff."""
        if self.interpreter == self.Interpreter.OTHER:
            return _("Yes, for %(language)s") % {"language": self.interpreter_language}
        return self.get_interpreter_display() or _("Not asked")

    def attached_media(self):
        """How many photos and videos the patient sent: {"photos": n, "videos": n}."""
        return self.media.aggregate(
            photos=models.Count("pk", filter=Q(content_type__startswith="image/")),
            videos=models.Count("pk", filter=Q(content_type__startswith="video/")),
        )

    def set_status(self, status):
        """Changes the status, noting when a request is finished (for the retention period)."""
        self.status = status
        self.closed_at = timezone.now() if status in FINISHED else None

    def get_admin_url(self):

        return settings.SITE_URL + reverse(
            "admin:appointments_appointmentrequest_change", args=[self.pk]
        )

    @staticmethod
    def onset_is_time_sensitive(onset):
        months = {
            AppointmentRequest.Onset.UNDER_3_MONTHS: 3,
            AppointmentRequest.Onset.UNDER_12_MONTHS: 12,
        }
        return onset in months and months[onset] <= settings.APPOINTMENT_URGENT_ONSET_MONTHS


class NotificationQuerySet(models.QuerySet):
    def stuck(self, grace):
        """Not sent, and no sign of progress for a while: a worker or the queueing died.

        A failed one has a retry queued up to EMAIL_RETRY_MAX_DELAY later, so it waits that too.
        """
        now = timezone.now()
        retry_window = timedelta(seconds=settings.EMAIL_RETRY_MAX_DELAY)
        return self.filter(
            Q(state=Notification.State.PENDING, updated_at__lt=now - grace)
            | Q(state=Notification.State.FAILED, updated_at__lt=now - grace - retry_window)
        )


# Every status is in exactly one of these two lists (a test checks it). Open: in the queue for
# staff; suspected spam given an open status is restored, its emails too.
OPEN = [
    AppointmentRequest.Status.NEW,
    AppointmentRequest.Status.CONTACTED,
    AppointmentRequest.Status.SCHEDULED,
]
# Finished requests are deleted once past the retention period; so is suspected spam nobody
# restored, counted from when it arrived.
FINISHED = [
    AppointmentRequest.Status.CLOSED,
    AppointmentRequest.Status.SPAM,
    AppointmentRequest.Status.SUSPECTED_SPAM,
]


class Notification(models.Model):
    """One email about a request, and whether it has gone out."""

    class Kind(models.TextChoices):
        CLINIC = "clinic", _("Clinic")
        PATIENT = "patient", _("Patient")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to send")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, will retry")
        GAVE_UP = "gave_up", _("Failed too often: resend it")

    request = models.ForeignKey(
        AppointmentRequest, on_delete=models.CASCADE, related_name="notifications",
        verbose_name=_("request"),
    )  # fmt: skip
    kind = models.CharField(_("to"), max_length=10, choices=Kind)
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=200, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["request", "kind"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(fields=["request", "kind"], name="one_notification_per_kind"),
            models.CheckConstraint(
                condition=Q(state="sent", sent_at__isnull=False) | ~Q(state="sent"),
                name="sent_notification_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_state_display()}"


def patient_media_storage():
    return storages["patient_media"]


def patient_media_path(instance, filename):
    # A random name: nothing about the patient in any address or file name.
    return random_name("requests", filename)


class PatientMediaQuerySet(models.QuerySet):
    def pending(self, submission_token):
        """Sent with a form that has not (yet) become a request."""
        return self.filter(submission_token=submission_token, request=None)

    def abandoned(self):
        """Pending for longer than APPOINTMENT_PENDING_UPLOAD_HOURS: the form was never sent."""
        cutoff = timezone.now() - timedelta(hours=settings.APPOINTMENT_PENDING_UPLOAD_HOURS)
        return self.filter(request=None, uploaded_at__lt=cutoff)


class PatientMedia(models.Model):
    """A face photo or the short video a patient sent with their request, metadata removed.

    Kept pending (tied to the form's submission token) from the moment it is accepted, so a
    form sent back for a correction keeps it; the request takes it when it is stored.
    """

    submission_token = models.UUIDField(editable=False)
    request = models.ForeignKey(
        AppointmentRequest, on_delete=models.CASCADE, null=True, blank=True,
        related_name="media", verbose_name=_("request"),
    )  # fmt: skip
    # An expression's key (appointments.photos.EXPRESSIONS) or "video".
    slot = models.CharField(_("photo or video"), max_length=30)
    file = PrivateFileField(upload_to=patient_media_path, storage=patient_media_storage)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    objects = PatientMediaQuerySet.as_manager()

    class Meta:
        verbose_name = _("patient photo or video")
        verbose_name_plural = _("patient photos and videos")
        indexes = [models.Index(fields=["submission_token"], name="media_by_submission")]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "slot"], name="one_media_per_request_slot"
            ),
            models.UniqueConstraint(
                fields=["submission_token", "slot"], condition=Q(request=None),
                name="one_pending_media_per_slot",
            ),
        ]  # fmt: skip

    def __str__(self):
        return str(self.slot)

    @property
    def is_video(self):
        return self.content_type.startswith("video/")


class MediaAccess(models.Model):
    """One look by staff at a patient's photo or video: who, when, which request.

    Kept after the request is purged (the reference stays), for the clinic's own audits.
    """

    viewed_at = models.DateTimeField(_("viewed"), default=timezone.now, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("staff member"),
    )  # fmt: skip
    username = models.CharField(_("username"), max_length=150)
    request = models.ForeignKey(
        AppointmentRequest, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("request"),
    )  # fmt: skip
    reference = models.CharField(_("request reference"), max_length=12)
    slot = models.CharField(_("photo or video"), max_length=30)

    class Meta:
        ordering = ["-viewed_at"]
        verbose_name = _("patient media view")
        verbose_name_plural = _("patient media views")

    def __str__(self):
        return f"{self.username} · {self.reference} · {self.slot}"
