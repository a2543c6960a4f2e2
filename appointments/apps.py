from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

COORDINATORS = "Appointment coordinators"


def ensure_coordinator_group(sender, **kwargs):
    """Only this group (and superusers) may see appointment requests at all."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="appointments",
            codename__in=[
                "view_appointmentrequest",
                "change_appointmentrequest",
                "view_notification",
            ],  # fmt: skip
        )
    )


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointments")

    def ready(self):
        post_migrate.connect(ensure_coordinator_group, sender=self)
