"""The services' texts patients read, in every language of settings.LANGUAGES
(django-modeltranslation adds a column per language: title_en, title_es…)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Cause, Condition, Page, Treatment

# in_short_grade: each language's "In short" has its own grade (reading_grade, text_changed_at:
# clinic/translation.py).
CONTENT_PAGE_FIELDS = ("title", "slug", "summary", "in_short", "body", "in_short_grade")


@register(Condition)
class ConditionTranslation(TranslationOptions):
    fields = (*CONTENT_PAGE_FIELDS, "title_in_sentence")


@register(Cause)
class CauseTranslation(TranslationOptions):
    fields = CONTENT_PAGE_FIELDS


@register(Treatment)
class TreatmentTranslation(TranslationOptions):
    fields = (*CONTENT_PAGE_FIELDS, "used_for", "duration", "recovery")


@register(Page)
class PageTranslation(TranslationOptions):
    fields = CONTENT_PAGE_FIELDS
