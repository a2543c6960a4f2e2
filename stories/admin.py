from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from clinic.admin import (
    REVIEW_FIELDS,
    ReadingGradeFilter,
    ReviewedAdmin,
    ReviewStatusFilter,
    admin_thumbnail,
)

from .models import Consent, PhotoPair, Story


class ConsentInline(admin.StackedInline):
    model = Consent
    can_delete = False
    readonly_fields = ["recorded_by", "recorded_at"]
    fields = ["signed_on", "covers_text", "covers_photos", "expires_on", "revoked_on",
              "document_reference", "recorded_by", "recorded_at"]  # fmt: skip


class PhotoPairInline(TranslationStackedInline):
    model = PhotoPair
    extra = 0
    readonly_fields = ["before_preview", "after_preview"]
    fieldsets = [
        (
            _("Before"),
            {
                "fields": [
                    "before_image",
                    "before_preview",
                    "before_alt",
                    "before_label",
                    "before_caption",
                ]
            },
        ),  # fmt: skip
        (
            _("After"),
            {
                "fields": [
                    "after_image",
                    "after_preview",
                    "after_alt",
                    "after_label",
                    "after_caption",
                ]
            },
        ),  # fmt: skip
        (None, {"fields": ["is_illustration", "position"]}),
    ]

    @admin.display(description=_("preview"))
    def before_preview(self, pair):
        return admin_thumbnail(pair.before_image, width=120)

    @admin.display(description=_("preview"))
    def after_preview(self, pair):
        return admin_thumbnail(pair.after_image, width=120)


@admin.register(Story)
class StoryAdmin(ReviewedAdmin):
    list_display = ["thumbnail", "title", "patient_display_name", "status", "on_the_site",
                    "is_featured", "published_on", "reading_grade_flag", "review_due",
                    "helpful"]  # fmt: skip
    list_display_links = ["thumbnail", "title"]
    list_filter = ["status", ReviewStatusFilter, ReadingGradeFilter, "is_featured", "cause",
                   "treatments"]  # fmt: skip
    search_fields = ["title", "patient_display_name", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["cause", "treatments", "specialists"]
    inlines = [ConsentInline, PhotoPairInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "patient_display_name",
                    "summary",
                    "body",
                    "status",
                    "published_on",
                    "is_featured",
                ]
            },
        ),  # fmt: skip
        (_("What the story is about"), {"fields": ["cause", "treatments", "specialists"]}),
        (_("Clinical review"), {"fields": [*REVIEW_FIELDS, "updated_at"]}),
        (_("Address"), {"fields": ["slug"]}),
        ReviewedAdmin.FEEDBACK_FIELDSET,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).for_cards()

    @admin.display(description=_("photo"))
    def thumbnail(self, story):
        pairs = story.photo_pairs.all()  # prefetched by for_cards()
        return admin_thumbnail(pairs[0].after_image) if pairs else "—"

    @admin.display(description=_("on the site?"))
    def on_the_site(self, story):
        reason = story.hidden_reason()
        return _("Yes") if reason is None else format_html("{}: {}", _("Hidden"), reason)

    def save_formset(self, request, form, formset, change):
        for consent in formset.save(commit=False):
            if isinstance(consent, Consent) and consent.recorded_by_id is None:
                consent.recorded_by = request.user
            consent.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()
