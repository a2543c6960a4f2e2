from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from clinic.admin import (
    REVIEW_FIELDS,
    ReadingGradeFilter,
    ReviewedAdmin,
    ReviewStatusFilter,
    grade_flag,
)

from .models import IN_SHORT_GRADING, Cause, Condition, Page, Treatment


def main_fields(*fields_after_title):
    """The first fieldset's fields: "In short" under the summary, with its grade."""
    return ["title", *fields_after_title, "summary", "in_short", "in_short_grade_flag", "body",
            "status"]  # fmt: skip


class ContentPageAdmin(ReviewedAdmin):
    list_display = ["title", "status", "reading_grade_flag", "in_short_grade_flag", "review_due",
                    "helpful", "is_sample_copy", "position", "updated_at"]  # fmt: skip
    list_editable = ["position"]
    list_filter = ["status", ReviewStatusFilter, ReadingGradeFilter, "is_sample_copy"]
    search_fields = ["title", "summary", "in_short", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = [*ReviewedAdmin.readonly_fields, "in_short_grade_flag"]
    fieldsets = [
        (None, {"fields": main_fields()}),
        (_("Clinical review"), {"fields": [*REVIEW_FIELDS, "is_sample_copy", "updated_at"]}),
        (_("Address and order"), {"fields": ["slug", "position"]}),
        ReviewedAdmin.FEEDBACK_FIELDSET,
    ]

    @admin.display(description=_("“In short” grade"), ordering="in_short_grade")
    def in_short_grade_flag(self, item):
        return grade_flag(item, IN_SHORT_GRADING)


class CauseInline(TranslationTabularInline):
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
        (None, {"fields": main_fields("title_in_sentence")}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Cause)
class CauseAdmin(ContentPageAdmin):
    list_display = ["title", "condition", *ContentPageAdmin.list_display[1:]]
    list_filter = ["condition", *ContentPageAdmin.list_filter]
    list_select_related = ["condition"]
    autocomplete_fields = ["condition"]
    fieldsets = [
        (None, {"fields": main_fields("condition")}),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Treatment)
class TreatmentAdmin(ContentPageAdmin):
    list_display = ["title", "category", *ContentPageAdmin.list_display[1:]]
    list_filter = ["category", *ContentPageAdmin.list_filter]
    autocomplete_fields = ["conditions"]
    fieldsets = [
        (None, {"fields": main_fields("category", "conditions")}),
        (
            _("Key facts"),
            {
                "fields": ["used_for", "duration", "recovery"],
                "description": _(
                    "Shown in a box at the top of the page, with the category; a fact left "
                    "blank is not shown. Say only what the page says."
                ),
            },
        ),
        *ContentPageAdmin.fieldsets[1:],
    ]


@admin.register(Page)
class PageAdmin(ContentPageAdmin):
    pass
