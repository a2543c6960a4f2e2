"""The services' texts patients read, in every language of settings.LANGUAGES
(django-modeltranslation adds a column per language: title_en, title_es…)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Cause, Condition, Page, Treatment

CONTENT_PAGE_FIELDS = ("title", "slug", "summary", "in_short", "body")


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
