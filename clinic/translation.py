"""Pieces the apps' content translations share (django-modeltranslation does the rest): the
per-language columns every translated model has, and migration steps."""

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from modeltranslation.translator import TranslationOptions, register

from .models import Reviewed, TranslationTracked, content_languages


# Registered here, before the apps register their models, so each model inherits them.
@register(TranslationTracked)
class TranslationTrackedTranslation(TranslationOptions):
    fields = ("text_changed_at",)


@register(Reviewed)
class ReviewedTranslation(TranslationOptions):
    fields = ("reading_grade",)


def copy_into_default_language(app_label, fields_by_model):
    """A migration step: the text each row already has becomes its default language's
    (title → title_en), as modeltranslation's update_translation_fields would do."""
    language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    def copy(apps, schema_editor):
        for model_name, fields in fields_by_model.items():
            model = apps.get_model(app_label, model_name)
            model.objects.update(**{f"{name}_{language}": F(name) for name in fields})

    return copy


def date_existing_text(app_label, fields_by_model, gradings_by_model=None):
    """A migration step for rows written before texts were dated: each language a row has
    words in counts as changed now (so nothing reads as out of date), and each language's
    reading grades are worked out."""
    gradings_by_model = gradings_by_model or {}

    def date(apps, schema_editor):
        now = timezone.now()
        for model_name, fields in fields_by_model.items():
            model = apps.get_model(app_label, model_name)
            columns = {field.name for field in model._meta.get_fields()}
            # Languages added later get their columns, and this step, in later migrations.
            languages = [lang for lang in content_languages() if f"{fields[0]}_{lang}" in columns]
            for item in model.objects.all():
                for language in languages:
                    if any(getattr(item, f"{name}_{language}") for name in fields):
                        setattr(item, f"text_changed_at_{language}", now)
                    for grading in gradings_by_model.get(model_name, ()):
                        setattr(item, grading.column(language), grading.grade_of(item, language))
                item.save()

    return date
