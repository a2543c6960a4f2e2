import csv

from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .actions import notification_resend
from .forms import AppointmentRequestForm
from .models import AppointmentRequest, Notification

SUBMITTED = AppointmentRequestForm.Meta.fields
EXPORTED = ["reference", "created_at", "is_time_sensitive", "status", "assigned_to",
            "patient_name", "phone", "email", "contact_method", "contact_time"]  # fmt: skip


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
    display = getattr(appointment, f"get_{name}_display", None)
    return display() if display else getattr(appointment, name)


def spreadsheet_safe(value):

    # A cell starting with =, +, - or @ would run as a formula in a spreadsheet.
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in {"=", "+", "-", "@"} else text


@admin.register(AppointmentRequest)
class AppointmentRequestAdmin(admin.ModelAdmin):
    list_display = ["reference", "created_at", "urgency", "status", "assigned_to", "emails"]
    list_filter = ["status", "is_time_sensitive", "assigned_to", "notifications__state"]
    search_fields = ["reference", "patient_name", "email"]
    list_select_related = ["assigned_to"]
    date_hierarchy = "created_at"
    readonly_fields = ["reference", "created_at", "is_time_sensitive", *SUBMITTED]
    inlines = [NotificationInline]
    actions = ["assign_to_me", "mark_contacted", "resend_notifications", "export_csv"]
    fieldsets = [
        (_("Triage"), {"fields": ["status", "assigned_to", "internal_notes"]}),
        (_("Request"), {"fields": ["reference", "created_at", "is_time_sensitive"]}),
        (_("Who and how to contact"), {"fields": SUBMITTED[:6] + ["consent_to_contact"]}),
        (_("About the paralysis"), {"fields": SUBMITTED[6:10]}),
        (_("Preferences and message"), {"fields": SUBMITTED[10:14]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("notifications")

    def has_add_permission(self, request):
        return False  # requests come from patients, through the form

    @admin.display(description=_("urgency"), ordering="-is_time_sensitive")
    def urgency(self, appointment):
        return _("Time-sensitive") if appointment.is_time_sensitive else "—"

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
            appointment.set_status(AppointmentRequest.Status.CONTACTED)
            appointment.save(update_fields=["status", "closed_at"])
            self.log_change(request, appointment, _("Marked as contacted"))

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.set_status(obj.status)  # notes when it was closed, for the retention period
        super().save_model(request, obj, form, change)

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
