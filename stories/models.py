"""Patient stories: public only while the patient's written consent covers them.

The consent rule lives here once: StoryQuerySet.public() in SQL for every page, sitemap and
photo, and Story.hidden_reason() for staff, which says the same thing in words.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from clinic.images import ResponsiveImageField, random_name
from clinic.languages import shown_language
from clinic.models import (
    PublicationStatus,
    Publishable,
    Reviewed,
    ReviewedContentQuerySet,
    TranslationTracked,
)
from clinic.search.index import plain_text
from clinic.search.registry import SearchDocument
from services.models import MARKDOWN_HELP, Cause, Treatment
from specialists.models import Specialist


def story_photo_storage():
    return storages["story_photos"]


def story_photo_path(instance, filename):
    # A random name: nothing about the patient in any address.
    return random_name("stories", filename)


def valid_consent(today):
    """Consent that covers web publication of the text today: signed, not expired or revoked."""
    return Q(
        consent__covers_text=True,
        consent__signed_on__lte=today,
        consent__expires_on__gte=today,
        consent__revoked_on__isnull=True,
    )


def photo_pairs_in_order():
    """A story's photo pairs as its page and its card show them, for prefetch_related."""
    return models.Prefetch("photo_pairs", queryset=PhotoPair.objects.order_by("position", "pk"))


class StoryQuerySet(ReviewedContentQuerySet):
    def public(self, today=None):
        """What patients may see right now; checked on every request, never by a nightly job."""
        today = today or timezone.localdate()
        return self.published().filter(valid_consent(today), published_on__lte=today)

    def searchable(self):
        """Stories that site search keeps entries for: those public() on some day, with the
        days from search_document(). A revoked consent or a draft leaves no entry at all."""
        return self.published().filter(consent__covers_text=True, consent__revoked_on__isnull=True)

    def for_cards(self):
        """What a story card shows (cause, photo consent, first photo) in fixed queries."""
        return self.select_related("cause", "consent").prefetch_related(photo_pairs_in_order())

    def about(self, *, cause=None, treatment=None):

        filters = {"cause": cause, "treatments": treatment}
        return self.filter(**{name: value for name, value in filters.items() if value})


class Story(Publishable, Reviewed, TranslationTracked):
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(_("web address"), max_length=150, unique=True)
    patient_display_name = models.CharField(
        _("patient’s display name"),
        max_length=40,
        help_text=_("First name or initials only, as the consent form allows."),
    )
    summary = models.CharField(_("summary"), max_length=200)
    body = models.TextField(_("story"), help_text=MARKDOWN_HELP)
    cause = models.ForeignKey(
        Cause, on_delete=models.PROTECT, null=True, blank=True, related_name="stories",
        verbose_name=_("cause of paralysis"),
    )  # fmt: skip
    treatments = models.ManyToManyField(
        Treatment, blank=True, related_name="stories", verbose_name=_("treatments")
    )
    specialists = models.ManyToManyField(
        Specialist, blank=True, related_name="stories", verbose_name=_("specialists involved")
    )
    is_featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_(
            "Shown as “One patient’s journey” on the home page and on the pages of its "
            "treatments and specialists."
        ),  # fmt: skip
    )
    published_on = models.DateField(
        _("publication date"), default=timezone.localdate, help_text=_("Hidden until this day.")
    )

    translated_children = ("photo_pairs",)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("patient story")
        verbose_name_plural = _("patient stories")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("stories:detail", kwargs={"slug": self.slug})

    def search_document(self):
        """Shown by site search on the days public() shows it: signed, published, unexpired."""
        return SearchDocument(
            self.title,
            self.summary,
            plain_text(self.body),
            shown_from=max(self.published_on, self.consent.signed_on),
            shown_until=self.consent.expires_on,
            title_language=shown_language(self, "title"),
            text_language=shown_language(self, "body"),
        )

    def hidden_reason(self, today=None):
        """Why patients cannot see this story now, in words for staff; None if they can."""
        today = today or timezone.localdate()
        consent = getattr(self, "consent", None)
        if self.status != PublicationStatus.PUBLISHED:
            return _("Draft")
        if consent is None:
            return _("No consent on file")
        if consent.revoked_on:
            return _("Consent revoked on %(date)s") % {"date": date_format(consent.revoked_on)}
        if not consent.covers_text:
            return _("Consent does not cover publishing the story")
        if consent.signed_on > today:
            return _("Consent not yet signed")
        if consent.expires_on < today:
            return _("Consent expired on %(date)s") % {"date": date_format(consent.expires_on)}
        if self.published_on > today:
            return _("Scheduled for %(date)s") % {"date": date_format(self.published_on)}
        return None

    @property
    def shows_photos(self):
        """Photos need their own consent, on top of the story's."""
        consent = getattr(self, "consent", None)  # a draft may have none yet
        return consent is not None and consent.covers_photos


class Consent(models.Model):
    """The patient's written authorization to publish their story on this website."""

    story = models.OneToOneField(
        Story, on_delete=models.CASCADE, related_name="consent", verbose_name=_("story")
    )
    signed_on = models.DateField(_("signed on"))
    covers_text = models.BooleanField(_("covers publishing the story on the website"))
    covers_photos = models.BooleanField(_("covers publishing the photos on the website"))
    expires_on = models.DateField(_("expires on"))
    revoked_on = models.DateField(
        _("revoked on"),
        null=True,
        blank=True,
        help_text=_(
            "Fill in when the patient withdraws consent: the story leaves the site at once."
        ),
    )
    document_reference = models.CharField(
        _("signed document"),
        max_length=100,
        help_text=_("Where the signed form is kept, e.g. its reference in the records system."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        editable=False, related_name="+", verbose_name=_("recorded by"),
    )  # fmt: skip
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__gt=models.F("signed_on")),
                name="consent_expires_after_signing",
                violation_error_message=_("Consent must expire after the day it was signed."),
            ),
            models.CheckConstraint(
                condition=Q(revoked_on__isnull=True) | Q(revoked_on__gte=models.F("signed_on")),
                name="consent_revoked_after_signing",
                violation_error_message=_("Consent cannot be revoked before it was signed."),
            ),
        ]

    def __str__(self):
        return _("Consent for “%(story)s”") % {"story": self.story}

    def clean(self):
        if self.signed_on and self.signed_on > timezone.localdate():
            raise ValidationError(
                {"signed_on": _("The signing date cannot be in the future.")}, code="future"
            )


class PhotoPair(TranslationTracked):
    """A before and an after photo, shown side by side or with a comparison slider."""

    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, related_name="photo_pairs", verbose_name=_("story")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    before_image = ResponsiveImageField(
        _("before photo"), upload_to=story_photo_path, storage=story_photo_storage,
        width_field="before_width", height_field="before_height",
    )  # fmt: skip
    before_width = models.PositiveIntegerField(editable=False, null=True)
    before_height = models.PositiveIntegerField(editable=False, null=True)
    before_alt = models.CharField(
        _("before photo description"), max_length=200,
        help_text=_("What the photo shows, for people who cannot see it."),
    )  # fmt: skip
    before_label = models.CharField(
        _("before label"), max_length=60, help_text=_("e.g. “Before surgery”.")
    )
    before_caption = models.CharField(_("before caption"), max_length=200, blank=True)
    after_image = ResponsiveImageField(
        _("after photo"), upload_to=story_photo_path, storage=story_photo_storage,
        width_field="after_width", height_field="after_height",
    )  # fmt: skip
    after_width = models.PositiveIntegerField(editable=False, null=True)
    after_height = models.PositiveIntegerField(editable=False, null=True)
    after_alt = models.CharField(
        _("after photo description"), max_length=200,
        help_text=_("What the photo shows, for people who cannot see it."),
    )  # fmt: skip
    after_label = models.CharField(
        _("after label"), max_length=60, help_text=_("e.g. “9 months after”.")
    )
    after_caption = models.CharField(_("after caption"), max_length=200, blank=True)
    is_illustration = models.BooleanField(
        _("drawings, not photos"),
        default=False,
        help_text=_("Tick for drawn pictures (such as the demo’s): the page marks them "
                    "“Illustration”. Leave unticked for photos of the patient."),
    )  # fmt: skip

    class Meta:
        ordering = ["story", "position", "pk"]
        verbose_name = _("before and after photos")
        verbose_name_plural = _("before and after photos")

    def __str__(self):
        return f"{self.before_label} / {self.after_label}"
