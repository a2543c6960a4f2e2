import csv

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.main import SEARCH_VAR
from django.http import FileResponse, Http404, HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from clinic.admin import ReadOnlyAdmin, language_name
from clinic.phone import formatted_phone, normalised_phone
from clinic.preview import staff_may_see_unpublished
from clinic.views import as_inert_file

from .actions import appointment_request_restore, notification_resend
from .models import OPEN, AppointmentRequest, MediaAccess, Notification, PatientMedia
from .photos import slot_label, slot_order

Status = AppointmentRequest.Status
CONTACT = ["asker", "patient_name", "phone_number", "email", "contact_method", "contact_time",
           "language_name", "interpreter_needed", "consent_to_contact"]  # fmt: skip
PARALYSIS = ["cause_display", "affected_side", "onset", "referred"]
PREFERENCES = ["preferred_specialist", "preferred_location", "insurance", "message"]
EXPORTED = ["reference", "created_at", "is_time_sensitive", "status", "assigned_to",
            "patient_name", "phone", "email", "contact_method", "contact_time",
            "language", "interpreter", "cause"]  # fmt: skip


class NotificationInline(admin.TabularInline):
    model = Notification
    fields = ["kind", "state", "attempts", "last_error", "sent_at"]
    readonly_fields = fields
    extra = max_num = 0
    can_delete = False


def export_value(appointment, name):
    """What a person reads: local times and labels, not codes."""
    if name == "created_at":
        return timezone.localtime(appointment.created_at).strftime("%Y-%m-%d %H:%M")
    if name == "phone":
        return formatted_phone(appointment.phone)
    if name == "cause":  # the answer as given, even if its page has since gone
        return appointment.cause_display
    if name == "language":
        return appointment.language_name
    if name == "interpreter":
        return appointment.interpreter_display
    display = getattr(appointment, f"get_{name}_display", None)
    return display() if display else getattr(appointment, name)


def spreadsheet_safe(value):

    # A cell starting with =, +, - or @ would run as a formula in a spreadsheet.
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in {"=", "+", "-", "@"} else text


class StatusFilter(admin.SimpleListFilter):
    """By default the queue: every status but suspected spam, which has a choice of its own.

    A search looks in suspected spam too: the patient whose autofill filled the honeypot calls,
    and the coordinator must find them by name or phone.
    """

    title = _("status")
    parameter_name = "status"
    EVERYTHING = "all"

    def __init__(self, request, params, model, model_admin):
        self.searching = bool(request.GET.get(SEARCH_VAR, "").strip())
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [*Status.choices, (self.EVERYTHING, _("All, with suspected spam"))]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset if self.searching else queryset.in_queue()
        if self.value() == self.EVERYTHING:
            return queryset
        return queryset.filter(status=self.value())

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("The queue, and suspected spam that matches")
            if self.searching
            else _("The queue (no suspected spam)"),
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == str(value),
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


class LanguageFilter(admin.SimpleListFilter):
    """The site's languages, named in staff's language: who should call back."""

    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return [(code, language_name(code)) for code, _name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


class AppointmentRequestAdminForm(forms.ModelForm):
    """Staff are offered "Suspected spam" only on a request that has it: the site sets it (a
    filled honeypot field); for spam they are sure of there is "Spam"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")  # absent for staff who may only view
        if status and self.instance.status != Status.SUSPECTED_SPAM:
            status.choices = [c for c in status.choices if c[0] != Status.SUSPECTED_SPAM]


def media_figure(item):
    url = reverse("admin:appointments_patientmedia_file", args=[item.pk])
    label = slot_label(item.slot)
    if item.is_video:
        player = format_html('<video src="{}" controls preload="none"></video>', url)
    else:
        player = format_html('<img src="{}" alt="{}" loading="lazy">', url, _("Photo: %s") % label)
    return format_html(
        '<figure class="patient-media__item">{}<figcaption>{}</figcaption></figure>', player, label
    )


@admin.register(AppointmentRequest)
class AppointmentRequestAdmin(admin.ModelAdmin):
    form = AppointmentRequestAdminForm
    list_display = ["reference", "created_at", "urgency", "status_label", "phone_number",
                    "language_name", "interpreter_needed", "assigned_to", "emails"]  # fmt: skip
    list_filter = [StatusFilter, "is_time_sensitive", LanguageFilter, "interpreter", "assigned_to",
                   "notifications__state"]  # fmt: skip
    search_fields = ["reference", "patient_name", "email"]
    list_select_related = ["assigned_to"]
    date_hierarchy = "created_at"
    readonly_fields = ["reference", "created_at", "is_time_sensitive", *CONTACT, *PARALYSIS,
                       *PREFERENCES]  # fmt: skip
    inlines = [NotificationInline]
    actions = ["assign_to_me", "mark_contacted", "restore_to_queue", "resend_notifications",
               "export_csv"]  # fmt: skip
    fieldsets = [
        (_("Triage"), {"fields": ["status", "assigned_to", "internal_notes"]}),
        (_("Request"), {"fields": ["reference", "created_at", "is_time_sensitive"]}),
        (_("Who and how to contact"), {"fields": CONTACT}),
        (_("About the paralysis"), {"fields": PARALYSIS}),
        (_("Preferences and message"), {"fields": PREFERENCES}),
    ]

    class Media:
        css = {"all": ["css/admin-media.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("notifications")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj and staff_may_see_unpublished(request.user, PatientMedia) and obj.media.exists():
            fieldsets = [*fieldsets, (_("Photos and video"), {"fields": ["photos_and_video"]})]
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "photos_and_video"]

    @admin.display(description=_("sent by the patient"))
    def photos_and_video(self, appointment):
        """Side by side in the standard order; each one fetched is written to the access log."""
        order = {slot: position for position, slot in enumerate(slot_order())}
        media = sorted(appointment.media.all(), key=lambda m: order.get(m.slot, len(order)))
        figures = format_html_join("", "{}", ((media_figure(item),) for item in media))
        return format_html('<div class="patient-media">{}</div>', figures)

    def get_urls(self):
        return [
            path("media/<int:media_id>/", self.media_file,
                 name="appointments_patientmedia_file"),
            *super().get_urls(),
        ]  # fmt: skip

    def media_file(self, request, media_id):
        """A patient's photo or video, for staff allowed to see them, each look logged.

        Not the admin's usual sign-in redirect: whoever may not see it learns nothing, not
        even that it exists (404).
        """
        if not staff_may_see_unpublished(request.user, PatientMedia):
            raise Http404
        media = PatientMedia.objects.filter(pk=media_id).exclude(request=None)
        media = media.select_related("request").first()
        if media is None:
            raise Http404
        MediaAccess.objects.create(
            user=request.user, username=request.user.get_username(), request=media.request,
            reference=media.request.reference, slot=media.slot,
        )  # fmt: skip
        response = FileResponse(media.file.open("rb"), content_type=media.content_type)
        # Health information: no copy kept anywhere, a shared computer's cache included.
        response["Cache-Control"] = "no-store"
        return as_inert_file(response)

    def has_add_permission(self, request):
        return False  # requests come from patients, through the form

    @admin.display(description=_("urgency"), ordering="-is_time_sensitive")
    def urgency(self, appointment):
        return _("Time-sensitive") if appointment.is_time_sensitive else "—"

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, appointment):
        if appointment.status == Status.SUSPECTED_SPAM:  # found by a search: say it is not queued
            return format_html("<strong>{}</strong>", _("Suspected spam: not in the queue"))
        return appointment.get_status_display()

    @admin.display(description=_("phone"), ordering="phone")
    def phone_number(self, appointment):
        return formatted_phone(appointment.phone) or "—"

    @admin.display(description=_("language"), ordering="language")
    def language_name(self, appointment):
        return appointment.language_name

    @admin.display(description=_("interpreter"), ordering="interpreter")
    def interpreter_needed(self, appointment):
        return appointment.interpreter_display

    @admin.display(description=_("cause"))
    def cause_display(self, appointment):
        return appointment.cause_display

    def get_search_results(self, request, queryset, search_term):
        """A phone number finds its request however it is typed (stored in E.164)."""
        filtered = queryset
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if phone := normalised_phone(search_term):
            queryset |= filtered.filter(phone=phone)
        return queryset, may_have_duplicates

    @admin.display(description=_("emails"))
    def emails(self, appointment):
        return ", ".join(str(n) for n in appointment.notifications.all())

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        for appointment in queryset:
            appointment.assigned_to = request.user
            appointment.save(update_fields=["assigned_to"])
            self.log_change(request, appointment, _("Assigned to me"))

    @admin.action(description=_("Mark as contacted"), permissions=["change"])
    def mark_contacted(self, request, queryset):
        for appointment in queryset:
            if appointment.status == Status.SUSPECTED_SPAM:
                # Into the queue the one way out of suspected spam: restored, its emails too.
                if not appointment_request_restore(appointment, status=Status.CONTACTED):
                    continue  # another coordinator was quicker
            else:
                appointment.set_status(Status.CONTACTED)
                appointment.save(update_fields=["status", "closed_at"])
            self.log_change(request, appointment, _("Marked as contacted"))

    @admin.action(description=_("Not spam: return to the queue"), permissions=["change"])
    def restore_to_queue(self, request, queryset):
        restored = 0
        for appointment in queryset.filter(status=Status.SUSPECTED_SPAM):
            if appointment_request_restore(appointment):
                restored += 1
                self.log_change(request, appointment, _("Not spam: returned to the queue"))
        self.message_user(
            request,
            _("%(count)s request(s) returned to the queue; their emails are on their way.")
            % {"count": restored},
            messages.SUCCESS,
        )

    def save_model(self, request, obj, form, change):
        chosen = obj.status
        # Suspected spam given an open status by hand is restored as by the action: emails too.
        restoring = form.initial.get("status") == Status.SUSPECTED_SPAM and chosen in OPEN
        if restoring:
            obj.status = Status.SUSPECTED_SPAM
        elif "status" in form.changed_data:
            obj.set_status(obj.status)  # notes when it was closed, for the retention period
        super().save_model(request, obj, form, change)
        if restoring:
            appointment_request_restore(obj, status=chosen)

    @admin.action(description=_("Resend the emails"), permissions=["change"])
    def resend_notifications(self, request, queryset):
        for appointment in queryset:
            for notification in appointment.notifications.all():
                notification_resend(notification)
            self.log_change(request, appointment, _("Emails queued to send again"))
        self.message_user(request, _("The emails are queued to send again."), messages.SUCCESS)

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="appointment-requests-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(EXPORTED)
        for appointment in queryset.select_related("assigned_to"):
            writer.writerow(spreadsheet_safe(export_value(appointment, name)) for name in EXPORTED)

        return response


@admin.register(MediaAccess)
class MediaAccessAdmin(ReadOnlyAdmin):
    """Who looked at which patient's photos or video, and when: for managers, read-only."""

    list_display = ["viewed_at", "username", "reference", "slot_name"]
    list_filter = ["viewed_at"]
    search_fields = ["username", "reference"]
    date_hierarchy = "viewed_at"

    @admin.display(description=_("photo or video"), ordering="slot")
    def slot_name(self, access):
        return slot_label(access.slot)
