"""The directory's texts patients read, in every language of settings.LANGUAGES."""

from modeltranslation.translator import TranslationOptions, register

from .models import Education, Expertise, Language, Location, Specialist


@register(Expertise)
class ExpertiseTranslation(TranslationOptions):
    fields = ("name",)


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ("name", "hours", "directions")


@register(Specialist)
class SpecialistTranslation(TranslationOptions):
    fields = ("title", "bio", "photo_alt")


@register(Education)
class EducationTranslation(TranslationOptions):
    fields = ("detail",)
