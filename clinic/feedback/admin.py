from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from clinic.admin import ReadOnlyAdmin

from .models import PageFeedback


@admin.register(PageFeedback)
class PageFeedbackAdmin(ReadOnlyAdmin):
    """Every answer, for reading: what readers send is never edited, added or removed here.
    Each page's own tally and comments are on its change form (clinic.admin.ReviewedAdmin)."""

    list_display = ["created_at", "page", "helpful", "language", "comment"]
    list_filter = ["helpful", ("content_type", admin.RelatedOnlyFieldListFilter), "language",
                   "created_at"]  # fmt: skip
    search_fields = ["comment"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        # The pages of a list of answers, a query per kind of page rather than one per answer.
        pages = super().get_queryset(request).select_related("content_type")
        return pages.prefetch_related("page")

    @admin.display(description=_("page"))
    def page(self, feedback):
        return feedback.page or _("(deleted)")
