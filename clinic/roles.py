"""Staff roles: which groups exist and what each may do in the admin.

Kept as data so that `migrate` (through post_migrate) and `manage.py setup_roles` both make
the groups match this list exactly, however often they run.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

CONTENT_EDITORS = "Content editors"
APPOINTMENT_COORDINATORS = "Appointment coordinators"
CLINIC_MANAGERS = "Clinic managers"

ALL_ACTIONS = ("add", "change", "delete", "view")
CONTENT = {
    "services": dict.fromkeys(("condition", "cause", "treatment", "page"), ALL_ACTIONS),
    "specialists": dict.fromkeys(
        ("specialist", "education", "expertise", "language", "location", "synonym"), ALL_ACTIONS
    ),
    "stories": dict.fromkeys(("story", "consent", "photopair"), ALL_ACTIONS),
    # What readers said of the pages ("Was this page helpful?"): read, never written by staff.
    "clinic": {"pagefeedback": ("view",)},
}
APPOINTMENTS = {
    # Requests are never added or deleted by hand: they come from patients and are purged
    # by the retention command.
    "appointments": {
        "appointmentrequest": ("change", "view"),
        "notification": ("view",),
        # The photos and video patients send: seen through a view that logs each look.
        "patientmedia": ("view",),
    },
}
# Who looked at patients' photos and videos: for managers to audit.
MEDIA_AUDIT = {"appointments": {"mediaaccess": ("view",)}}
STAFF_ACCOUNTS = {"auth": {"user": ("view",), "group": ("view",)}}

ROLES = {
    CONTENT_EDITORS: CONTENT,
    APPOINTMENT_COORDINATORS: APPOINTMENTS,
    CLINIC_MANAGERS: CONTENT
    | {"appointments": APPOINTMENTS["appointments"] | MEDIA_AUDIT["appointments"]}
    | STAFF_ACCOUNTS,
}
# Short names for the command line.
ROLE_NAMES = {"editor": CONTENT_EDITORS, "coordinator": APPOINTMENT_COORDINATORS,
              "manager": CLINIC_MANAGERS}  # fmt: skip


def permissions_for(grants):
    wanted = Q(pk__in=[])
    for app_label, models in grants.items():
        for model, actions in models.items():
            wanted |= Q(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=[f"{action}_{model}" for action in actions],
            )
    return Permission.objects.filter(wanted)


def setup_roles(**kwargs):
    """Create or correct every role's group; permissions no longer listed are taken away."""
    # Permissions are normally created after each app migrates; make sure they all exist.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for name, grants in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions_for(grants))
