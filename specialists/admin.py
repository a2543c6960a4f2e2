from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from clinic.admin import PublishableAdmin, TranslatedAdmin, admin_thumbnail

from .models import Education, Expertise, Language, Location, Specialist, Synonym


class EducationInline(TranslationTabularInline):
    model = Education
    extra = 0


@admin.register(Specialist)
class SpecialistAdmin(TranslatedAdmin, PublishableAdmin):
    list_display = ["thumbnail", "name", "credentials", "title", "status",
                    "accepts_new_patients", "offers_video_visits"]  # fmt: skip
    list_display_links = ["thumbnail", "name"]
    list_filter = ["status", "expertise", "locations", "accepts_new_patients",
                   "offers_video_visits", "is_sample"]  # fmt: skip
    search_fields = ["name", "credentials", "title", "search_terms"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["expertise", "conditions", "causes", "treatments", "locations",
                           "languages"]  # fmt: skip
    inlines = [EducationInline]
    fieldsets = [
        (None, {"fields": ["name", "credentials", "title", "status", "bio"]}),
        (_("Photo"), {"fields": ["photo", "photo_alt"]}),
        (
            _("What they treat"),
            {"fields": ["expertise", "board_certifications", "conditions", "causes", "treatments"]},
        ),  # fmt: skip
        (
            _("Where and how patients see them"),
            {"fields": ["locations", "languages", "accepts_new_patients", "offers_video_visits"]},
        ),  # fmt: skip
        (_("Address and demo"), {"fields": ["slug", "is_sample"]}),
    ]

    @admin.display(description=_("photo"))
    def thumbnail(self, specialist):
        return admin_thumbnail(specialist.photo)


@admin.register(Expertise)
class ExpertiseAdmin(TranslatedAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Language)
class LanguageAdmin(TranslatedAdmin):
    search_fields = ["name"]


@admin.register(Location)
class LocationAdmin(TranslatedAdmin):
    list_display = ["name", "city", "phone", "is_sample"]
    list_filter = ["city"]
    search_fields = ["name", "city", "street_address"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ["phrase", "terms", "language"]
    list_editable = ["terms"]
    list_filter = ["language"]
    search_fields = ["phrase", "terms"]
