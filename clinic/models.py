"""Abstract pieces that several apps' models share."""

from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .readability import grade_for_language


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


def content_languages():
    """The language codes content is written in, the default (English) first."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return [default, *(code for code, _name in settings.LANGUAGES if code != default)]


def translation_languages():
    """The languages staff translate content into: every one but the default."""
    return content_languages()[1:]


@dataclass(frozen=True)
class Grading:
    """A reading grade worked out on save from the text of `fields`, in each language: kept in
    `grade_field`'s column for that language (reading_grade_en, reading_grade_es) and flagged
    in the admin above `target`; `key` and `label` are its admin filter's."""

    grade_field: str
    fields: tuple[str, ...]
    target: int
    key: str
    label: str  # with %(grade)d for the target

    def column(self, language):
        return f"{self.grade_field}_{language}"

    def grade_of(self, item, language):
        texts = (getattr(item, f"{name}_{language}") or "" for name in self.fields)
        return grade_for_language("\n\n".join(texts), language)

    def grade(self, item, language):
        return getattr(item, self.column(language))

    def is_hard(self, item, language):
        grade = self.grade(item, language)
        return grade is not None and grade > self.target


TEXT_GRADING = Grading(
    "reading_grade", ("summary", "body"), TARGET_READING_GRADE, "hard", _("Above grade %(grade)d")
)


class ReviewedQuerySet(models.QuerySet):
    def review_overdue(self, today=None):
        return self.filter(review_due_on__lt=today or timezone.localdate())

    def never_reviewed(self):
        return self.filter(last_reviewed_on__isnull=True)

    def hard_to_read(self, grading=None, language=None):
        grading = grading or TEXT_GRADING
        column = grading.column(language or settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        return self.filter(**{f"{column}__gt": grading.target})


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
        help_text=_(
            "Worked out on save: the Flesch–Kincaid grade of the English, the grade for the "
            "Fernández Huerta score of the Spanish. Aim for 8 or lower."
        ),
    )

    # The texts graded on save: the words patients read, in order; a model may add more.
    gradings = (TEXT_GRADING,)

    class Meta:
        abstract = True

    def save(self, *args, update_fields=None, **kwargs):
        columns = []
        for grading in self.gradings:
            for language in content_languages():
                setattr(self, grading.column(language), grading.grade_of(self, language))
                columns.append(grading.column(language))
        # A due date on or before the latest review is the previous review's: move it on.
        if self.last_reviewed_on and (
            not self.review_due_on or self.review_due_on <= self.last_reviewed_on
        ):
            self.review_due_on = self.last_reviewed_on + timedelta(days=REVIEW_INTERVAL_DAYS)
        if update_fields is not None:
            update_fields = {*update_fields, *columns, "review_due_on"}
        super().save(*args, update_fields=update_fields, **kwargs)


@cache
def translated_text_fields(model):
    """The model's translated fields that hold words patients read: ("title", "summary", …),
    not the dates and grades kept per language beside them, nor the address (a page without a
    Spanish slug keeps its English one)."""
    from modeltranslation.translator import translator

    fields = translator.get_options_for_model(model).all_fields
    return tuple(
        name
        for name in fields
        if isinstance(field := model._meta.get_field(name), (models.CharField, models.TextField))
        and not isinstance(field, models.SlugField)
    )


@cache
def _text_columns(model, language):
    """A model's translated text columns in one language (title_es, body_es…): worked out once,
    since every row loaded remembers its words by them."""
    return tuple(f"{name}_{language}" for name in translated_text_fields(model))


def _has_text(column):
    return Q(**{f"{column}__gt": ""})  # neither NULL nor ""


def _child_relations(model):
    """(child model, its foreign key's name) for each of the model's translated_children (a
    specialist's education, a story's photo pairs), whose words are part of the same page."""
    for name in model.translated_children:
        relation = model._meta.get_field(name)
        yield relation.related_model, relation.field.name


def _or_children(model, language, condition):
    """`condition` for the row itself or any of its translated_children."""
    either = condition(model, language)
    for child, parent in _child_relations(model):
        children = child._default_manager.filter(
            condition(child, language), **{parent: OuterRef("pk")}
        )
        either |= Exists(children)
    return either


def _missing(model, language):
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    missing = Q(pk__in=[])
    for name in translated_text_fields(model):
        missing |= _has_text(f"{name}_{default}") & ~_has_text(f"{name}_{language}")
    return missing


def _stale(model, language):
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return Q(**{f"text_changed_at_{language}__lt": models.F(f"text_changed_at_{default}")})


def _missing_or_stale(model, language):
    return _missing(model, language) | _stale(model, language)


class TranslatedQuerySet(models.QuerySet):
    def translation_missing(self, language):
        """Rows with a text in the default language (English) that has none in `language`."""
        return self.filter(_or_children(self.model, language, _missing))

    def translation_stale(self, language):
        """Rows whose text in `language` last changed before their English did."""
        return self.filter(_or_children(self.model, language, _stale))

    def translation_missing_or_stale(self, language):
        return self.filter(_or_children(self.model, language, _missing_or_stale))

    def with_translation_state(self):
        """Each row with `translation_missing_<language>` and `translation_stale_<language>`
        for every translation language, worked out in the same query (for the admin list)."""
        states = {}
        for language in translation_languages():
            for state, condition in (("missing", _missing), ("stale", _stale)):
                states[f"translation_{state}_{language}"] = models.ExpressionWrapper(
                    _or_children(self.model, language, condition),
                    output_field=models.BooleanField(),
                )
        return self.annotate(**states)

    def mark_translation_current(self, language):
        """Dates these rows' text in `language` (and their translated_children's) now: a
        translator checked it against changed English and found nothing to change. Returns
        how many rows were marked."""
        # The rows are pinned first: a filter such as "Spanish out of date" stops matching them
        # as soon as their children are dated.
        rows = self.model._default_manager.filter(pk__in=list(self.values_list("pk", flat=True)))
        column = {f"text_changed_at_{language}": timezone.now()}
        for child, parent in _child_relations(self.model):
            child._default_manager.filter(**{f"{parent}__in": rows}).update(**column)
        return rows.update(**column)


class TranslationTracked(models.Model):
    """Content written in several languages that remembers when each language's words last
    changed, so staff can find translations that are missing or older than the English.

    `text_changed_at` is registered for translation (clinic/translation.py), so each language
    has its own column: text_changed_at_en, text_changed_at_es…
    """

    text_changed_at = models.DateTimeField(
        _("text last changed"),
        null=True,
        editable=False,
        help_text=_("When this language’s words last changed, set on save."),
    )

    # Related names of rows whose words are part of this one's page (a story's photo pairs).
    translated_children = ()

    objects = TranslatedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, update_fields=None, **kwargs):
        now = timezone.now()
        changed = self.languages_with_changed_text(update_fields)
        stamped = [f"text_changed_at_{language}" for language in changed]
        for column in stamped:
            setattr(self, column, now)
        if update_fields is not None and stamped:
            update_fields = {*update_fields, *stamped}
        super().save(*args, update_fields=update_fields, **kwargs)
        self._remember_text()

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        item = super().from_db(db, field_names, values, **kwargs)
        # The row as loaded, read only if the item is saved: pages load many and save none.
        item._loaded_row = (field_names, values)
        return item

    def _text_columns(self, language):
        return _text_columns(type(self), language)

    def _remember_text(self):
        self._saved_text = {
            column: self.__dict__[column]
            for language in content_languages()
            for column in self._text_columns(language)
            if column in self.__dict__  # a deferred column is not loaded
        }

    def languages_with_changed_text(self, update_fields=None):
        """The languages whose words differ from those loaded from the database (a new row:
        the languages it has words in)."""
        if hasattr(self, "_saved_text"):
            saved = self._saved_text
        else:
            saved = dict(zip(*getattr(self, "_loaded_row", ((), ())), strict=True))
        changed = []
        for language in content_languages():
            columns = [
                column
                for column in self._text_columns(language)
                if column in self.__dict__
                and (
                    update_fields is None
                    or column in update_fields
                    or column.removesuffix(f"_{language}") in update_fields
                )
            ]
            if any((self.__dict__[c] or "") != (saved.get(c) or "") for c in columns):
                changed.append(language)
        return changed


class ReviewedContentQuerySet(PublishableQuerySet, ReviewedQuerySet, TranslatedQuerySet):
    pass


# The site search's index and readers' feedback live with their packages; Django finds
# models here.
from .feedback.models import PageFeedback  # noqa: E402, F401
from .search.models import SearchEntry  # noqa: E402, F401
