"""Admin pieces every content app shares: publishing actions and the content-health columns."""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .images import thumbnail_url
from .models import TARGET_READING_GRADE, PublicationStatus


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


class ReadingGradeFilter(admin.SimpleListFilter):
    title = _("reading grade")
    parameter_name = "reading"

    def lookups(self, request, model_admin):
        return [("hard", _("Above grade %(grade)d") % {"grade": TARGET_READING_GRADE})]

    def queryset(self, request, queryset):
        return queryset.hard_to_read() if self.value() == "hard" else queryset


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
        if item.reading_grade is None:
            return "—"
        if item.is_hard_to_read:
            return _("%(grade)s (hard: aim for %(target)d or lower)") % {
                "grade": item.reading_grade, "target": TARGET_READING_GRADE}  # fmt: skip
        return str(item.reading_grade)

    @admin.display(description=_("next review"), ordering="review_due_on")
    def review_due(self, item):
        if item.review_due_on is None:
            return _("Never reviewed") if item.last_reviewed_on is None else "—"
        if item.review_due_on < timezone.localdate():
            return _("Overdue since %(date)s") % {"date": date_format(item.review_due_on)}
        return item.review_due_on
