from django.db import migrations, models


# Apart from 0004: on PostgreSQL a table cannot be altered in the transaction that just
# updated its foreign keys (their checks are deferred to the commit).
class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0004_causes_from_services"),
    ]

    operations = [
        migrations.RemoveField("appointmentrequest", "old_cause"),
        migrations.AddConstraint(
            model_name="appointmentrequest",
            constraint=models.CheckConstraint(
                condition=(
                    models.Q(("unlisted_cause", ""), models.Q(("cause_title", ""), _negated=True))
                    | models.Q(models.Q(("unlisted_cause", ""), _negated=True), ("cause_title", ""))
                ),
                name="one_cause_answer",
            ),
        ),
    ]
