from django.db import migrations, models

from clinic.phone import normalised_phone


def phones_to_e164(apps, schema_editor):
    """Numbers stored as typed, written one way; one that does not parse stays as it was."""
    AppointmentRequest = apps.get_model("appointments", "AppointmentRequest")
    for request in AppointmentRequest.objects.exclude(phone="").only("phone"):
        phone = normalised_phone(request.phone)
        if phone and phone != request.phone:
            AppointmentRequest.objects.filter(pk=request.pk).update(phone=phone)


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0002_notification_progress_and_closing"),
    ]

    operations = [
        migrations.AlterField(
            model_name="appointmentrequest",
            name="phone",
            field=models.CharField(blank=True, max_length=30, verbose_name="phone"),
        ),
        migrations.AlterField(
            model_name="appointmentrequest",
            name="status",
            field=models.CharField(
                choices=[
                    ("new", "New"),
                    ("contacted", "Contacted"),
                    ("scheduled", "Scheduled"),
                    ("closed", "Closed"),
                    ("spam", "Spam"),
                    ("suspected", "Suspected spam"),
                ],
                default="new",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RunPython(phones_to_e164, migrations.RunPython.noop),
    ]
