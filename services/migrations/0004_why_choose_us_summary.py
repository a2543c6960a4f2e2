from django.db import migrations

from clinic.readability import reading_grade

# The demo's summary of "Why choose our program" as first loaded, and what it says now. Only an
# untouched demo summary changes; anything staff wrote stays.
OLD_SUMMARY = (
    "Nebraska Medicine surgeons offer a comprehensive range of nonsurgical and surgical "
    "interventions for facial paralysis that set us apart in the state and region."
)
NEW_SUMMARY = (
    "Our surgeons offer a comprehensive range of nonsurgical and surgical interventions "
    "for facial paralysis that set us apart in the state and region."
)


def speak_as_the_program(apps, schema_editor):
    Page = apps.get_model("services", "Page")
    for page in Page.objects.filter(slug="why-choose-us", summary=OLD_SUMMARY):
        page.summary = NEW_SUMMARY
        page.reading_grade = reading_grade(f"{page.summary}\n\n{page.body}")
        page.save(update_fields=["summary", "reading_grade"])


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0003_condition_title_in_sentence"),
    ]

    operations = [
        migrations.RunPython(speak_as_the_program, migrations.RunPython.noop),
    ]
