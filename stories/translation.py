"""The stories' texts patients read, in every language of settings.LANGUAGES."""

from modeltranslation.translator import TranslationOptions, register

from .models import PhotoPair, Story


@register(Story)
class StoryTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "body")


@register(PhotoPair)
class PhotoPairTranslation(TranslationOptions):
    fields = (
        "before_alt",
        "before_label",
        "before_caption",
        "after_alt",
        "after_label",
        "after_caption",
    )
