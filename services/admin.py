from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Cause, Condition, Page, Treatment


class ContentPageAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "is_sample_copy", "position", "updated_at"]
    list_editable = ["position"]
    list_filter = ["status", "is_sample_copy"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "body", "status"]}),
        (_("Review"), {"fields": ["is_sample_copy", "updated_at"]}),
        (_("Address and order"), {"fields": ["slug", "position"]}),
    ]


class CauseInline(admin.TabularInline):
    model = Cause
    fields = ["title", "status", "position"]
    show_change_link = True
    extra = 0


@admin.register(Condition)
class ConditionAdmin(ContentPageAdmin):
    inlines = [CauseInline]


@admin.register(Cause)
class CauseAdmin(ContentPageAdmin):
    list_display = ["title", "condition", *ContentPageAdmin.list_display[1:]]
    list_filter = ["condition", *ContentPageAdmin.list_filter]
    autocomplete_fields = ["condition"]
    fieldsets = [
        (None, {"fields": ["title", "condition", "summary", "body", "status"]}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Treatment)
class TreatmentAdmin(ContentPageAdmin):
    list_display = ["title", "category", *ContentPageAdmin.list_display[1:]]
    list_filter = ["category", *ContentPageAdmin.list_filter]
    filter_horizontal = ["conditions"]
    fieldsets = [
        (None, {"fields": ["title", "category", "conditions", "summary", "body", "status"]}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Page)
class PageAdmin(ContentPageAdmin):
    pass
