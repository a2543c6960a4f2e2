"""Admin pieces every content app shares: publishing actions, the content-health columns and
editing every language side by side."""

from django.conf import settings
from django.contrib import admin
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from modeltranslation.utils import get_translation_fields

from .feedback.models import PERIODS, PageFeedback, with_helpfulness
from .images import thumbnail_url
from .models import TEXT_GRADING, PublicationStatus, content_languages, translation_languages


def admin_thumbnail(image, width=48):
    """The smallest rendition of an uploaded image, for admin lists and forms."""
    if not image:
        return "—"
    return format_html('<img src="{}" alt="" width="{}">', thumbnail_url(image), width)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records the site keeps of what people did (who looked at a patient's photos, what
    readers said of a page): listed for reading, never added, changed or deleted by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


REVIEW_FIELDS = ["last_reviewed_on", "reviewed_by", "review_due_on", "reading_grade_flag"]


def language_name(code):
    """A language's name in the admin's language: "Spanish" to an English-speaking editor."""
    return get_language_info(code)["name_translated"]


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
    """An item's reading grade in each language, saying which are above the grading's target:
    "English: 7.2", then "Spanish: 10.0 (hard: aim for 8 or lower)" on the next line."""
    lines = []
    for language in content_languages():
        grade = grading.grade(item, language)
        if grade is None:
            text = "—"
        elif grading.is_hard(item, language):
            text = _("%(grade)s (hard: aim for %(target)d or lower)") % {
                "grade": grade, "target": grading.target}  # fmt: skip
        else:
            text = str(grade)
        lines.append((language_name(language), text))
    return format_html_join(mark_safe("<br>"), "{}: {}", lines)


class ReadingGradeFilter(admin.SimpleListFilter):
    """One choice per graded text of the model and language: the items whose grade in that
    language is above its target."""

    title = _("reading grade")
    parameter_name = "reading"

    @staticmethod
    def keyed_gradings(model):
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for grading in model.gradings:
            for language in content_languages():
                key = grading.key if language == default else f"{grading.key}-{language}"
                yield key, grading, language

    def lookups(self, request, model_admin):
        return [
            (
                key,
                _("%(language)s: %(grading)s")
                % {
                    "language": language_name(language),
                    "grading": grading.label % {"grade": grading.target},
                },
            )  # fmt: skip
            for key, grading, language in self.keyed_gradings(model_admin.model)
        ]

    def queryset(self, request, queryset):
        for key, grading, language in self.keyed_gradings(queryset.model):
            if self.value() == key:
                return queryset.hard_to_read(grading, language)
        return queryset


class TranslationStateFilter(admin.SimpleListFilter):
    """One choice per language staff translate into: the items with words still to translate
    in it, or translated before the English last changed."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        default = language_name(settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        return [
            (
                code,
                _("%(language)s missing or older than %(default)s")
                % {"language": language_name(code), "default": default},
            )  # fmt: skip
            for code in translation_languages()
        ]

    def queryset(self, request, queryset):
        if self.value() in translation_languages():
            return queryset.translation_missing_or_stale(self.value())
        return queryset


class TranslatedAdmin(TranslationAdmin):
    """A model whose words staff write in every language: each translated field shows once per
    language, one after the other (django-modeltranslation), searches find every language's
    words, and the list has the translation filter and a column saying what needs doing."""

    def get_queryset(self, request):
        return super().get_queryset(request).with_translation_state()

    def get_search_fields(self, request):
        fields = []
        for name in super().get_search_fields(request):
            translated = name in self.trans_opts.all_fields
            fields.extend(get_translation_fields(name) if translated else [name])
        return fields

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_state"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationStateFilter]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "translation_state",
                *get_translation_fields("text_changed_at")]  # fmt: skip

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        dates = get_translation_fields("text_changed_at")
        return [*fieldsets, (_("Translation"), {"fields": ["translation_state", *dates]})]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            for language in translation_languages():
                name = f"mark_{language}_up_to_date"
                description = _("Mark the %(language)s of selected as up to date") % {
                    "language": language_name(language)}  # fmt: skip
                actions[name] = (self._up_to_date_action(language), name, description)
        return actions

    @staticmethod
    def _up_to_date_action(language):
        """An action that dates the selected items' text in `language` now: a translator who
        checked it against changed English (a typo fixed) and found nothing to change."""

        def mark_up_to_date(modeladmin, request, queryset):
            selected = list(queryset)  # before: a filter on freshness stops matching them
            changed = queryset.mark_translation_current(language)
            for item in selected:
                modeladmin.log_change(request, item, f"Marked {language} up to date")
            modeladmin.message_user(request, ngettext(
                "%(count)d item marked up to date.", "%(count)d items marked up to date.", changed
            ) % {"count": changed})  # fmt: skip

        return mark_up_to_date

    @admin.display(description=_("translation"))
    def translation_state(self, item):
        states = []
        for language in translation_languages():
            if getattr(item, f"translation_missing_{language}", False):
                states.append(_("%(language)s missing") % {"language": language_name(language)})
            elif getattr(item, f"translation_stale_{language}", False):
                states.append(_("%(language)s out of date") % {"language": language_name(language)})
        return "; ".join(map(str, states)) or _("Up to date")


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


class ReviewedAdmin(TranslatedAdmin, PublishableAdmin):
    """Clinical content: review dates and a reading grade beside the publishing actions."""

    readonly_fields = ["reading_grade_flag", "updated_at", "page_feedback"]
    # Each subclass's fieldsets end with this one.
    FEEDBACK_FIELDSET = (_("What readers said"), {"fields": ["page_feedback"]})
    LATEST_COMMENTS = 20

    def get_queryset(self, request):
        return with_helpfulness(super().get_queryset(request))

    # Ascending, the least helpful pages first; pages nobody rated after them.
    @admin.display(
        description=_("helpful (90 days)"), ordering=F("helpful_percent").asc(nulls_last=True)
    )
    def helpful(self, item):
        if item.helpful_percent is None:
            return "—"
        return format_html(
            "{}% <small>({})</small>",
            item.helpful_percent,
            ngettext("%(count)d vote", "%(count)d votes", item.feedback_votes)
            % {"count": item.feedback_votes},
        )

    @admin.display(description=_("“Was this page helpful?”"))
    def page_feedback(self, item):
        if item.pk is None:
            return "—"
        feedback = PageFeedback.objects.about(item)
        tallies = format_html_join(
            "", "<li>{}</li>",
            ((_("Last %(days)d days: %(yes)d yes, %(no)d no") % {
                "days": days, "yes": yes, "no": no,
            },) for days, (yes, no) in feedback.tally().items()),
        )  # fmt: skip
        comments = feedback.since(PERIODS[-1]).exclude(comment="")[: self.LATEST_COMMENTS]
        said = format_html_join(
            "", "<li>{} ({}, {}): {}</li>",
            ((date_format(timezone.localtime(c.created_at)), c, c.language, c.comment)
             for c in comments),
        )  # fmt: skip
        return format_html(
            "<ul>{}</ul><p>{}</p><ul>{}</ul>",
            tallies,
            _("Comments in the last %(days)d days, newest first:") % {"days": PERIODS[-1]}
            if said
            else _("No comments in the last %(days)d days.") % {"days": PERIODS[-1]},
            said,
        )

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


# Readers' feedback registers its own list, with the pieces above.
from .feedback import admin as feedback_admin  # noqa: E402, F401
