from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from clinic.images import thumbnail_url

from .models import Consent, PhotoPair, Story


class ConsentInline(admin.StackedInline):
    model = Consent
    can_delete = False
    readonly_fields = ["recorded_by", "recorded_at"]
    fields = ["signed_on", "covers_text", "covers_photos", "expires_on", "revoked_on",
              "document_reference", "recorded_by", "recorded_at"]  # fmt: skip


class PhotoPairInline(admin.StackedInline):
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
        (None, {"fields": ["position"]}),
    ]

    @admin.display(description=_("preview"))
    def before_preview(self, pair):
        return preview(pair.before_image)

    @admin.display(description=_("preview"))
    def after_preview(self, pair):
        return preview(pair.after_image)


def preview(image):
    if not image:
        return "—"
    return format_html('<img src="{}" alt="" width="120">', thumbnail_url(image))


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "patient_display_name", "status", "is_featured", "published_on",
                    "on_the_site"]  # fmt: skip
    list_filter = ["status", "is_featured", "cause", "treatments"]
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
        (_("Address"), {"fields": ["slug"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consent")

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
