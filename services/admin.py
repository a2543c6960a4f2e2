from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from clinic.admin import REVIEW_FIELDS, ReadingGradeFilter, ReviewedAdmin, ReviewStatusFilter

from .models import Cause, Condition, Page, Treatment


class ContentPageAdmin(ReviewedAdmin):
    list_display = ["title", "status", "reading_grade_flag", "review_due", "is_sample_copy",
                    "position", "updated_at"]  # fmt: skip
    list_editable = ["position"]
    list_filter = ["status", ReviewStatusFilter, ReadingGradeFilter, "is_sample_copy"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "summary", "body", "status"]}),
        (_("Clinical review"), {"fields": [*REVIEW_FIELDS, "is_sample_copy", "updated_at"]}),
        (_("Address and order"), {"fields": ["slug", "position"]}),
    ]


class CauseInline(admin.TabularInline):
    model = Cause
    fields = ["title", "status", "position"]
    show_change_link = True
    extra = 0


class TreatmentInline(admin.TabularInline):
    model = Treatment.conditions.through
    autocomplete_fields = ["treatment"]
    verbose_name = _("treatment for this condition")
    verbose_name_plural = _("treatments for this condition")
    extra = 0


@admin.register(Condition)
class ConditionAdmin(ContentPageAdmin):
    inlines = [CauseInline, TreatmentInline]
    fieldsets = [
        (None, {"fields": ["title", "title_in_sentence", "summary", "body", "status"]}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Cause)
class CauseAdmin(ContentPageAdmin):
    list_display = ["title", "condition", *ContentPageAdmin.list_display[1:]]
    list_filter = ["condition", *ContentPageAdmin.list_filter]
    list_select_related = ["condition"]
    autocomplete_fields = ["condition"]
    fieldsets = [
        (None, {"fields": ["title", "condition", "summary", "body", "status"]}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Treatment)
class TreatmentAdmin(ContentPageAdmin):
    list_display = ["title", "category", *ContentPageAdmin.list_display[1:]]
    list_filter = ["category", *ContentPageAdmin.list_filter]
    autocomplete_fields = ["conditions"]
    fieldsets = [
        (None, {"fields": ["title", "category", "conditions", "summary", "body", "status"]}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Page)
class PageAdmin(ContentPageAdmin):
    pass
