"""Abstract pieces that several apps' models share."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .readability import reading_grade


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)


class Publishable(models.Model):
    """Content that patients see only once staff publish it."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        help_text=_("Patients see only published content."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED


# Patient information is written for this reading grade or lower.
TARGET_READING_GRADE = 8
REVIEW_INTERVAL_DAYS = 365


@dataclass(frozen=True)
class Grading:
    """A reading grade worked out on save from the text of `fields`, kept in `grade_field`
    and flagged in the admin above `target`; `key` and `label` are its admin filter's."""

    grade_field: str
    fields: tuple[str, ...]
    target: int
    key: str
    label: str  # with %(grade)d for the target

    def grade_of(self, item):
        return reading_grade("\n\n".join(getattr(item, name) for name in self.fields))

    def is_hard(self, item):
        grade = getattr(item, self.grade_field)
        return grade is not None and grade > self.target


TEXT_GRADING = Grading(
    "reading_grade", ("summary", "body"), TARGET_READING_GRADE, "hard", _("Above grade %(grade)d")
)


class ReviewedQuerySet(models.QuerySet):
    def review_overdue(self, today=None):
        return self.filter(review_due_on__lt=today or timezone.localdate())

    def never_reviewed(self):
        return self.filter(last_reviewed_on__isnull=True)

    def hard_to_read(self, grading=None):
        grading = grading or TEXT_GRADING
        return self.filter(**{f"{grading.grade_field}__gt": grading.target})


class Reviewed(models.Model):
    """Clinical text that a clinician reviews on a schedule, with a reading-grade estimate."""

    last_reviewed_on = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day a clinician last checked that this text is accurate."),
    )
    review_due_on = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("Left blank or not after the last review, it is set to a year after it."),
    )
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=120,
        blank=True,
        help_text=_("The reviewing clinician’s name and credentials, e.g. “Jane Doe, MD”."),
    )
    reading_grade = models.DecimalField(
        _("reading grade"),
        max_digits=3,
        decimal_places=1,
        null=True,
        editable=False,
        help_text=_("Flesch–Kincaid grade of the text, worked out on save. Aim for 8 or lower."),
    )

    # The texts graded on save: the words patients read, in order; a model may add more.
    gradings = (TEXT_GRADING,)

    class Meta:
        abstract = True

    def save(self, *args, update_fields=None, **kwargs):
        for grading in self.gradings:
            setattr(self, grading.grade_field, grading.grade_of(self))
        # A due date on or before the latest review is the previous review's: move it on.
        if self.last_reviewed_on and (
            not self.review_due_on or self.review_due_on <= self.last_reviewed_on
        ):
            self.review_due_on = self.last_reviewed_on + timedelta(days=REVIEW_INTERVAL_DAYS)
        if update_fields is not None:
            grades = {grading.grade_field for grading in self.gradings}
            update_fields = {*update_fields, *grades, "review_due_on"}
        super().save(*args, update_fields=update_fields, **kwargs)

    @property
    def is_hard_to_read(self):
        return TEXT_GRADING.is_hard(self)


class ReviewedContentQuerySet(PublishableQuerySet, ReviewedQuerySet):
    pass
