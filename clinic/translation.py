"""Pieces the apps' content translations share (django-modeltranslation does the rest)."""

from django.conf import settings
from django.db.models import F


def copy_into_default_language(app_label, fields_by_model):
    """A migration step: the text each row already has becomes its default language's
    (title → title_en), as modeltranslation's update_translation_fields would do."""
    language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    def copy(apps, schema_editor):
        for model_name, fields in fields_by_model.items():
            model = apps.get_model(app_label, model_name)
            model.objects.update(**{f"{name}_{language}": F(name) for name in fields})

    return copy
