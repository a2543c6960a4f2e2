"""The cause becomes a link to a published cause page (services.Cause), or an unlisted answer."""

import django.db.models.deletion
from django.db import migrations, models

# The old fixed list: its value, the cause page's slug in the program's content, its label.
OLD_CAUSES = {
    "bells_palsy": ("bells-palsy", "Bell’s palsy"),
    "stroke": ("stroke", "Stroke"),
    "tumor": ("tumor", "Tumor"),
    "injury": ("traumatic-injury", "Injury"),
    "birth": ("birth-defect", "Present from birth"),
    "infection": ("viral-infection", "Infection"),
}
UNLISTED = {"other", "not_sure"}


def link_causes(apps, schema_editor):
    AppointmentRequest = apps.get_model("appointments", "AppointmentRequest")
    Cause = apps.get_model("services", "Cause")
    pages = Cause.objects.in_bulk([slug for slug, _label in OLD_CAUSES.values()], field_name="slug")
    for old in AppointmentRequest.objects.values_list("old_cause", flat=True).distinct():
        requests = AppointmentRequest.objects.filter(old_cause=old)
        if old in UNLISTED:
            requests.update(unlisted_cause=old)
            continue
        slug, label = OLD_CAUSES.get(old, (None, old or "Not recorded"))
        page = pages.get(slug)
        # Without its page (a site without the program's content) the answer is kept as text.
        requests.update(cause=page, cause_title=page.title if page else label)


def unlink_causes(apps, schema_editor):
    """Back to the old list: by the page's slug, or by the title kept (an answer kept as text,
    or a page since deleted); only a cause the old list never had becomes "other"."""
    AppointmentRequest = apps.get_model("appointments", "AppointmentRequest")
    by_slug = {slug: old for old, (slug, _label) in OLD_CAUSES.items()}
    by_label = {label: old for old, (_slug, label) in OLD_CAUSES.items()}
    for request in AppointmentRequest.objects.select_related("cause"):
        if request.unlisted_cause:
            old = request.unlisted_cause
        else:
            old = by_slug.get(request.cause.slug if request.cause else None) or by_label.get(
                request.cause_title, "other"
            )
        AppointmentRequest.objects.filter(pk=request.pk).update(old_cause=old)


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0003_suspected_spam_and_phone"),
        ("services", "0002_content_review"),
    ]

    operations = [
        migrations.RenameField("appointmentrequest", "cause", "old_cause"),
        migrations.AlterField(
            model_name="appointmentrequest",
            name="old_cause",
            field=models.CharField(blank=True, max_length=12),
        ),
        migrations.AddField(
            model_name="appointmentrequest",
            name="cause",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="services.cause",
                verbose_name="cause page",
            ),
        ),
        migrations.AddField(
            model_name="appointmentrequest",
            name="cause_title",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The cause as the patient chose it, kept if its page changes later.",
                max_length=120,
                verbose_name="cause",
            ),
        ),
        migrations.AddField(
            model_name="appointmentrequest",
            name="unlisted_cause",
            field=models.CharField(
                blank=True,
                choices=[("other", "Something else"), ("not_sure", "Not sure")],
                max_length=10,
                verbose_name="cause not listed",
            ),
        ),
        migrations.RunPython(link_causes, unlink_causes),
    ]
