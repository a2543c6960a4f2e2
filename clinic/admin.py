"""Admin pieces every content app shares: publishing actions and the content-health columns."""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .images import thumbnail_url
from .models import TEXT_GRADING, PublicationStatus


def admin_thumbnail(image, width=48):
    """The smallest rendition of an uploaded image, for admin lists and forms."""
    if not image:
        return "—"
    return format_html('<img src="{}" alt="" width="{}">', thumbnail_url(image), width)


REVIEW_FIELDS = ["last_reviewed_on", "reviewed_by", "review_due_on", "reading_grade"]


class ReviewStatusFilter(admin.SimpleListFilter):
    title = _("clinical review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", _("Review overdue")), ("never", _("Never reviewed"))]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.review_overdue()
        if self.value() == "never":
            return queryset.never_reviewed()
        return queryset


def grade_flag(item, grading):
    """An item's reading grade for the admin, saying when it is above the grading's target."""
    grade = getattr(item, grading.grade_field)
    if grade is None:
        return "—"
    if grading.is_hard(item):
        return _("%(grade)s (hard: aim for %(target)d or lower)") % {
            "grade": grade, "target": grading.target}  # fmt: skip
    return str(grade)


class ReadingGradeFilter(admin.SimpleListFilter):
    """One choice per graded text of the model: the items whose grade is above its target."""

    title = _("reading grade")
    parameter_name = "reading"

    def lookups(self, request, model_admin):
        return [(g.key, g.label % {"grade": g.target}) for g in model_admin.model.gradings]

    def queryset(self, request, queryset):
        for grading in queryset.model.gradings:
            if self.value() == grading.key:
                return queryset.hard_to_read(grading)
        return queryset


class PublishableAdmin(admin.ModelAdmin):
    """Publishing and unpublishing from the list, as one action each."""

    actions = ["publish", "unpublish"]

    @admin.action(description=_("Publish selected (patients can see them)"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.PUBLISHED)

    @admin.action(description=_("Return selected to draft (hide from patients)"),
                  permissions=["change"])  # fmt: skip
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.DRAFT)

    def _set_status(self, request, queryset, status):
        changed = 0
        # Saved one by one (not update()) so search indexes and caches hear of the change.
        for item in queryset.exclude(status=status):
            item.status = status
            item.save(update_fields=["status", "updated_at"])
            self.log_change(request, item, f"Status set to {status}")  # the item's history
            changed += 1
        message = ngettext(
            "%(count)d item is now %(status)s.", "%(count)d items are now %(status)s.", changed
        )
        status_label = PublicationStatus(status).label.lower()
        self.message_user(request, message % {"count": changed, "status": status_label})


class ReviewedAdmin(PublishableAdmin):
    """Clinical content: review dates and a reading grade beside the publishing actions."""

    readonly_fields = ["reading_grade", "updated_at"]

    @admin.display(description=_("reading grade"), ordering="reading_grade")
    def reading_grade_flag(self, item):
        return grade_flag(item, TEXT_GRADING)

    @admin.display(description=_("next review"), ordering="review_due_on")
    def review_due(self, item):
        if item.review_due_on is None:
            return _("Never reviewed") if item.last_reviewed_on is None else "—"
        if item.review_due_on < timezone.localdate():
            return _("Overdue since %(date)s") % {"date": date_format(item.review_due_on)}
        return item.review_due_on
