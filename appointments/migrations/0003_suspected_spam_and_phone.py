import phonenumbers
from django.db import migrations, models


def normalised_phone(text):
    """clinic.phone.normalised_phone as it was for this migration (frozen: a change there must
    not change what this migration did)."""
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


def phones_to_e164(apps, schema_editor):
    """Numbers stored as typed, written one way; one that does not parse stays as it was."""
    AppointmentRequest = apps.get_model("appointments", "AppointmentRequest")
    for request in AppointmentRequest.objects.exclude(phone="").only("phone"):
        phone = normalised_phone(request.phone)
        if phone and phone != request.phone and len(phone) <= 30:  # an extension may not fit
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
