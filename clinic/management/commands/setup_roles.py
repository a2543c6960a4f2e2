from django.core.management.base import BaseCommand

from clinic.roles import ROLES, setup_roles


class Command(BaseCommand):
    help = "Create the staff roles (groups) and set their permissions. Safe to run again."

    def handle(self, *args, **options):
        setup_roles()
        for name in ROLES:
            self.stdout.write(f"Role ready: {name}")
